import type { OscarPlan, Outcome, Trace, TraceEvent } from '../protocol/index.ts';
import { after, atEnd, countOf, type Lesson, pauseAfter } from './types.ts';

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

function bobsVerdict(o: Outcome): string {
  const messages = (n: number) => (n === 1 ? 'one message' : `${n} messages`);
  if (o.forgedAccepted > 0)
    return `Bob accepted ${messages(o.forgedAccepted)} Alice never wrote${o.detectedBy ? '' : ', and no check failed'}.`;
  if (o.rejected === 0) return 'Bob accepted nothing Alice did not write.';
  return `Bob accepted nothing Alice did not write: he rejected ${messages(o.rejected)}${o.detectedBy === 'gcm-tag' ? ', whose GCM tag did not verify' : ''}.`;
}

export const relays: Lesson = {
  id: 'relays',
  title: 'Relays',
  summary:
    'Seed 002’s brokers: one group key reads and forges on every link; a key per link confines a stolen key to its link, yet every broker still reads and can alter; end to end, they see only who, when and how much.',
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
      body: 'Alice connects to Broker 1 and Bob to Broker 2, each with an RSA public key. Each broker wraps the same AES key for its session. Now four parties hold one key: not a key per hop, but a group key.',
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'broker-2'),
      pausesAt: pauseAfter(keysAgreed),
    },
    {
      title: 'One key on every link',
      body: 'Alice encrypts her message under the group key and sends it to Broker 1. Each broker decrypts it, reads it, and encrypts it again under the same key with a fresh IV: from link to link, only the IV changes.',
      preset: 'relays',
      plan: { presence: 'off' },
      opensAt: after(keysAgreed),
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
          `Broker 1 read ${countOf(o.readBy['broker-1'] ?? 0, o.sent)} messages, Broker 2 ${countOf(o.readBy['broker-2'] ?? 0, o.sent)}. Encryption on each link protects the wire, not the relay.`,
      },
    },
    {
      title: 'A stolen group key works on any link',
      body: 'One key held by everyone works for everyone, on every link. Oscar has copied it from Alice’s laptop and taps the link between Broker 2 and Bob, a link Alice never uses.\n\nThe key opens what passes there, and it seals a message Oscar wrote in Alice’s name. Bob’s GCM tag verifies: the tag proves only that whoever sealed the message holds the key, and everybody does. Any broker could do the same.',
      preset: 'relays',
      config: { oscarAt: 'broker-2-bob' },
      plan: forgeWithAlicesKeys,
      opensAt: atLastLink,
      pausesAt: atEnd,
      question: {
        prompt: 'Did Bob accept the message Oscar wrote?',
        choices: [
          {
            label: 'No: the GCM tag caught it',
            isCorrect: (o) => o.forgedAccepted === 0 && o.detectedBy !== undefined,
          },
          {
            label: 'Yes, and no check failed',
            isCorrect: (o) => o.forgedAccepted > 0 && o.detectedBy === undefined,
          },
        ],
        explain: (o) =>
          `${bobsVerdict(o)} Oscar read ${countOf(o.readByOscar, o.sent)} messages on a link his stolen key was never meant for.`,
      },
    },
    {
      title: 'A key per link',
      body: 'Hop by hop done properly gives every link its own key. Broker 1 agrees one with Alice and another with Broker 2, Broker 2 one with Bob, each the way seed 002 agrees its key.\n\nAlice encrypts under the key of her link. Each broker decrypts with the key of the link the message came in on, reads it, and encrypts it under the key of the next link.',
      preset: 'relays',
      config: { relayMode: 'hop-by-hop' },
      plan: { presence: 'off' },
      opensAt: after(keysAgreed),
      pausesAt: pauseAfter((e) => e.type === 'message-read' && e.actor === 'bob'),
    },
    {
      title: 'One link’s key opens one link',
      body: 'Oscar again copies every key on Alice’s laptop, which is now only the key of her link to Broker 1, and taps the link between Broker 2 and Bob.\n\nNothing on that link opens with it, and the message he seals under it fails Bob’s tag check. A stolen link key exposes its own link, not the others.',
      preset: 'relays',
      config: { relayMode: 'hop-by-hop', oscarAt: 'broker-2-bob' },
      plan: forgeWithAlicesKeys,
      opensAt: atLastLink,
      pausesAt: atEnd,
      question: {
        prompt: 'What did Alice’s stolen key let Oscar do on the link between Broker 2 and Bob?',
        choices: [
          {
            label: 'Nothing: Bob’s tag check caught his message',
            isCorrect: (o) =>
              o.readByOscar === 0 && o.forgedAccepted === 0 && o.detectedBy !== undefined,
          },
          {
            label: 'Read and forge, as with the group key',
            isCorrect: (o) => o.readByOscar > 0 || o.forgedAccepted > 0,
          },
        ],
        explain: (o) => `Oscar read ${countOf(o.readByOscar, o.sent)} messages. ${bobsVerdict(o)}`,
      },
    },
    {
      title: 'Oscar inside a broker',
      body: 'Oscar has broken into Broker 1. He holds what it holds, the keys of both its links, so he reads every message it passes. No check fails: the broker is doing its job.',
      preset: 'relays',
      config: { relayMode: 'hop-by-hop', oscarAt: 'broker-1' },
      opensAt: after(sentBy('broker-1')),
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
      title: 'A relay that alters',
      body: 'A broker that reads a message also writes the one it sends on. Oscar, inside Broker 1, changes “3 PM” to “5 PM” before Broker 1 encrypts it for the next link.\n\nBroker 2 and Bob each check the tag of the link the message arrived on, and each tag was computed over the changed text: every tag verifies. Hop by hop, nobody can tell.',
      preset: 'relays',
      config: { relayMode: 'hop-by-hop', oscarAt: 'broker-1' },
      plan: threeToFive,
      opensAt: justChanged,
      pausesAt: atEnd,
      question: {
        prompt: 'Could Bob tell that the message was changed?',
        choices: [
          { label: 'Yes: a check failed', isCorrect: (o) => o.detectedBy !== undefined },
          {
            label: 'No: he accepted it',
            isCorrect: (o) => o.forgedAccepted > 0 && o.detectedBy === undefined,
          },
        ],
        explain: (o) => bobsVerdict(o),
      },
    },
    {
      title: 'End to end',
      body: 'Now Alice and Bob agree a key through the brokers: Bob’s public key travels to Alice, and her wrapped AES key travels back. The brokers pass ciphertext they hold no key for. Oscar is still inside Broker 1.',
      preset: 'relays',
      config: { relayMode: 'end-to-end', oscarAt: 'broker-1' },
      opensAt: after(sentBy('broker-1')),
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
      title: 'End to end catches the change',
      body: 'Oscar tries the same change from inside Broker 1. He cannot read the message now, but he flips the same bits of its ciphertext, and the brokers pass it on.\n\nBob’s AES-GCM tag does not verify, and he rejects the message: the tag was computed by Alice, under a key no relay holds. A signature by Alice, checked by Bob, would catch it too. With AES-CTR and no signature the change would go through: end to end hides the text, and only authentication protects it.',
      preset: 'relays',
      config: { relayMode: 'end-to-end', oscarAt: 'broker-1' },
      plan: threeToFive,
      opensAt: justChanged,
      pausesAt: atEnd,
      question: {
        prompt: 'What did Bob do with the message Oscar changed?',
        choices: [
          {
            label: 'Rejected it: the GCM tag did not verify',
            isCorrect: (o) => o.detectedBy === 'gcm-tag' && o.forgedAccepted === 0,
          },
          { label: 'Accepted it', isCorrect: (o) => o.forgedAccepted > 0 },
        ],
        explain: (o) => bobsVerdict(o),
      },
    },
    {
      title: 'What a relay still sees',
      body: 'End to end hides the text, not the traffic. Each broker still sees who writes to whom, in what order, and how many bytes: look at what Broker 1 notes for each packet.\n\nHere Bob’s public key was relayed unchecked: a broker that swapped it would be Oscar in the middle, and the earlier lessons’ defences apply.',
      preset: 'relays',
      config: { relayMode: 'end-to-end' },
      plan: { presence: 'off' },
      opensAt: (trace: Trace) => Math.max(0, trace.events.length - 5),
      pausesAt: atEnd,
    },
  ],
};
