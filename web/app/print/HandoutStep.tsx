import { stepParagraphs, stepTitle } from '../../lessons/lesson-text.ts';
import type { Lesson } from '../../lessons/types.ts';
import { selectError, selectStatus } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-print.ts';
import { OutcomeBanner } from '../../ui/outcome/OutcomeBanner.tsx';
import { lessonHash } from '../../ui/routing/route.ts';
import { Stage } from '../Workbench.tsx';
import { HandoutSequence } from './HandoutSequence.tsx';

/** One step on paper: its text, the stage at its pause, its packets, its outcome. */
export function HandoutStep({ lesson, stepIndex }: { lesson: Lesson; stepIndex: number }) {
  const step = lesson.steps[stepIndex];
  const status = useLab(selectStatus);
  const error = useLab(selectError);
  if (!step) return null;
  const n = stepIndex + 1;
  const headingId = `handout-step-${n}`;
  return (
    <section className="handout-step" aria-labelledby={headingId} data-testid="handout-step">
      <h2 id={headingId}>
        <span className="handout-step-number">
          {t('ui.print.step', { step: n, steps: lesson.steps.length })}
        </span>{' '}
        {stepTitle(lesson.id, stepIndex)}
      </h2>
      {stepParagraphs(lesson.id, stepIndex).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {step.widget && (
        <p className="handout-note">
          {t('ui.print.exercise', { link: lessonHash(lesson.id, stepIndex) })}
        </p>
      )}
      {status === 'error' ? (
        <p role="alert">{t('ui.print.step-failed', { problem: error ?? '' })}</p>
      ) : (
        <div className="handout-stage">
          <Stage headingLevel={3} />
        </div>
      )}
      <HandoutSequence />
      <OutcomeBanner />
      {step.question && <p className="handout-note">{t('ui.print.question-later')}</p>}
    </section>
  );
}
