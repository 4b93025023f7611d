import '../text/lessons/forward-secrecy.ts';
import type { KeyTries, Outcome, Trace } from '../protocol/index.ts';
import type { Params } from '../text/index.ts';
import type { EngineKey } from '../text/messages/engine.ts';
import { atEnd, atStart, countOf, detection, type Lesson } from './types.ts';

/** Where a phase of the run begins ("One year later", "The next session"), or the end. */
function phase(title: EngineKey): (trace: Trace) => number {
  return (trace) => {
    const index = trace.events.findIndex((e) => e.type === 'phase' && e.title.key === title);
    return index === -1 ? trace.events.length : index;
  };
}
const oneYearLater = phase('phase.one-year-later');
const nextSession = phase('phase.next-session');

/** In the next session: just after Alice, her checks passed, stores a public value as Bob’s. */
function aliceAgreesAgain(trace: Trace): number {
  const start = nextSession(trace);
  const index = trace.events.findIndex(
    (e, i) =>
      i > start && e.type === 'key-learned' && e.actor === 'alice' && e.key.kind === 'ecdh-public',
  );
  return index === -1 ? trace.events.length : index + 1;
}

const NO_TRIES: KeyTries = { keys: 0, packets: 0, tries: 0, opened: 0 };

/** "Oscar tried the one key he held on 4 recorded packets: none of his 4 tries opened anything, …" */
function keyTries(o: Outcome): Params {
  const { keys, packets, tries, opened } = o.keyTries ?? NO_TRIES;
  return { keys, packets, tries, opened, ...countOf('later', o.readByOscarLater ?? 0, o.sent) };
}

/** What Oscar read of the new session, and of the recorded one. */
function newSession(o: Outcome): Params {
  const next = o.nextSession ?? { sent: 0, readByOscar: 0 };
  return {
    ...countOf('next', next.readByOscar, next.sent),
    ...detection(o),
    ...countOf('later', o.readByOscarLater ?? 0, o.sent - next.sent),
  };
}

const SAME_SESSION_AGAIN = {
  preset: 'forward-secrecy',
  config: { keyExchange: 'ecdh', certificates: 'on' },
  plan: { presence: 'steal-key-later', nextSession: true },
} as const;

export const forwardSecrecy: Lesson = {
  id: 'forward-secrecy',
  seed: '000',
  steps: [
    {
      preset: 'forward-secrecy',
      opensAt: atStart,
      pausesAt: oneYearLater,
    },
    {
      preset: 'forward-secrecy',
      opensAt: oneYearLater,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => !o.readByOscarLater },
          {
            isCorrect: (o) => o.sent > 0 && o.readByOscarLater === o.sent,
          },
        ],
        explain: keyTries,
      },
    },
    {
      preset: 'forward-secrecy',
      config: { keyExchange: 'ecdh', certificates: 'on' },
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => !o.readByOscarLater && o.readByOscar === 0 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscarLater === o.sent },
        ],
        explain: keyTries,
      },
    },
    {
      preset: 'forward-secrecy',
      config: { keyExchange: 'ecdh', ephemeral: 'off' },
      opensAt: oneYearLater,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => !o.readByOscarLater },
          { isCorrect: (o) => o.readByOscarLater === o.sent },
        ],
        explain: keyTries,
      },
    },
    {
      ...SAME_SESSION_AGAIN,
      opensAt: nextSession,
      pausesAt: aliceAgreesAgain,
    },
    {
      ...SAME_SESSION_AGAIN,
      opensAt: aliceAgreesAgain,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => (o.nextSession?.readByOscar ?? 0) === 0,
          },
          {
            isCorrect: (o) =>
              o.nextSession !== undefined &&
              o.nextSession.sent > 0 &&
              o.nextSession.readByOscar === o.nextSession.sent,
          },
        ],
        explain: newSession,
      },
    },
  ],
};
