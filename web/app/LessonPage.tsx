import { useLayoutEffect } from 'react';
import { findLesson } from '../lessons/index.ts';
import { useLab } from '../store/store.ts';
import { LessonPanel, StepLinks } from '../ui/lesson/LessonPanel.tsx';
import { StepOutline } from '../ui/lesson/StepOutline.tsx';
import { LessonWidget } from '../ui/widgets/index.tsx';
import { useDeckApi } from './deck/use-deck-api.ts';
import { useRecordProgress } from './use-record-progress.ts';
import { Workbench } from './Workbench.tsx';

interface Props {
  lessonId: string;
  stepIndex: number;
  embed: boolean;
  /** Inside a slide deck's frame: the deck may drive the step. */
  framed?: boolean;
}

export function LessonPage({ lessonId, stepIndex, embed, framed = false }: Props) {
  const lesson = findLesson(lessonId);
  const openStep = useLab((s) => s.openStep);
  useRecordProgress(lessonId, stepIndex);
  useDeckApi(framed);

  // The URL is the one source of truth for the step: a link, a reload, the lesson list and
  // the store's own "next step" all arrive here as a change of URL. Opened before the page is
  // painted or takes a key press: in between, the stage would say it is not busy while nothing
  // (or the previous step) is on it, and a press would be lost.
  useLayoutEffect(() => {
    openStep({ lessonId, stepIndex });
  }, [openStep, lessonId, stepIndex]);

  const step = lesson?.steps[stepIndex];
  if (!lesson || !step) return null;
  const last = stepIndex === lesson.steps.length - 1;
  const header = (
    <header className="embed-head">
      <h1 className="embed-title">
        {lesson.title}: {step.title}
      </h1>
      <StepOutline lesson={lesson} stepIndex={stepIndex} collapsed />
      <StepLinks lesson={lesson} stepIndex={stepIndex} last={last} />
    </header>
  );
  return (
    <Workbench
      stepKey={`${lessonId}/${stepIndex}`}
      panel={<LessonPanel lesson={lesson} stepIndex={stepIndex} />}
      {...(embed ? { embedHeader: header } : {})}
      {...(embed && step.widget ? { embedSide: <LessonWidget id={step.widget} /> } : {})}
    />
  );
}
