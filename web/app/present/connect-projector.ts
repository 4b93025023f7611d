import { findEntry } from '../../lessons/catalog.ts';
import { selectAtPause } from '../../store/selectors.ts';
import type { LabStore } from '../../store/store.ts';
import { lessonHash } from '../../ui/routing/route.ts';
import { channelName, type ProjectorState, parsePresentMessage } from './present-messages.ts';

function stateOf(store: LabStore): ProjectorState | null {
  const state = store.getState();
  if (!state.position || state.status !== 'ready' || !state.trace) return null;
  return {
    type: 'state',
    lessonId: state.position.lessonId,
    stepIndex: state.position.stepIndex,
    shown: state.shown,
    events: state.trace.events.length,
    atPause: selectAtPause(state),
  };
}

const same = (a: ProjectorState | null, b: ProjectorState | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The embed is laid out for 960×540; the projector window shows it as large as it fits. */
function fitToWindow(): () => void {
  const scale = () => {
    const zoom = Math.max(1, Math.min(window.innerWidth / 960, window.innerHeight / 540));
    document.documentElement.style.setProperty('--projector-zoom', zoom.toFixed(3));
  };
  scale();
  window.addEventListener('resize', scale);
  return () => window.removeEventListener('resize', scale);
}

/**
 * The projector's side: keys and step choices from the speaker window step this stage, and
 * every change of where the stage is goes back to it. Returns a disconnect.
 */
export function connectProjector(store: LabStore, presentationId: string): () => void {
  const channel = new BroadcastChannel(channelName(presentationId));
  let told: ProjectorState | null = null;
  const tell = (force = false) => {
    const now = stateOf(store);
    if (!now || (!force && same(now, told))) return;
    told = now;
    channel.postMessage(now);
  };

  channel.onmessage = (event: MessageEvent) => {
    const message = parsePresentMessage(event.data);
    const state = store.getState();
    switch (message?.type) {
      case 'key':
        if (message.direction === 'forward') state.forward();
        else state.back();
        return;
      case 'goto': {
        const lessonId = state.position?.lessonId;
        const steps = lessonId ? (findEntry(lessonId)?.steps ?? 0) : 0;
        if (lessonId && message.stepIndex < steps)
          window.location.hash = lessonHash(lessonId, message.stepIndex);
        return;
      }
      case 'hello':
        tell(true);
        return;
      case 'end':
        window.close();
    }
  };

  // A step change is several updates in a row (position, run, cursor): tell once they are done.
  let queued = false;
  const unsubscribe = store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      tell();
    });
  });
  tell();
  const unfit = fitToWindow();
  return () => {
    unfit();
    unsubscribe();
    channel.close();
  };
}
