import { useEffect } from 'react';
import { findLesson } from '../lessons/index.ts';
import { selectError, selectPosition, selectStatus } from '../store/selectors.ts';
import { useLab } from '../store/store.ts';
import { usePlaybackClock } from '../store/use-playback-clock.ts';
import { PlaybackControls } from '../ui/controls/PlaybackControls.tsx';
import { ScenarioControls } from '../ui/controls/ScenarioControls.tsx';
import { PacketInspector } from '../ui/inspector/PacketInspector.tsx';
import { KnowledgeView } from '../ui/knowledge/KnowledgeView.tsx';
import { LessonPanel, StepLinks } from '../ui/lesson/LessonPanel.tsx';
import { NarrationLog } from '../ui/narration/NarrationLog.tsx';
import { OutcomeBanner } from '../ui/outcome/OutcomeBanner.tsx';
import { Stage } from '../ui/stage/Stage.tsx';
import { lessonHash } from './route.ts';
import { useStepKeys } from './use-step-keys.ts';

interface Props {
  lessonId: string;
  stepIndex: number;
  embed: boolean;
}

export function LessonPage({ lessonId, stepIndex, embed }: Props) {
  const lesson = findLesson(lessonId);
  const position = useLab(selectPosition);
  const openStep = useLab((s) => s.openStep);
  const status = useLab(selectStatus);
  const error = useLab(selectError);
  usePlaybackClock();
  useStepKeys();

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

  if (!lesson) return null;
  const step = lesson.steps[stepIndex];
  const last = stepIndex === lesson.steps.length - 1;

  return (
    <main className={embed ? 'lesson-page is-embed' : 'lesson-page'} id="main" tabIndex={-1}>
      {embed && step && (
        <header className="embed-head">
          <h1 className="embed-title">
            {lesson.title} · {stepIndex + 1}/{lesson.steps.length}: {step.title}
          </h1>
          <StepLinks lesson={lesson} stepIndex={stepIndex} last={last} />
        </header>
      )}
      <div className="stage-column">
        <Stage />
        {status === 'error' && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <OutcomeBanner />
        <PlaybackControls />
        {!embed && <KnowledgeView />}
      </div>
      {!embed && <LessonPanel lesson={lesson} stepIndex={stepIndex} />}
      <NarrationLog />
      {!embed && (
        <>
          <PacketInspector />
          <ScenarioControls />
        </>
      )}
    </main>
  );
}
