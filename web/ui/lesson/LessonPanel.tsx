import { memo } from 'react';
import type { LessonEntry } from '../../lessons/catalog.ts';
import { lessonTitle, stepParagraphs, stepTitle } from '../../lessons/lesson-text.ts';
import type { LessonStep } from '../../lessons/types.ts';
import { t } from '../../text/index.ts';
import { EmbedButton } from '../embed/EmbedButton.tsx';
import '../../text/messages/ui-lesson.ts';
import { lessonHash, printHash } from '../routing/route.ts';
import { useHref } from '../routing/use-href.ts';
import { LessonWidget } from '../widgets/index.tsx';
import { CheckQuestionView } from './CheckQuestionView.tsx';
import './lesson.css';
import { PresentButton, type StartPresenting } from './PresentButton.tsx';
import { StepOutline } from './StepOutline.tsx';

interface Props {
  lesson: LessonEntry;
  stepIndex: number;
  /** The step's narration, run and question: null until its lesson has loaded. */
  step: LessonStep | null;
  /** What the Present button does (the page's speaker view and projector window). */
  present: StartPresenting;
}

/**
 * The step's narration, its check question and the links to the steps around it. Memoised: the
 * step's words change only with the step, not with every change of the run beside them.
 */
export const LessonPanel = memo(function LessonPanel({ lesson, stepIndex, step, present }: Props) {
  const href = useHref();
  if (!(stepIndex < lesson.steps)) return null;
  const last = stepIndex === lesson.steps - 1;
  return (
    <section className="lesson-panel" aria-labelledby="step-title">
      <p className="step-count" data-testid="step-count">
        {t('ui.lesson.step-count', {
          lesson: lessonTitle(lesson.id),
          step: stepIndex + 1,
          steps: lesson.steps,
        })}
      </p>
      <h2 id="step-title" data-testid="step-title">
        {stepTitle(lesson.id, stepIndex)}
      </h2>
      {step ? (
        <StepBody lesson={lesson} stepIndex={stepIndex} step={step} />
      ) : (
        <p className="lesson-loading" role="status">
          {t('ui.lesson.loading')}
        </p>
      )}
      <StepLinks lesson={lesson} stepIndex={stepIndex} last={last} />
      <StepOutline lesson={lesson} stepIndex={stepIndex} />
      <div className="lesson-tools">
        <EmbedButton lesson={lesson} stepIndex={stepIndex} />
        <PresentButton lessonId={lesson.id} stepIndex={stepIndex} present={present} />
        <a href={href(printHash(lesson.id))} data-testid="print-lesson">
          {t('ui.lesson.print')}
        </a>
      </div>
    </section>
  );
});

function StepBody({ lesson, stepIndex, step }: Omit<Props, 'present'> & { step: LessonStep }) {
  return (
    <>
      {stepParagraphs(lesson.id, stepIndex).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {step.widget && <LessonWidget id={step.widget} />}
      {step.question && (
        <CheckQuestionView
          key={`${lesson.id}-${stepIndex}`}
          question={step.question}
          lessonId={lesson.id}
          stepIndex={stepIndex}
        />
      )}
    </>
  );
}

export function StepLinks({
  lesson,
  stepIndex,
  last,
}: {
  lesson: LessonEntry;
  stepIndex: number;
  last: boolean;
}) {
  const href = useHref();
  return (
    <nav className="step-links" aria-label={t('ui.lesson.links')}>
      {stepIndex > 0 ? (
        <a href={href(lessonHash(lesson.id, stepIndex - 1))} data-testid="previous-step">
          {t('ui.lesson.previous')}
        </a>
      ) : (
        <a href={href('#/')}>{t('ui.lesson.all-lessons')}</a>
      )}
      {!last ? (
        <a
          href={href(lessonHash(lesson.id, stepIndex + 1))}
          className="primary-link"
          data-testid="next-step"
        >
          {t('ui.lesson.next')}
        </a>
      ) : (
        <a href={href('#/')} className="primary-link" data-testid="lesson-done">
          {t('ui.lesson.done')}
        </a>
      )}
    </nav>
  );
}
