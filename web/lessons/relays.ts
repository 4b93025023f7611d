import '../text/lessons/relays.ts';
import type { OscarPlan, Outcome, Trace, TraceEvent } from '../protocol/index.ts';
import type { Params } from '../text/index.ts';
import { after, atEnd, countOf, detection, type Lesson, pauseAfter } from './types.ts';

const FORGERY = 'Change of plan: meet me at the docks at midnight.';
/** Oscar copied the keys on Alice’s laptop, and writes his own message on the link he taps. */
const forgeWithAlicesKeys: OscarPlan = { presence: 'forge', text: FORGERY, stolenFrom: 'alice' };
/** Byte 41 of the preset’s message is the “3” of “3 PM”: XOR 0x06 makes it “5”. */
const threeToFive: OscarPlan = { presence: 'tamper', byte: 41, xor: 0x33 ^ 0x35 };

const keysAgreed = (e: TraceEvent) => e.type === 'key-learned' && e.actor === 'bob';
const sentBy = (actor: string) => (e: TraceEvent) =>
  e.type === 'packet-sent' && e.actor === actor && e.packet.messageId === 'm1';

/** Oscar, inside Broker 1, has just changed Alice’s first message: the stage shows it changed. */
const justChanged = after(
  (e) => e.type === 'intercepted' && e.packet.messageId === 'm1' && e.action.do === 'modify',
);

/** Just before the catch on the last link: Broker 2 has sent Alice’s first message to Bob. */
const atLastLink = after(sentBy('broker-2'));

/** Every explanation's parameters: what each broker and Oscar read, and Bob's verdict. */
function tally(o: Outcome): Params {
  const broker1 = o.readBy['broker-1'] ?? 0;
  const broker2 = o.readBy['broker-2'] ?? 0;
  return {
    ...countOf('broker1', broker1, o.sent),
    ...countOf('broker2', broker2, o.sent),
    ...countOf('relays', broker1 + broker2, 2 * o.sent),
    ...countOf('read', o.readByOscar, o.sent),
    ...countOf('delivered', o.delivered, o.sent),
    ...detection(o),
    forged: o.forgedAccepted,
    rejected: o.rejected,
    tagFailed: o.detectedBy === 'gcm-tag' ? 'yes' : 'no',
  };
}

export const relays: Lesson = {
  id: 'relays',
  seed: '002',
  steps: [
    {
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'joined' && e.actor === 'bob'),
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'broker-2'),
    },
    {
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'broker-2'),
      pausesAt: pauseAfter(keysAgreed),
    },
    {
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after(keysAgreed),
      pausesAt: pauseAfter((e) => e.type === 'message-read' && e.actor === 'bob'),
    },
    {
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => (o.readBy['broker-1'] ?? 0) === 0,
          },
          {
            isCorrect: (o) => o.sent > 0 && o.readBy['broker-1'] === o.sent,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'relays',
      config: { oscarAt: 'broker-2-bob' },
      plan: forgeWithAlicesKeys,
      opensAt: atLastLink,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.forgedAccepted === 0 && o.detectedBy !== undefined,
          },
          {
            isCorrect: (o) => o.forgedAccepted > 0 && o.detectedBy === undefined,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'relays',
      config: { relayMode: 'hop-by-hop' },
      plan: { presence: 'off' },
      opensAt: after(keysAgreed),
      pausesAt: pauseAfter((e) => e.type === 'message-read' && e.actor === 'bob'),
    },
    {
      preset: 'relays',
      config: { relayMode: 'hop-by-hop', oscarAt: 'broker-2-bob' },
      plan: forgeWithAlicesKeys,
      opensAt: atLastLink,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) =>
              o.readByOscar === 0 && o.forgedAccepted === 0 && o.detectedBy !== undefined,
          },
          {
            isCorrect: (o) => o.readByOscar > 0 || o.forgedAccepted > 0,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'relays',
      config: { relayMode: 'hop-by-hop', oscarAt: 'broker-1' },
      opensAt: after(sentBy('broker-1')),
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.detectedBy !== undefined },
          {
            isCorrect: (o) => o.detectedBy === undefined && o.readByOscar === o.sent,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'relays',
      config: { relayMode: 'hop-by-hop', oscarAt: 'broker-1' },
      plan: threeToFive,
      opensAt: justChanged,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.detectedBy !== undefined },
          {
            isCorrect: (o) => o.forgedAccepted > 0 && o.detectedBy === undefined,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'relays',
      config: { relayMode: 'end-to-end', oscarAt: 'broker-1' },
      opensAt: after(sentBy('broker-1')),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => (o.readBy['broker-1'] ?? 0) + (o.readBy['broker-2'] ?? 0) === 0,
          },
          {
            isCorrect: (o) => (o.readBy['broker-1'] ?? 0) > 0 && (o.readBy['broker-2'] ?? 0) > 0,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'relays',
      config: { relayMode: 'end-to-end', oscarAt: 'broker-1' },
      plan: threeToFive,
      opensAt: justChanged,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy === 'gcm-tag' && o.forgedAccepted === 0,
          },
          { isCorrect: (o) => o.forgedAccepted > 0 },
        ],
        explain: tally,
      },
    },
    {
      preset: 'relays',
      config: { relayMode: 'end-to-end' },
      plan: { presence: 'off' },
      opensAt: (trace: Trace) => Math.max(0, trace.events.length - 5),
      pausesAt: atEnd,
    },
  ],
};
