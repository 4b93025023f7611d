import { fingerprintOf } from '../crypto/fingerprint.ts';
import type { KeyInfo } from './packet-types.ts';

/**
 * Every key that has appeared in a run, by fingerprint, so that a key arriving over the
 * wire is described truthfully: whose it really is, whatever the packet claims.
 */
export class KeyRegistry {
  private readonly byFingerprint = new Map<string, KeyInfo>();

  register(info: KeyInfo): void {
    this.byFingerprint.set(info.fingerprint.hex, info);
  }

  /** `bytes` are a public key's SPKI or raw value, or a session key's raw bytes. */
  async describe(bytes: Uint8Array, kind: KeyInfo['kind'], algorithm: string): Promise<KeyInfo> {
    const fingerprint = await fingerprintOf(bytes);
    const known = this.byFingerprint.get(fingerprint.hex);
    if (known) return known;
    return {
      id: `unknown/${fingerprint.short}`,
      kind,
      owner: 'unknown',
      algorithm,
      bits: bytes.length * 8,
      fingerprint,
    };
  }
}
