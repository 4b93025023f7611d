import type { SignatureScheme } from '../../crypto/signatures.ts';
import type { RsaIdentity, SigningIdentity } from '../keyring.ts';
import type { Protection } from '../message-codec.ts';
import type { Run } from '../run.ts';

export { SECOND_MESSAGE } from '../../text/spoken.ts';

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
