import type { StepOnTrace } from '../../protocol/index.ts';
import { render } from '../../text/index.ts';

/**
 * Oscar's numbered steps beside the arrow they act on, Verifpal's way, each with the defence
 * that would stop it. Hidden from screen readers here: the arrow's sentence says the same.
 */
export function StepLane({ steps }: { steps: readonly StepOnTrace[] }) {
  return (
    <div className="seq-lane" aria-hidden="true">
      {steps.map((step) => (
        <p key={step.number} className="seq-step" data-step={step.number}>
          <span className="seq-step-number">{step.number}.</span> {render(step.says)}.{' '}
          <span className="seq-step-stop">Stopped by: {render(step.stoppedBy)}.</span>
        </p>
      ))}
    </div>
  );
}
