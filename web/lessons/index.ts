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

/**
 * Every lesson whole, in teaching order, for tests and the command line. The page reads
 * catalog.ts instead and loads a lesson when one of its steps opens: importing this list from
 * page code would put every lesson in the first download. Adding a lesson: write its file and
 * list it here and in catalog.ts.
 */
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
