import type { KeyTries, Outcome, Trace } from '../protocol/index.ts';
import type { EngineKey } from '../text/messages/engine.ts';
import { atEnd, atStart, countOf, type Lesson } from './types.ts';

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
function triesOf(o: Outcome): string {
  const t = o.keyTries ?? NO_TRIES;
  const opened =
    t.opened === 0
      ? `none of his ${t.tries} tries opened anything`
      : `${t.opened} of his ${t.tries} tries opened something`;
  return `Oscar tried ${t.keys === 1 ? 'the one key' : `${t.keys} keys`} he held on ${t.packets} recorded packets: ${opened}, and he read ${countOf(o.readByOscarLater ?? 0, o.sent)} recorded messages.`;
}

const SAME_SESSION_AGAIN = {
  preset: 'forward-secrecy',
  config: { keyExchange: 'ecdh', certificates: 'on' },
  plan: { presence: 'steal-key-later', nextSession: true },
} as const;

export const forwardSecrecy: Lesson = {
  id: 'forward-secrecy',
  title: 'Forward secrecy',
  summary:
    'Oscar records a whole session today and steals Bob’s keys a year later. RSA key transport opens; ephemeral Diffie-Hellman does not, yet the stolen signing key wins the next session.',
  seed: '000',
  steps: [
    {
      title: 'Record now',
      body: 'The sealed envelope again: Bob sends his RSA public key, Alice wraps a fresh AES key for it, and both talk over AES-GCM. Oscar cannot read a thing.\n\nHe does not try. He records every packet and waits. When the conversation ends, Alice and Bob erase the session key: their key lists show it struck out.',
      preset: 'forward-secrecy',
      opensAt: atStart,
      pausesAt: oneYearLater,
    },
    {
      title: 'Decrypt later',
      body: 'One year later Oscar breaks into Bob’s computer and copies every key Bob still holds: here, his long-term RSA private key, the one he keeps from session to session.\n\nOscar tries each key he holds on every packet he recorded, with WebCrypto. The RSA key unwraps the recorded session key, the very key Alice and Bob erased, and that key decrypts every recorded message.',
      preset: 'forward-secrecy',
      opensAt: oneYearLater,
      pausesAt: atEnd,
      question: {
        prompt: 'A year after the conversation, how many recorded messages can Oscar read?',
        choices: [
          { label: 'None: the session is over', isCorrect: (o) => !o.readByOscarLater },
          {
            label: 'All of them',
            isCorrect: (o) => o.sent > 0 && o.readByOscarLater === o.sent,
          },
        ],
        explain: (o) =>
          `${triesOf(o)} With RSA key transport, every past session key is wrapped for one long-term key: steal it, and all of the past opens.`,
      },
    },
    {
      title: 'Ephemeral Diffie-Hellman',
      body: 'Now the session key comes from ECDH with key pairs made for this session only. Bob’s long-term key only signs: his signature covers both public values (the transcript), and his certificate vouches for the key that signs. HKDF takes both public values too, so every session derives its own key.\n\nWhen the session ends, both erase their ephemeral private keys and the session key. A year later Oscar again copies every key Bob still holds and tries each on every recorded packet.',
      preset: 'forward-secrecy',
      config: { keyExchange: 'ecdh', certificates: 'on' },
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        prompt:
          'With ephemeral ECDH, how many recorded messages does Oscar read with the keys he stole?',
        choices: [
          { label: 'None', isCorrect: (o) => !o.readByOscarLater && o.readByOscar === 0 },
          { label: 'All of them', isCorrect: (o) => o.sent > 0 && o.readByOscarLater === o.sent },
        ],
        explain: (o) =>
          `${triesOf(o)} The private values that made the session key were erased; the key he stole signs, and WebCrypto refuses it for decryption or key agreement. This is forward secrecy, and it is why TLS 1.3 removed RSA key transport: its full handshakes always use ephemeral (EC)DHE. Resumption with a pre-shared key alone does not, and 0-RTT early data is never covered by a fresh (EC)DHE: whoever steals the key behind the resumption ticket opens those records.`,
      },
    },
    {
      title: 'Ephemeral means thrown away',
      body: 'Diffie-Hellman alone is not enough. Here Bob keeps one ECDH key pair and reuses it in every session: a static key is a long-term key, and only the session key is erased. Oscar steals the key pair, finds that its public half is the value Bob sent, combines it with Alice’s recorded public value, runs HKDF over both recorded values, and has the session key.\n\nThe page itself makes fresh ECDH key pairs for every run unless this switch says otherwise.',
      preset: 'forward-secrecy',
      config: { keyExchange: 'ecdh', ephemeral: 'off' },
      opensAt: oneYearLater,
      pausesAt: atEnd,
      question: {
        prompt: 'With a reused ECDH key pair, what did the stolen key open?',
        choices: [
          { label: 'Nothing', isCorrect: (o) => !o.readByOscarLater },
          { label: 'Every recorded message', isCorrect: (o) => o.readByOscarLater === o.sent },
        ],
        explain: (o) =>
          `${triesOf(o)} Forward secrecy comes from throwing the private values away, not from the name Diffie-Hellman.`,
      },
    },
    {
      title: 'The next session',
      body: 'Forward secrecy protects the past: sessions that ended before the theft stay closed. It does nothing for the future.\n\nAlice connects to Bob again, and both make fresh ephemeral keys. Bob’s certificate is genuine, and Oscar lets it through: he holds the private key it vouches for. He puts his own public value in place of Bob’s and signs it, with Alice’s, using Bob’s stolen key. Alice’s certificate checks and her signature check pass.',
      ...SAME_SESSION_AGAIN,
      opensAt: nextSession,
      pausesAt: aliceAgreesAgain,
    },
    {
      title: 'Every new session is his',
      body: 'Oscar is in the middle of the new session: he decrypts each message with the key he shares with its sender and encrypts it again for the other side. Nothing fails, here or in any later session, until Bob replaces the stolen key and Alice stops trusting the old one. That takes revoking his certificate, and revocation reaches browsers unreliably, so in practice it can last until the certificate expires.\n\nRatcheting protocols such as Signal’s double ratchet keep mixing fresh Diffie-Hellman values into a running conversation, so it heals after its current keys leak, once the thief stops sitting in the middle: post-compromise security. A stolen long-term signing key does not heal: with it Oscar can sign his way into every new session until the key is replaced.',
      ...SAME_SESSION_AGAIN,
      opensAt: aliceAgreesAgain,
      pausesAt: atEnd,
      question: {
        prompt: 'In the session after the theft, how many messages did Oscar read?',
        choices: [
          {
            label: 'None: the keys were fresh',
            isCorrect: (o) => (o.nextSession?.readByOscar ?? 0) === 0,
          },
          {
            label: 'All of them',
            isCorrect: (o) =>
              o.nextSession !== undefined &&
              o.nextSession.sent > 0 &&
              o.nextSession.readByOscar === o.nextSession.sent,
          },
        ],
        explain: (o) => {
          const next = o.nextSession ?? {
            sent: 0,
            readByOscar: 0,
            delivered: 0,
            forgedAccepted: 0,
          };
          return `Oscar read ${countOf(next.readByOscar, next.sent)} messages of the new session, and ${o.detectedBy ? 'a check caught him' : 'no check failed'}. The recorded session stayed closed: ${countOf(o.readByOscarLater ?? 0, o.sent - next.sent)} of its messages read. Fresh ephemeral keys do not help when the key that proves who sent them is Oscar’s.`;
        },
      },
    },
  ],
};
