import { lessonHash } from '../../app/route.ts';
import type { Lesson } from '../../lessons/types.ts';
import { EmbedButton } from '../embed/EmbedButton.tsx';
import { LessonWidget } from '../widgets/index.tsx';
import { CheckQuestionView } from './CheckQuestionView.tsx';
import { StepOutline } from './StepOutline.tsx';

/** The step's narration, its check question and the links to the steps around it. */
export function LessonPanel({ lesson, stepIndex }: { lesson: Lesson; stepIndex: number }) {
  const step = lesson.steps[stepIndex];
  if (!step) return null;
  const last = stepIndex === lesson.steps.length - 1;
  return (
    <section className="lesson-panel" aria-labelledby="step-title">
      <p className="step-count" data-testid="step-count">
        {lesson.title} · step {stepIndex + 1} of {lesson.steps.length}
      </p>
      <h2 id="step-title" data-testid="step-title">
        {step.title}
      </h2>
      {step.body.split('\n\n').map((paragraph) => (
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
      <StepLinks lesson={lesson} stepIndex={stepIndex} last={last} />
      <StepOutline lesson={lesson} stepIndex={stepIndex} />
      <EmbedButton lesson={lesson} stepIndex={stepIndex} />
    </section>
  );
}

export function StepLinks({
  lesson,
  stepIndex,
  last,
}: {
  lesson: Lesson;
  stepIndex: number;
  last: boolean;
}) {
  return (
    <nav className="step-links" aria-label="Lesson steps">
      {stepIndex > 0 ? (
        <a href={lessonHash(lesson.id, stepIndex - 1)} data-testid="previous-step">
          ← Previous step
        </a>
      ) : (
        <a href="#/">All lessons</a>
      )}
      {!last ? (
        <a
          href={lessonHash(lesson.id, stepIndex + 1)}
          className="primary-link"
          data-testid="next-step"
        >
          Next step →
        </a>
      ) : (
        <a href="#/" className="primary-link" data-testid="lesson-done">
          Done: all lessons
        </a>
      )}
    </nav>
  );
}
