import type { Trace } from '../protocol/types.ts';
import { atEnd, atStart, type Lesson } from './types.ts';

/** Where "one year later" begins: the second phase of the run. */
function laterPhase(trace: Trace): number {
  const index = trace.events.findIndex((e) => e.type === 'phase');
  return index === -1 ? trace.events.length : index;
}

export const forwardSecrecy: Lesson = {
  id: 'forward-secrecy',
  title: 'Forward secrecy',
  summary:
    'Oscar records a whole session today and steals Bob’s long-term key a year later. RSA key transport opens; ephemeral Diffie-Hellman does not.',
  seed: '000',
  steps: [
    {
      title: 'Record now',
      body: 'The sealed envelope again: Bob sends his RSA public key, Alice wraps a fresh AES key for it, and both talk over AES-GCM. Oscar cannot read a thing.\n\nHe does not try. He records every packet and waits.',
      preset: 'forward-secrecy',
      opensAt: atStart,
      pausesAt: laterPhase,
    },
    {
      title: 'Decrypt later',
      body: 'One year later Oscar breaks into Bob’s computer and copies his long-term RSA private key, the one he keeps from session to session.\n\nThe session key from a year ago was wrapped for that very key. Oscar unwraps it from his recording and decrypts every recorded message, here, with WebCrypto.',
      preset: 'forward-secrecy',
      opensAt: laterPhase,
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
          `Oscar read ${o.readByOscarLater ?? 0} of ${o.sent} recorded messages, a year late. With RSA key transport, every past session key is wrapped for one long-term key: steal it, and all of the past opens.`,
      },
    },
    {
      title: 'Ephemeral Diffie-Hellman',
      body: 'Now the session key comes from ECDH with key pairs made for this session and thrown away when it ends. Bob’s long-term key only signs: his signature covers both public values (the transcript), and his certificate vouches for the key that signs. HKDF takes both public values too, so every session derives its own key.\n\nOscar records everything again, and a year later steals Bob’s long-term keys again.',
      preset: 'forward-secrecy',
      config: { keyExchange: 'ecdh', certificates: 'on' },
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        prompt: 'With ephemeral ECDH, how many recorded messages does the stolen key open?',
        choices: [
          { label: 'None', isCorrect: (o) => !o.readByOscarLater && o.readByOscar === 0 },
          { label: 'All of them', isCorrect: (o) => o.sent > 0 && o.readByOscarLater === o.sent },
        ],
        explain: (o) =>
          `Oscar read ${o.readByOscarLater ?? 0} of ${o.sent}. The private values that made the session key no longer exist anywhere; the stolen key can sign, and signing opens nothing. This is forward secrecy, and it is why TLS 1.3 removed RSA key transport: every TLS 1.3 handshake uses ephemeral (EC)DHE.`,
      },
    },
    {
      title: 'Ephemeral means thrown away',
      body: 'Diffie-Hellman alone is not enough. Here Bob keeps one ECDH key pair and reuses it in every session: a static key is a long-term key. Oscar steals it, combines it with Alice’s recorded public value, runs HKDF over both recorded values, and has the session key.\n\nThe page itself makes fresh ECDH key pairs for every run unless this switch says otherwise.',
      preset: 'forward-secrecy',
      config: { keyExchange: 'ecdh', ephemeral: 'off' },
      opensAt: laterPhase,
      pausesAt: atEnd,
      question: {
        prompt: 'With a reused ECDH key pair, what did the stolen key open?',
        choices: [
          { label: 'Nothing', isCorrect: (o) => !o.readByOscarLater },
          { label: 'Every recorded message', isCorrect: (o) => o.readByOscarLater === o.sent },
        ],
        explain: (o) =>
          `Oscar read ${o.readByOscarLater ?? 0} of ${o.sent}. Forward secrecy comes from throwing the private values away, not from the name Diffie-Hellman.`,
      },
    },
    {
      title: 'What it does not protect',
      body: 'Forward secrecy protects the past: sessions that ended before the theft stay closed. It does nothing for the future. With Bob’s stolen signing key, Oscar can sign public values as Bob and sit in the middle of every new session, and Alice’s checks will pass, until Bob notices and his certificate is revoked.\n\nSo long-term keys still need guarding, and sessions should be short-lived: each new handshake makes new ephemeral keys.',
      preset: 'forward-secrecy',
      config: { keyExchange: 'ecdh', certificates: 'on' },
      opensAt: atEnd,
      pausesAt: atEnd,
    },
  ],
};
