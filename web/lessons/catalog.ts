import type { Lesson } from './types.ts';

/**
 * What the lesson list, links, outlines and progress need to know of a lesson, without its
 * steps' narration, runs and questions. Its title and step titles are in the catalogue
 * (lesson-text.ts). `load` brings the whole lesson when one of its steps opens. catalog.test.ts
 * checks every entry against its lesson module, so the two cannot drift.
 */
export interface LessonEntry {
  readonly id: string;
  /** Which seed project this lesson reproduces. */
  readonly seed: string;
  /** How many steps it has. */
  readonly steps: number;
  readonly load: () => Promise<Lesson>;
}

/**
 * The lessons, in teaching order. Adding a lesson: write its file and its text
 * (text/lessons/<id>.ts, and its titles and summary), and list it here and in index.ts.
 */
export const CATALOG: readonly LessonEntry[] = [
  {
    id: 'postcards',
    seed: '000',
    steps: 3,
    load: () => import('./postcards.ts').then((m) => m.postcards),
  },
  {
    id: 'locked-box',
    seed: '000',
    steps: 3,
    load: () => import('./locked-box.ts').then((m) => m.lockedBox),
  },
  {
    id: 'sealed-envelope',
    seed: '000',
    steps: 4,
    load: () => import('./sealed-envelope.ts').then((m) => m.sealedEnvelope),
  },
  {
    id: 'mixing-secrets',
    seed: '001',
    steps: 5,
    load: () => import('./mixing-secrets.ts').then((m) => m.mixingSecrets),
  },
  {
    id: 'oscar-in-the-middle',
    seed: '001',
    steps: 5,
    load: () => import('./oscar-in-the-middle.ts').then((m) => m.oscarInTheMiddle),
  },
  {
    id: 'compare-fingerprints',
    seed: '004',
    steps: 5,
    load: () => import('./compare-fingerprints.ts').then((m) => m.compareFingerprints),
  },
  {
    id: 'tampering',
    seed: '004',
    steps: 4,
    load: () => import('./tampering.ts').then((m) => m.tampering),
  },
  {
    id: 'signatures',
    seed: '004',
    steps: 6,
    load: () => import('./signatures.ts').then((m) => m.signatures),
  },
  {
    id: 'certificate-authority',
    seed: '001',
    steps: 6,
    load: () => import('./certificate-authority.ts').then((m) => m.certificateAuthority),
  },
  {
    id: 'handshake',
    seed: '003',
    steps: 12,
    load: () => import('./handshake.ts').then((m) => m.handshake),
  },
  {
    id: 'relays',
    seed: '002',
    steps: 12,
    load: () => import('./relays.ts').then((m) => m.relays),
  },
  {
    id: 'replay',
    seed: '003',
    steps: 8,
    load: () => import('./replay.ts').then((m) => m.replay),
  },
  {
    id: 'forward-secrecy',
    seed: '000',
    steps: 6,
    load: () => import('./forward-secrecy.ts').then((m) => m.forwardSecrecy),
  },
  {
    id: 'nonce-reuse',
    seed: '004',
    steps: 3,
    load: () => import('./nonce-reuse.ts').then((m) => m.nonceReuse),
  },
];

export function findEntry(id: string): LessonEntry | undefined {
  return CATALOG.find((entry) => entry.id === id);
}
