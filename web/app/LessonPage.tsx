import { useEffect } from 'react';
import { findLesson } from '../lessons/index.ts';
import { selectPosition } from '../store/selectors.ts';
import { useLab } from '../store/store.ts';
import { LessonPanel, StepLinks } from '../ui/lesson/LessonPanel.tsx';
import { LessonWidget } from '../ui/widgets/index.tsx';
import { lessonHash } from './route.ts';
import { Workbench } from './Workbench.tsx';

interface Props {
  lessonId: string;
  stepIndex: number;
  embed: boolean;
}

export function LessonPage({ lessonId, stepIndex, embed }: Props) {
  const lesson = findLesson(lessonId);
  const position = useLab(selectPosition);
  const openStep = useLab((s) => s.openStep);

  // The URL leads: opening a link or reloading opens that step.
  useEffect(() => {
    openStep({ lessonId, stepIndex });
  }, [openStep, lessonId, stepIndex]);

  // Stepping past the end of a trace moves the store to the next step: the URL follows.
  useEffect(() => {
    if (!position) return;
    const hash = lessonHash(position.lessonId, position.stepIndex);
    if (hash !== window.location.hash) window.location.hash = hash;
  }, [position]);

  const step = lesson?.steps[stepIndex];
  if (!lesson || !step) return null;
  const last = stepIndex === lesson.steps.length - 1;
  const header = (
    <header className="embed-head">
      <h1 className="embed-title">
        {lesson.title} · {stepIndex + 1}/{lesson.steps.length}: {step.title}
      </h1>
      <StepLinks lesson={lesson} stepIndex={stepIndex} last={last} />
    </header>
  );
  return (
    <Workbench
      panel={<LessonPanel lesson={lesson} stepIndex={stepIndex} />}
      {...(embed ? { embedHeader: header } : {})}
      {...(embed && step.widget ? { embedSide: <LessonWidget id={step.widget} /> } : {})}
    />
  );
}
