import type { Lesson } from './types.ts';

/**
 * What the lesson list, links, outlines and progress need to know of a lesson, without its
 * summary (summaries.ts) or its steps' narration, runs and questions. `load` brings the whole
 * lesson when one of its steps opens. catalog.test.ts checks every entry against its lesson
 * module, so the two cannot drift.
 */
export interface LessonEntry {
  readonly id: string;
  readonly title: string;
  /** Which seed project this lesson reproduces. */
  readonly seed: string;
  readonly stepTitles: readonly string[];
  readonly load: () => Promise<Lesson>;
}

/** The lessons, in teaching order. Adding a lesson: write its file, list it here, in summaries.ts and in index.ts. */
export const CATALOG: readonly LessonEntry[] = [
  {
    id: 'postcards',
    title: 'Postcards',
    seed: '000',
    stepTitles: ['Two people, one wire', 'Oscar joins the wire', 'What did Oscar learn?'],
    load: () => import('./postcards.ts').then((m) => m.postcards),
  },
  {
    id: 'locked-box',
    title: 'Locked box',
    seed: '000',
    stepTitles: ['A key they both hold', 'What Oscar sees', 'The open question'],
    load: () => import('./locked-box.ts').then((m) => m.lockedBox),
  },
  {
    id: 'sealed-envelope',
    title: 'Sealed envelope',
    seed: '000',
    stepTitles: [
      'Bob sends an open padlock',
      'Alice seals the session key',
      'Talking privately',
      'Try it yourself',
    ],
    load: () => import('./sealed-envelope.ts').then((m) => m.sealedEnvelope),
  },
  {
    id: 'mixing-secrets',
    title: 'Mixing secrets',
    seed: '001',
    stepTitles: [
      'Multiply and hope',
      'One division',
      'Powers, not products',
      'How long would Oscar take?',
      'The real thing: ECDH',
    ],
    load: () => import('./mixing-secrets.ts').then((m) => m.mixingSecrets),
  },
  {
    id: 'oscar-in-the-middle',
    title: 'Oscar in the middle',
    seed: '001',
    stepTitles: [
      'Sealed, but for whom?',
      'Oscar swaps the key',
      'Two session keys',
      'Diffie-Hellman does not save them',
      'Flip the switch',
    ],
    load: () => import('./oscar-in-the-middle.ts').then((m) => m.oscarInTheMiddle),
  },
  {
    id: 'compare-fingerprints',
    title: 'Compare fingerprints',
    seed: '004',
    stepTitles: [
      'A hash of both keys',
      'Oscar rewrites the checksum',
      'Pick up the phone',
      'The same with ECDH',
      'What seed 004 admits',
    ],
    load: () => import('./compare-fingerprints.ts').then((m) => m.compareFingerprints),
  },
  {
    id: 'tampering',
    title: 'Tampering',
    seed: '004',
    stepTitles: ['Locked, so safe?', 'Flip a bit', 'Pick your own byte', 'AES-GCM says no'],
    load: () => import('./tampering.ts').then((m) => m.tampering),
  },
  {
    id: 'signatures',
    title: 'Signatures',
    seed: '004',
    stepTitles: [
      'Seed 004’s packet',
      'A changed message fails',
      'A forged message fails',
      'The flaw: a signature in the clear',
      'The fix: sign inside',
      'What signatures cannot do',
    ],
    load: () => import('./signatures.ts').then((m) => m.signatures),
  },
  {
    id: 'certificate-authority',
    title: 'Certificate authority',
    seed: '001',
    stepTitles: [
      'Someone vouches for Bob',
      'Oscar swaps the key again',
      'Every forgery Oscar can make',
      'A compromised CA',
      'Check it yourself',
      'Bring your own certificate',
    ],
    load: () => import('./certificate-authority.ts').then((m) => m.certificateAuthority),
  },
  {
    id: 'handshake',
    title: 'A whole handshake',
    seed: '003',
    stepTitles: [
      'HELLO, HELLO+ACK, ACK',
      'A key, the messages, CLOSE',
      'Oscar answers HELLO',
      'Sign the handshake',
      'When the keys come in HELLO',
      'A message goes missing',
      'Oscar says goodbye for Alice',
      'No CLOSE at all',
      'A signed CLOSE with a count',
      'A count is not a transcript',
      'Key confirmation: Finished',
      'Records and close_notify',
    ],
    load: () => import('./handshake.ts').then((m) => m.handshake),
  },
  {
    id: 'relays',
    title: 'Relays',
    seed: '002',
    stepTitles: [
      'Two brokers share a key',
      'Each broker hands it to its session',
      'One key on every link',
      'Bob’s reply',
      'A stolen group key works on any link',
      'A key per link',
      'One link’s key opens one link',
      'Oscar inside a broker',
      'A relay that alters',
      'End to end',
      'End to end catches the change',
      'What a relay still sees',
    ],
    load: () => import('./relays.ts').then((m) => m.relays),
  },
  {
    id: 'replay',
    title: 'Replay',
    seed: '003',
    stepTitles: [
      'Pay twice',
      'Number every message',
      'Change the number?',
      'Nothing covers the number',
      'Drop one',
      'Hold one back',
      'Another session, the same numbers',
      'Bind the number to the session',
    ],
    load: () => import('./replay.ts').then((m) => m.replay),
  },
  {
    id: 'forward-secrecy',
    title: 'Forward secrecy',
    seed: '000',
    stepTitles: [
      'Record now',
      'Decrypt later',
      'Ephemeral Diffie-Hellman',
      'Ephemeral means thrown away',
      'The next session',
      'Every new session is his',
    ],
    load: () => import('./forward-secrecy.ts').then((m) => m.forwardSecrecy),
  },
  {
    id: 'nonce-reuse',
    title: 'Nonce reuse',
    seed: '004',
    stepTitles: [
      'One counter, two messages',
      'Only as far as he knows',
      'AES-GCM does not save it',
    ],
    load: () => import('./nonce-reuse.ts').then((m) => m.nonceReuse),
  },
];

export function findEntry(id: string): LessonEntry | undefined {
  return CATALOG.find((entry) => entry.id === id);
}
