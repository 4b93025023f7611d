import { after, atEnd, countOf, type Lesson, pauseAfter } from './types.ts';

export const relays: Lesson = {
  id: 'relays',
  title: 'Relays',
  summary:
    'Seed 002’s brokers between Alice and Bob: hop by hop, every relay reads; end to end, they see only who, when and how much.',
  seed: '002',
  steps: [
    {
      title: 'Two brokers share a key',
      body: 'As in seed 002, Broker 2 sends its RSA public key to Broker 1, which makes a fresh AES key, wraps it with that public key and sends it back. Only Broker 2’s private key opens it.',
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'joined' && e.actor === 'bob'),
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'broker-2'),
    },
    {
      title: 'Each broker hands it to its session',
      body: 'Alice connects to Broker 1 and Bob to Broker 2, each with an RSA public key. Each broker wraps the same AES key for its session. Now four parties hold it.',
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'broker-2'),
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'bob'),
    },
    {
      title: 'Hop by hop',
      body: 'Alice encrypts her message under the shared key and sends it to Broker 1. Each broker decrypts it, reads it, and encrypts it again for the next hop.',
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: pauseAfter((e) => e.type === 'message-read' && e.actor === 'bob'),
    },
    {
      title: 'Bob’s reply',
      body: 'Bob’s reply takes the same road back, and each broker reads it too.',
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'How many of the messages did Broker 1 read?',
        choices: [
          {
            label: 'None: they were encrypted',
            isCorrect: (o) => (o.readBy['broker-1'] ?? 0) === 0,
          },
          {
            label: 'All of them',
            isCorrect: (o) => o.sent > 0 && o.readBy['broker-1'] === o.sent,
          },
        ],
        explain: (o) =>
          `Broker 1 read ${countOf(o.readBy['broker-1'] ?? 0, o.sent)} messages, Broker 2 ${countOf(o.readBy['broker-2'] ?? 0, o.sent)}. Encryption on each hop protects the wire, not the relay.`,
      },
    },
    {
      title: 'Oscar inside a broker',
      body: 'Oscar has broken into Broker 1. He holds what it holds, so he reads every message it passes. No check fails: the broker is doing its job.',
      preset: 'relays',
      config: { oscarAt: 'broker-1' },
      opensAt: after(
        (e) => e.type === 'packet-sent' && e.actor === 'broker-1' && e.packet.messageId === 'm1',
      ),
      pausesAt: atEnd,
      question: {
        prompt: 'Did Alice or Bob notice Oscar?',
        choices: [
          { label: 'Yes, a check failed', isCorrect: (o) => o.detectedBy !== undefined },
          {
            label: 'No, and he read every message',
            isCorrect: (o) => o.detectedBy === undefined && o.readByOscar === o.sent,
          },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages, and nothing was detected.`,
      },
    },
    {
      title: 'End to end',
      body: 'Now Alice and Bob agree a key through the brokers: Bob’s public key travels to Alice, and her wrapped AES key travels back. The brokers pass ciphertext they hold no key for. Oscar is still inside Broker 1.',
      preset: 'relays',
      config: { relayMode: 'end-to-end', oscarAt: 'broker-1' },
      opensAt: after(
        (e) => e.type === 'packet-sent' && e.actor === 'broker-1' && e.packet.messageId === 'm1',
      ),
      pausesAt: atEnd,
      question: {
        prompt: 'How many messages did the relays read now?',
        choices: [
          {
            label: 'None',
            isCorrect: (o) => (o.readBy['broker-1'] ?? 0) + (o.readBy['broker-2'] ?? 0) === 0,
          },
          {
            label: 'Every one',
            isCorrect: (o) => (o.readBy['broker-1'] ?? 0) > 0 && (o.readBy['broker-2'] ?? 0) > 0,
          },
        ],
        explain: (o) =>
          `The relays read ${countOf((o.readBy['broker-1'] ?? 0) + (o.readBy['broker-2'] ?? 0), 2 * o.sent)} copies that passed them, Oscar ${o.readByOscar}, and Alice and Bob ${countOf(o.delivered, o.sent)}.`,
      },
    },
    {
      title: 'What a relay still sees',
      body: 'End to end hides the text, not the traffic. Each broker still sees who writes to whom, in what order, and how many bytes: look at what Broker 1 notes for each packet.\n\nHere Bob’s public key was relayed unchecked: a broker that swapped it would be Oscar in the middle, and the earlier lessons’ defences apply.',
      preset: 'relays',
      config: { relayMode: 'end-to-end' },
      plan: { presence: 'off' },
      opensAt: (trace) => Math.max(0, trace.events.length - 5),
      pausesAt: atEnd,
    },
  ],
};
