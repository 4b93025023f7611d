import { useEffect } from 'react';
import { findLesson } from '../../lessons/index.ts';
import type { LabState } from '../../store/store.ts';
import { useLabStoreApi } from '../../store/store.ts';
import { lessonHash } from '../route.ts';
import { type DeckState, deckEvent, parseDeckCommand } from './deck-messages.ts';
import type { ParentChannel } from './parent-channel.ts';

function deckState(state: LabState): DeckState | null {
  const { position, trace, shown } = state;
  const lesson = position && findLesson(position.lessonId);
  if (!position || !lesson) return null;
  return {
    lesson: lesson.id,
    step: position.stepIndex + 1,
    steps: lesson.steps.length,
    event: shown,
    events: trace?.events.length ?? 0,
  };
}

/** A run on stage for the open step, with its cursor placed: what a deck may be told about. */
function settled(state: LabState): boolean {
  return state.status === 'ready' && state.trace !== null && state.position !== null;
}

/** Lets a slide deck drive the embedded step, and tells it what happens (see README). */
export function useDeckApi(channel: ParentChannel | null): void {
  const store = useLabStoreApi();

  useEffect(() => {
    if (!channel) return;
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
          window.location.hash = lessonHash(now.lesson, command.step - 1);
          return;
        case 'play':
          return state.play();
        case 'pause':
          return state.pause();
        case 'getState':
          channel.reply(event, deckEvent('callback', now, { method: 'getState', result: now }));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [channel, store]);

  useEffect(() => {
    if (!channel) return;
    let toldStep: string | null = null;
    let toldOutcome: object | null = null;
    let checking = false;
    // A step change is several updates in a row (position, run, cursor): look once they are done.
    const check = () => {
      checking = false;
      const state = store.getState();
      const now = deckState(state);
      if (!now || !settled(state) || !state.trace) return;
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
    check();
    return store.subscribe(() => {
      if (checking) return;
      checking = true;
      queueMicrotask(check);
    });
  }, [channel, store]);
}
