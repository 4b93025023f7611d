import { MotionGlobalConfig, useReducedMotion } from 'framer-motion';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { selectError, selectStatus } from '../store/selectors.ts';
import { useLab, useLabStoreApi } from '../store/store.ts';
import { usePlaybackClock } from '../store/use-playback-clock.ts';
import { PlaybackControls } from '../ui/controls/PlaybackControls.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { InjectedFault } from '../ui/InjectedFault.tsx';
import { KnowledgeView } from '../ui/knowledge/KnowledgeView.tsx';
import { NarrationLog } from '../ui/narration/NarrationLog.tsx';
import { OutcomeBanner } from '../ui/outcome/OutcomeBanner.tsx';
import { Stage } from '../ui/stage/Stage.tsx';
import { useStepKeys } from './use-step-keys.ts';

// The packet inspector and the "Try it" controls sit below the stage: they load after it, in
// frames that hold their place.
const PacketInspector = lazy(() =>
  import('../ui/inspector/PacketInspector.tsx').then((m) => ({ default: m.PacketInspector })),
);
const ScenarioControls = lazy(() =>
  import('../ui/controls/ScenarioControls.tsx').then((m) => ({ default: m.ScenarioControls })),
);

interface Props {
  /** Names what the stage shows (the step from the URL); another one clears a stage error. */
  stepKey: string;
  /** The panel beside the stage: a lesson step, or the sandbox's introduction. */
  panel: ReactNode;
  /** In embeds: the header with the step title and links; nothing else beyond the stage. */
  embedHeader?: ReactNode;
  /** In embeds, what stands beside the stage instead of the narration (a step's widget). */
  embedSide?: ReactNode;
}

/** A press of → plays its packet's story event by event, unless motion is reduced. */
function useGlide(): void {
  const store = useLabStoreApi();
  const reduced = useReducedMotion();
  useEffect(() => {
    store.setState({ glide: !reduced && !MotionGlobalConfig.skipAnimations });
  }, [store, reduced]);
}

/** The stage and everything around it, shared by lessons and the sandbox. */
export function Workbench({ stepKey, panel, embedHeader, embedSide }: Props) {
  const status = useLab(selectStatus);
  const error = useLab(selectError);
  const embed = embedHeader !== undefined;
  usePlaybackClock();
  useStepKeys();
  useGlide();

  return (
    <main className={embed ? 'lesson-page is-embed' : 'lesson-page'} id="main" tabIndex={-1}>
      {embedHeader}
      <div className="stage-column">
        <ErrorBoundary what="The stage" resetKey={stepKey}>
          <InjectedFault place="stage" />
          <Stage />
        </ErrorBoundary>
        {status === 'error' && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <OutcomeBanner />
        <PlaybackControls />
        {!embed && <KnowledgeView />}
      </div>
      {!embed && panel}
      {embed && embedSide ? (
        <section
          className="embed-side"
          aria-label="This step’s exercise"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so keyboard users must be able to reach it
          tabIndex={0}
        >
          {embedSide}
        </section>
      ) : (
        <NarrationLog />
      )}
      {!embed && (
        <>
          <Suspense fallback={<section className="inspector inspector-loading" aria-busy="true" />}>
            <PacketInspector />
          </Suspense>
          <Suspense
            fallback={<section className="scenario-controls controls-loading" aria-busy="true" />}
          >
            <ScenarioControls />
          </Suspense>
        </>
      )}
    </main>
  );
}
