import { findEntry } from '../../lessons/catalog.ts';
import type { LabState } from '../../store/lab-state.ts';
import type { LabStore } from '../../store/store.ts';
import {
  type DeckState,
  deckEvent,
  deckMove,
  parseDeckCommand,
} from '../../ui/embed/deck-messages.ts';
import { navigate } from '../../ui/routing/navigation.ts';
import { lessonHash } from '../../ui/routing/route.ts';
import { createParentChannel, type ParentChannel } from './parent-channel.ts';

// Loaded only inside a frame: one window, one deck around it.
let parent: ParentChannel | null | undefined;
function deck(): ParentChannel | null {
  if (parent === undefined) parent = createParentChannel(window);
  return parent;
}

function deckState(state: LabState): DeckState | null {
  const { position, trace, shown } = state;
  const lesson = position && findEntry(position.lessonId);
  if (!position || !lesson) return null;
  return {
    lesson: lesson.id,
    step: position.stepIndex + 1,
    steps: lesson.steps,
    event: shown,
    events: trace?.events.length ?? 0,
  };
}

/** At either end of the lesson, the deck moves to its next or previous slide and gets the keys. */
export function handBack(direction: 'next' | 'prev'): void {
  const channel = deck();
  if (!channel) return;
  channel.post(deckMove(direction));
  channel.returnFocus();
}

/** Lets the deck drive this step and tells it what happens (see README). Returns a disconnect. */
export function connectDeck(store: LabStore): () => void {
  const channel = deck();
  if (!channel) return () => {};

  const onMessage = (event: MessageEvent) => {
    if (!channel.accepts(event)) return;
    const state = store.getState();
    const now = deckState(state);
    if (!now) return;
    const command = parseDeckCommand(event.data, now.steps);
    if (!command) return;
    switch (command.method) {
      case 'next':
        return state.forward();
      case 'prev':
        return state.back();
      case 'step':
        navigate(lessonHash(now.lesson, command.step - 1));
        return;
      case 'play':
        // Back on a slide whose step has played its part: leave it as the presenter left it.
        if (state.shown < state.segment.pause) state.play();
        return;
      case 'pause':
        return state.pause();
      case 'getState':
        channel.reply(event, deckEvent('callback', now, { method: 'getState', result: now }));
    }
  };

  let toldStep: string | null = null;
  let toldOutcome: object | null = null;
  let checking = false;
  // A step change is several updates in a row (position, run, cursor): look once they are done.
  const check = () => {
    checking = false;
    const state = store.getState();
    const now = deckState(state);
    if (!now || state.status !== 'ready' || !state.trace) return;
    const step = `${now.lesson}/${now.step}`;
    if (step !== toldStep) {
      channel.post(deckEvent(toldStep === null ? 'ready' : 'stepchanged', now));
      toldStep = step;
    }
    if (state.shown >= now.events && toldOutcome !== state.trace) {
      toldOutcome = state.trace;
      channel.post(deckEvent('outcome', now, { outcome: state.trace.outcome }));
    }
  };

  window.addEventListener('message', onMessage);
  check();
  const unsubscribe = store.subscribe(() => {
    if (checking) return;
    checking = true;
    queueMicrotask(check);
  });
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
