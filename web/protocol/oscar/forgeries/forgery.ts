import type { Bytes } from '../../../crypto/bytes.ts';
import type { EngineText } from '../../../text/messages/engine.ts';
import type { Packet } from '../../packet-types.ts';
import type { OscarContext } from '../context.ts';

/** Oscar's key that he wants Alice to take for Bob's. */
export interface OscarKey {
  readonly spki: Bytes;
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
}

/** What a forgery works from: Bob's packet, Bob's genuine certificate, Oscar's key. */
export interface ForgeryInput {
  readonly context: OscarContext;
  readonly packet: Packet;
  readonly genuine: Bytes;
  readonly own: OscarKey;
}

/**
 * One thing Oscar can present in place of Bob's certificate. Adding one: a module exporting
 * this, its id in CERTIFICATE_FORGERIES (types.ts), and a line in ./registry.ts.
 */
export interface CertificateForgeryStrategy {
  /** What he does, in one sentence of the narration ("He presents …"). */
  readonly story: EngineText;
  /** The same, as a step of an attack the search found ("Oscar presents …"). */
  readonly says: EngineText;
  /** The check (or defence) that stops it, in words. */
  readonly stoppedBy: EngineText;
  /** The packet he sends instead: a real certificate (or none), for Alice's checks to judge. */
  readonly present: (input: ForgeryInput) => Promise<Packet>;
}
