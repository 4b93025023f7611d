import type { SignatureScheme } from '../../crypto/signatures.ts';
import type { RsaIdentity, SigningIdentity } from '../keyring.ts';
import type { Protection } from '../message-codec.ts';
import type { Run } from '../run.ts';

/** What seed 003's client sends once connected: the user's message, then a second line. */
export const SECOND_MESSAGE = 'If it rains, the library instead.';

/** Keys and settings both machines of one handshake run share. */
export interface HandshakeSetup {
  readonly run: Run;
  readonly scheme: SignatureScheme;
  readonly protection: Protection;
  readonly alice: { readonly rsa: RsaIdentity; readonly signing: SigningIdentity };
  readonly bob: { readonly signing: SigningIdentity };
  readonly keysInHello: boolean;
  readonly transcriptSigned: boolean;
  readonly closeSigned: boolean;
  /** TLS 1.3's shape: key schedule, Finished, records and close_notify. */
  readonly keySchedule: boolean;
}
