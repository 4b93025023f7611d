import '../../text/messages/settings-patterns.ts';
import { MESSAGE_SETTING, SETTINGS, type Setting } from '../../protocol/index.ts';
import { selectConfig, selectPlan, selectStatus } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { render, t } from '../../text/index.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { MessageForm } from './MessageForm.tsx';
import './scenario-controls.css';
import '../../text/messages/ui-sandbox.ts';

const CHOICE_SETTINGS = SETTINGS.filter((s) => s.kind === 'choice');

/** Test ids the end-to-end specs already use; any other setting is found by its name. */
const TEST_IDS: Readonly<Record<string, string>> = {
  oscar: 'oscar-presence',
  exchange: 'key-exchange',
  check: 'fingerprint-check',
  placement: 'signature-placement',
  rsa: 'rsa-bits',
  aes: 'aes-bits',
};

/** The message, the defences, Oscar, key sizes and "new keys". Every change reruns the real computation. */
export function ScenarioControls() {
  const config = useLab(selectConfig);
  const plan = useLab(selectPlan);
  const status = useLab(selectStatus);
  const setSettings = useLab((s) => s.setSettings);
  const newKeys = useLab((s) => s.newKeys);

  const change = (setting: Setting, written: string) => {
    const applied = setting.apply({ config, plan }, written);
    if ('problem' in applied) return render(applied.problem);
    void setSettings(applied.settings);
    return null;
  };

  return (
    <section className="scenario-controls" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('ui.sandbox.try-it')}</h2>
      <MessageForm message={config.message} send={(text) => change(MESSAGE_SETTING, text)} />
      <div className="settings-grid">
        {CHOICE_SETTINGS.filter(
          (setting) => !setting.appliesWhen || setting.appliesWhen.test({ config, plan }),
        ).map((setting) => (
          <ChoiceSelect
            key={setting.name}
            label={render(setting.label)}
            value={setting.format({ config, plan })}
            choices={setting.choices.map((c) => ({ value: c.value, label: render(c.label) }))}
            onChange={(value) => change(setting, value)}
            testId={TEST_IDS[setting.name] ?? setting.name}
          />
        ))}
      </div>
      <button
        type="button"
        className="new-keys"
        onClick={() => void newKeys()}
        disabled={status === 'computing'}
        data-testid="new-keys"
      >
        {t('ui.sandbox.new-keys')}
      </button>
    </section>
  );
}
