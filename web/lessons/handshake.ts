import { checkLabel } from '../protocol/checks.ts';
import { after, atEnd, countOf, type Lesson, pauseAfter } from './types.ts';

const sent = (kind: string) => (e: { type: string; packet?: { kind: string } }) =>
  e.type === 'packet-sent' && e.packet?.kind === kind;

export const handshake: Lesson = {
  id: 'handshake',
  title: 'A whole handshake',
  summary:
    'Seed 003 from HELLO to CLOSE, as two state machines: what the framing proves (nothing), and what a signature and an authenticated CLOSE add.',
  seed: '003',
  steps: [
    {
      title: 'HELLO, HELLO+ACK, ACK',
      body: 'Seed 003 assumes both already hold each other’s genuine public keys. Alice opens with HELLO and a fresh nonce; Bob answers HELLO+ACK; Alice sends ACK.\n\nWatch each state change: a packet moves a party from one state to the next.',
      preset: 'handshake',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'alice'),
      pausesAt: pauseAfter((e) => e.type === 'packet-delivered' && e.packet.kind === 'ack'),
    },
    {
      title: 'A key, the messages, CLOSE',
      body: 'Bob wraps a fresh AES key with Alice’s RSA public key. Alice unwraps it, then sends two messages, each signed with her key and encrypted under the AES key, then CLOSE. Oscar copies every packet.',
      preset: 'handshake',
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'How many of Alice’s messages did Oscar read?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'At least one', isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages; Bob read ${countOf(o.delivered, o.sent)}. The AES key crossed the wire wrapped for Alice’s private key only.`,
      },
    },
    {
      title: 'Oscar answers HELLO',
      body: 'HELLO and ACK are framing, not security. Oscar lets Alice’s HELLO reach Bob but answers it himself, first. Then he keeps her ACK and sends her an AES key of his own, wrapped with her public key, which anyone may have.\n\nNothing Alice checks involves Bob’s key.',
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'Who read Alice’s messages?',
        choices: [
          { label: 'Bob', isCorrect: (o) => o.delivered > 0 && o.readByOscar === 0 },
          {
            label: 'Oscar, and Bob none',
            isCorrect: (o) => o.readByOscar > 0 && o.delivered === 0,
          },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages and Bob ${countOf(o.delivered, o.sent)}: Bob was still in WAIT_ACK and refused them.`,
      },
    },
    {
      title: 'Sign the handshake',
      body: 'The fix: the server signs HELLO, HELLO+ACK and the wrapped key, and Alice checks that signature with the key she already holds as Bob’s. Oscar can sign only with his own key.',
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { transcript: 'signed' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'What did the signed handshake change?',
        choices: [
          {
            label: 'Alice stopped before sending anything',
            isCorrect: (o) => o.sent === 0 && o.detectedBy !== undefined,
          },
          { label: 'Nothing: Oscar still read her messages', isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: (o) =>
          o.detectedBy
            ? `Detected by: ${checkLabel(o.detectedBy)}. Oscar read ${o.readByOscar} messages.`
            : `Nothing was detected; Oscar read ${o.readByOscar} messages.`,
      },
    },
    {
      title: 'When the keys come in HELLO',
      body: 'Now drop seed 003’s assumption: the public keys travel in HELLO and HELLO+ACK. Oscar puts his own verify key in his HELLO+ACK, and signs with it. Alice checks the signature with the key that arrived as Bob’s.',
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { transcript: 'signed', publicKeys: 'sent-in-hello' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'Did the signature over the handshake stop Oscar this time?',
        choices: [
          // Bob refusing packets out of turn is noticed, but only after Oscar has read them.
          { label: 'Yes', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'No: he read her messages', isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages. A signature proves only what the key it is checked with proves.`,
      },
    },
    {
      title: 'A message goes missing',
      body: 'Back to genuine keys. Oscar cannot read or change anything, but he can drop a packet: Alice’s second message never arrives. Then her CLOSE does.',
      preset: 'handshake',
      plan: { presence: 'drop' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'Can Bob tell that a message is missing?',
        choices: [
          { label: 'Yes, a check failed', isCorrect: (o) => o.detectedBy !== undefined },
          {
            label: 'No: CLOSE looks like the end',
            isCorrect: (o) => o.detectedBy === undefined && o.delivered < o.sent,
          },
        ],
        explain: (o) =>
          `Bob read ${countOf(o.delivered, o.sent)} messages and closed normally. A plain CLOSE says nothing about what came before it.`,
      },
    },
    {
      title: 'Oscar says goodbye for Alice',
      body: 'A truncation attack: after Alice’s first message, Oscar sends Bob a CLOSE in her name and cuts the line. Bob cannot tell a cut-off conversation from a finished one.',
      preset: 'handshake',
      plan: { presence: 'forge-close' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
    },
    {
      title: 'An authenticated CLOSE',
      body: 'The fix: CLOSE carries the number of messages sent and Alice’s signature over it and both nonces. Oscar’s CLOSE is signed with his own key.',
      preset: 'handshake',
      plan: { presence: 'forge-close' },
      config: { closeAuth: 'signed' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'What does Bob do with Oscar’s CLOSE now?',
        choices: [
          {
            label: 'He rejects it: the conversation was cut',
            isCorrect: (o) => o.detectedBy === 'close.signature',
          },
          { label: 'He closes as before', isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: (o) =>
          o.detectedBy
            ? `Detected by: ${checkLabel(o.detectedBy)}. Bob read ${countOf(o.delivered, o.sent)} messages and knows it.`
            : `Nothing was detected; Bob read ${countOf(o.delivered, o.sent)} messages.`,
      },
    },
  ],
};
