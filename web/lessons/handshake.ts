import '../text/lessons/handshake.ts';
import type { Outcome } from '../protocol/index.ts';
import type { Params } from '../text/index.ts';
import { after, atEnd, countOf, detection, type Lesson, pauseAfter } from './types.ts';

const sent = (kind: string) => (e: { type: string; packet?: { kind: string } }) =>
  e.type === 'packet-sent' && e.packet?.kind === kind;

/** Every explanation's parameters: who read how much, what Bob accepted, what caught whom. */
const tally = (o: Outcome): Params => ({
  ...countOf('read', o.readByOscar, o.sent),
  ...countOf('delivered', o.delivered, o.sent),
  ...detection(o),
  accepted: o.acceptedCopies ?? o.delivered,
  sent: o.sent,
  truncated: o.truncated ? 'yes' : 'no',
});

export const handshake: Lesson = {
  id: 'handshake',
  seed: '003',
  steps: [
    {
      preset: 'handshake',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'alice'),
      pausesAt: pauseAfter((e) => e.type === 'packet-delivered' && e.packet.kind === 'ack'),
    },
    {
      preset: 'handshake',
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.delivered > 0 && o.readByOscar === 0 },
          {
            isCorrect: (o) => o.readByOscar > 0 && o.delivered === 0,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { transcript: 'signed' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.sent === 0 && o.detectedBy !== undefined,
          },
          { isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { transcript: 'signed', publicKeys: 'sent-in-hello' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        choices: [
          // Bob refusing packets out of turn is noticed, but only after Oscar has read them.
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'drop' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.detectedBy !== undefined },
          {
            isCorrect: (o) => o.detectedBy === undefined && o.delivered < o.sent,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'forge-close' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
    },
    {
      preset: 'handshake',
      plan: { presence: 'cut-line' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.truncated === true,
          },
          { isCorrect: (o) => o.truncated === undefined },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'forge-close' },
      config: { closeAuth: 'signed' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy === 'close.signature',
          },
          { isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'replay-in-place' },
      config: { transcript: 'signed', closeAuth: 'signed' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => (o.acceptedCopies ?? o.delivered) > o.delivered && !o.detectedBy,
          },
          { isCorrect: (o) => o.delivered === o.sent },
          {
            isCorrect: (o) => o.detectedBy !== undefined,
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { keySchedule: 'tls13' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy === 'finished.client' && o.readByOscar > 0,
          },
          {
            isCorrect: (o) => o.detectedBy === 'finished.server' && o.readByOscar === 0,
          },
          { isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: tally,
      },
    },
    {
      preset: 'handshake',
      plan: { presence: 'replay-in-place' },
      config: { keySchedule: 'tls13' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy === 'record.open' && o.truncated === true,
          },
          { isCorrect: (o) => o.detectedBy === 'close.count' },
          { isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: tally,
      },
    },
  ],
};
