import type { StepOnTrace } from '../../protocol/index.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-sequence.ts';

/**
 * Oscar's numbered steps beside the arrow they act on, Verifpal's way, each with the defence
 * that would stop it. Hidden from screen readers here: the arrow's sentence says the same.
 */
export function StepLane({ steps }: { steps: readonly StepOnTrace[] }) {
  return (
    <div className="seq-lane" aria-hidden="true">
      {steps.map((step) => (
        <p key={step.number} className="seq-step" data-step={step.number}>
          <span className="seq-step-number">
            {t('ui.sequence.lane-number', { n: step.number })}
          </span>{' '}
          {t('ui.sequence.lane-says', { says: step.says })}{' '}
          <span className="seq-step-stop">
            {t('ui.sequence.lane-stop', { stoppedBy: step.stoppedBy })}
          </span>
        </p>
      ))}
    </div>
  );
}
