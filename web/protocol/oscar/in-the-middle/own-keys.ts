import type { SignatureScheme } from '../../../crypto/signatures.ts';
import { say } from '../../../text/messages/engine.ts';
import { resolveCurve } from '../../exchange/curve.ts';
import { signatureScheme } from '../../exchange/verify-keys.ts';
import type { EcdhIdentity, RsaIdentity, SigningIdentity } from '../../keyring.ts';
import type { OscarContext } from '../context.ts';

/** Oscar's own key pairs in the middle: each made on first use, and told once. */
export class OwnKeys {
  private rsaIdentity: RsaIdentity | null = null;
  private ecdhIdentity: EcdhIdentity | null = null;
  private readonly signingIdentities = new Map<SignatureScheme, SigningIdentity>();

  constructor(private readonly run: OscarContext) {}

  /** His RSA key pair, to pass off as someone else's. */
  async rsa(): Promise<RsaIdentity> {
    if (!this.rsaIdentity) {
      const identity = await this.run.keys.rsa('oscar', this.run.config.rsaBits);
      this.rsaIdentity = identity;
      this.run.keyGenerated(
        'oscar',
        identity.info,
        say('narration.oscar-rsa-to-pass-off', {
          actor: 'oscar',
          bits: String(identity.pair.bits),
          fingerprint: identity.info.fingerprint.short,
        }),
      );
    }
    return this.rsaIdentity;
  }

  /** His ECDH key pair, on the curve in use. */
  async ecdh(): Promise<EcdhIdentity> {
    if (!this.ecdhIdentity) {
      const identity = await this.run.keys.ecdh('oscar', await resolveCurve(this.run.config.curve));
      this.ecdhIdentity = identity;
      this.run.keyGenerated(
        'oscar',
        identity.info,
        say('narration.oscar-ecdh-pair', {
          actor: 'oscar',
          algorithm: identity.info.algorithm,
          fingerprint: identity.info.fingerprint.short,
        }),
      );
    }
    return this.ecdhIdentity;
  }

  /** His signing key: for message signatures the scheme in use; for certificates, ECDSA. */
  async signing(scheme?: SignatureScheme): Promise<SigningIdentity> {
    const { signatures, rsaBits } = this.run.config;
    const chosen = scheme ?? (await signatureScheme(signatures === 'off' ? 'ecdsa' : signatures));
    let identity = this.signingIdentities.get(chosen);
    if (!identity) {
      identity = await this.run.keys.signing('oscar', chosen, rsaBits);
      this.signingIdentities.set(chosen, identity);
      this.run.keyGenerated(
        'oscar',
        identity.info,
        say('narration.oscar-signing-pair', {
          actor: 'oscar',
          algorithm: identity.info.algorithm,
          fingerprint: identity.info.fingerprint.short,
        }),
      );
    }
    return identity;
  }
}
