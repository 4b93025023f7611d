import type { Bytes } from './bytes.ts';
import { toHex } from './encoding.ts';

/** A key's visual identity: SHA-256 of its public bytes, a short form and a stable colour. */
export interface Fingerprint {
  readonly hex: string;
  /**
   * First 4 bytes as "3F:A2:91:0C": short enough to read aloud, enough to tell honest keys
   * apart, but only 32 bits: about 2³² key generations grind a key that matches it.
   */
  readonly short: string;
  /** Hue 0-359 derived from the digest; the UI picks lightness for contrast. */
  readonly hue: number;
}

export async function sha256(bytes: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}

export async function fingerprintOf(publicBytes: Uint8Array): Promise<Fingerprint> {
  const digest = await sha256(publicBytes);
  return fingerprintFromDigest(digest);
}

export function fingerprintFromDigest(digest: Uint8Array): Fingerprint {
  const hex = toHex(digest);
  const short = toHex(digest.subarray(0, 4), ':').toUpperCase();
  const hue = (((digest[4] ?? 0) << 8) | (digest[5] ?? 0)) % 360;
  return { hex, short, hue };
}
