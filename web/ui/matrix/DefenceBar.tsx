import '../../text/messages/settings-patterns.ts';
import { memo } from 'react';
import { MATRIX_SETTINGS, type ScenarioConfig } from '../../protocol/index.ts';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-matrix.ts';
import { ChoiceSelect } from '../controls/ChoiceSelect.tsx';

interface Props {
  readonly defences: ScenarioConfig;
  readonly onChange: (defences: ScenarioConfig) => void;
}

/**
 * The page's only controls: Alice and Bob's defences, in one compact bar. It renders again
 * when the defences change, not with each answer the grid receives.
 */
export const DefenceBar = memo(function DefenceBar({ defences, onChange }: Props) {
  const settings = { config: defences, plan: { presence: 'off' } } as const;
  return (
    <fieldset className="matrix-defences" data-testid="matrix-defences">
      <legend>{t('ui.matrix.defences')}</legend>
      {MATRIX_SETTINGS.map((setting) => (
        <ChoiceSelect
          key={setting.name}
          label={render(setting.label)}
          value={setting.format(settings)}
          choices={setting.choices.map((c) => ({ value: c.value, label: render(c.label) }))}
          testId={`defence-${setting.name}`}
          onChange={(value) => {
            const applied = setting.apply(settings, value);
            if ('settings' in applied) onChange(applied.settings.config);
          }}
        />
      ))}
    </fieldset>
  );
});
