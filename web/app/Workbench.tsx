import { lazy, memo, type ReactNode, useEffect } from 'react';
import { selectFailure } from '../store/selectors.ts';
import { PanelsArea, useLab, useLabStoreApi } from '../store/store.ts';
import { usePlaybackClock } from '../store/use-playback-clock.ts';
import { t } from '../text/index.ts';
import { PlaybackControls } from '../ui/controls/PlaybackControls.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { InjectedFault } from '../ui/InjectedFault.tsx';
import { Later } from '../ui/Later.tsx';
import { OutcomePending } from '../ui/outcome/OutcomePending.tsx';
import { SequenceSlot } from '../ui/sequence/SequenceSlot.tsx';
import { Stage } from '../ui/stage/Stage.tsx';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion.ts';
import { useStepKeys } from './use-step-keys.ts';
// The panels below the stage load after it, but their frames are in the page's HTML from the
// start, styled at first paint by workbench.css, and the outcome's note (OutcomePending) by its
// folder's sheet. What is inside each panel is styled by sheets that load with it.
import '../ui/controls/controls.css';
import './workbench.css';
import '../text/messages/ui-stage.ts';

// The packet inspector and the "Try it" controls sit below the stage: they load after it, in
// frames that hold their place.
const PacketInspector = lazy(() =>
  import('../ui/inspector/PacketInspector.tsx').then((m) => ({ default: m.PacketInspector })),
);
// The outcome shows once a run has played to its end: its sentences load after the stage, in
// a frame that holds their place.
const OutcomeBanner = lazy(() =>
  import('../ui/outcome/OutcomeBanner.tsx').then((m) => ({ default: m.OutcomeBanner })),
);
// The narration log: the stage's caption already says the current event, so the log may
// arrive a moment later, in a frame that holds its place.
const NarrationLog = lazy(() =>
  import('../ui/narration/NarrationLog.tsx').then((m) => ({ default: m.NarrationLog })),
);
// What each party knows stands below the stage and the sequence diagram: it loads after them.
const KnowledgeView = lazy(() =>
  import('../ui/knowledge/KnowledgeView.tsx').then((m) => ({ default: m.KnowledgeView })),
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
  /** A projector window: an embed without controls, stepped from the speaker window too. */
  projector?: boolean;
  /** What comes first, at full width, above the stage ("Can Oscar win?"'s grid). */
  lead?: ReactNode;
  /** The "Try it" controls below the stage; off where the page has controls of its own. */
  tryIt?: boolean;
  /** The sequence diagram for every run (the sandbox), not only where it helps. */
  sequenceAlways?: boolean;
  /**
   * The step stops before its run ends, as its lesson says (a lesson step's pause): the
   * outcome's note says so from the page's HTML on, before the run exists to confirm it.
   */
  pausesEarly?: boolean;
}

/** A press of → plays its packet's story event by event, unless motion is reduced. */
function useGlide(): void {
  const store = useLabStoreApi();
  const reduced = usePrefersReducedMotion();
  useEffect(() => {
    store.setState({ glide: !reduced && !window.__HANDSHAKE_LAB_SKIP_ANIMATIONS__ });
  }, [store, reduced]);
}

/**
 * The stage, its outcome, controls, sequence diagram and knowledge. Memoised, like the slots
 * below: they read the store themselves, so a page that re-renders around them (the matrix,
 * as its rows arrive) does not render them again.
 */
const StageColumn = memo(function StageColumn({
  stepKey,
  embed,
  sequenceAlways,
  pausesEarly,
}: {
  stepKey: string;
  embed: boolean;
  sequenceAlways: boolean;
  pausesEarly: boolean;
}) {
  const failure = useLab(selectFailure);
  return (
    <div className="stage-column">
      <ErrorBoundary what="stage" resetKey={stepKey}>
        <InjectedFault place="stage" />
        <Stage />
      </ErrorBoundary>
      {failure !== null && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <Later fallback={<OutcomePending stepPausesEarly={pausesEarly} />}>
        <OutcomeBanner stepPausesEarly={pausesEarly} />
      </Later>
      <PlaybackControls />
      {!embed && (
        <PanelsArea>
          <SequenceSlot always={sequenceAlways} />
          <Later
            fallback={<section className="knowledge knowledge-loading" aria-busy="true" />}
            whenIdle
          >
            <KnowledgeView />
          </Later>
        </PanelsArea>
      )}
    </div>
  );
});

const NarrationSlot = memo(function NarrationSlot() {
  return (
    <PanelsArea>
      <Later fallback={<section className="narration narration-loading" aria-busy="true" />}>
        <NarrationLog />
      </Later>
    </PanelsArea>
  );
});

const BelowStage = memo(function BelowStage({ tryIt }: { tryIt: boolean }) {
  return (
    <PanelsArea>
      <Later
        fallback={<section className="inspector inspector-loading" aria-busy="true" />}
        whenIdle
      >
        <PacketInspector />
      </Later>
      {tryIt && (
        <Later
          fallback={<section className="scenario-controls controls-loading" aria-busy="true" />}
          whenIdle
        >
          <ScenarioControls />
        </Later>
      )}
    </PanelsArea>
  );
});

/** The stage and everything around it, shared by lessons and the sandbox. */
export function Workbench({
  stepKey,
  panel,
  embedHeader,
  embedSide,
  projector,
  lead,
  tryIt = true,
  sequenceAlways = false,
  pausesEarly = false,
}: Props) {
  const embed = embedHeader !== undefined;
  usePlaybackClock();
  useStepKeys();
  useGlide();

  return (
    <main
      className={`lesson-page${embed ? ' is-embed' : ''}${projector ? ' is-projector' : ''}${lead ? ' has-lead' : ''}`}
      id="main"
      tabIndex={-1}
    >
      {embedHeader}
      {lead && <div className="page-lead">{lead}</div>}
      {/* The step's words come first in the HTML, as on a phone's screen: read and tabbed to
          first, and a page painted while still arriving only ever grows below what it shows.
          The grid places them beside the stage on a wide screen. */}
      {!embed && panel}
      <StageColumn
        stepKey={stepKey}
        embed={embed}
        sequenceAlways={sequenceAlways}
        pausesEarly={pausesEarly}
      />
      {embed && embedSide ? (
        <section
          className="embed-side"
          aria-label={t('ui.workbench.exercise')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so keyboard users must be able to reach it
          tabIndex={0}
        >
          {embedSide}
        </section>
      ) : (
        <NarrationSlot />
      )}
      {!embed && <BelowStage tryIt={tryIt} />}
    </main>
  );
}

/** The handout draws each step's stage with the same component, from this chunk. */
export { Stage };
