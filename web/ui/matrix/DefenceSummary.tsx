import '../../text/messages/settings-patterns.ts';
import '../../text/messages/ui-matrix.ts';
import { MATRIX_SETTINGS, type ScenarioConfig } from '../../protocol/index.ts';
import { render, t } from '../../text/index.ts';
import { DefenceBar } from './DefenceBar.tsx';

interface Props {
  readonly defences: ScenarioConfig;
  readonly onChange: (defences: ScenarioConfig) => void;
}

/**
 * "RSA key transport" from "RSA key transport", "on" from "on: a CA vouches for Bob’s key": a
 * choice's words before its explanation (a language without that shape keeps them whole).
 */
function shortLabel(label: string): string {
  return label.split(/: | \(/)[0] ?? label;
}

/** Defences that change nothing unless another is chosen: left out of the summary then. */
const MEANINGFUL_ONLY_WHEN: Readonly<Record<string, (defences: ScenarioConfig) => boolean>> = {
  placement: (d) => d.signatures !== 'off',
  ephemeral: (d) => d.keyExchange === 'ecdh',
};

/**
 * Each defence's value in a few words, split into those in use and those off. A defence that
 * means nothing with the others as chosen (placement without signatures) is left out.
 */
export function summariseDefences(defences: ScenarioConfig): { on: string[]; off: string[] } {
  const settings = { config: defences, plan: { presence: 'off' } } as const;
  const on: string[] = [];
  const off: string[] = [];
  for (const setting of MATRIX_SETTINGS) {
    if (MEANINGFUL_ONLY_WHEN[setting.name]?.(defences) === false) continue;
    const value = setting.format(settings);
    if (value === 'off') off.push(render(setting.label));
    else {
      const choice = setting.choices.find((c) => c.value === value);
      on.push(
        t('ui.matrix.defences-summary.item', {
          setting: render(setting.label),
          choice: shortLabel(choice ? render(choice.label) : value),
        }),
      );
    }
  }
  return { on, off };
}

/**
 * The defence bar for a slide: one line saying every defence's value, which opens the
 * controls. A native disclosure, so Enter and Space open it and screen readers announce it.
 */
export function DefenceSummary({ defences, onChange }: Props) {
  const { on, off } = summariseDefences(defences);
  return (
    <details className="matrix-defences-summary" data-testid="matrix-defences-summary">
      <summary>
        <span className="matrix-defences-title">{t('ui.matrix.defences-summary.title')}</span>{' '}
        <span data-testid="defences-on">{on.join(' · ')}</span>
        {off.length > 0 && (
          <>
            {'. '}
            <span className="matrix-defences-off" data-testid="defences-off">
              {t('ui.matrix.defences-summary.off', { settings: off.join(', ') })}
            </span>
          </>
        )}{' '}
        <span className="matrix-defences-change" aria-hidden="true">
          {t('ui.matrix.defences-summary.change')}
        </span>
      </summary>
      <DefenceBar defences={defences} onChange={onChange} />
    </details>
  );
}
