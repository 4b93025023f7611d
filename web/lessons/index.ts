import { certificateAuthority } from './certificate-authority.ts';
import { compareFingerprints } from './compare-fingerprints.ts';
import { forwardSecrecy } from './forward-secrecy.ts';
import { handshake } from './handshake.ts';
import { lockedBox } from './locked-box.ts';
import { mixingSecrets } from './mixing-secrets.ts';
import { nonceReuse } from './nonce-reuse.ts';
import { oscarInTheMiddle } from './oscar-in-the-middle.ts';
import { postcards } from './postcards.ts';
import { relays } from './relays.ts';
import { replay } from './replay.ts';
import { sealedEnvelope } from './sealed-envelope.ts';
import { signatures } from './signatures.ts';
import { tampering } from './tampering.ts';
import type { Lesson } from './types.ts';

/** The lessons, in teaching order. Adding a lesson: write its file and list it here. */
export const LESSONS: readonly Lesson[] = [
  postcards,
  lockedBox,
  sealedEnvelope,
  mixingSecrets,
  oscarInTheMiddle,
  compareFingerprints,
  tampering,
  signatures,
  certificateAuthority,
  handshake,
  relays,
  replay,
  forwardSecrecy,
  nonceReuse,
];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
