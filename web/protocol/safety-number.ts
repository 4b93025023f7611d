import { concatBytes } from '../crypto/bytes.ts';
import { toHex } from '../crypto/encoding.ts';
import { sha256 } from '../crypto/fingerprint.ts';

const GROUPS = 6;
const BYTES_PER_GROUP = 5;

/**
 * A safety number over public keys: SHA-256 of the keys in sorted order, shown as six
 * groups of five digits. Order-independent, so Alice and Bob compute the same number
 * when (and only when) they hold the same two keys.
 */
export async function safetyNumber(publicKeys: readonly Uint8Array[]): Promise<string> {
  const sorted = [...publicKeys].sort((a, b) =>
    toHex(a) < toHex(b) ? -1 : toHex(a) > toHex(b) ? 1 : 0,
  );
  const digest = await sha256(concatBytes(...sorted));
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let value = 0;
    for (let i = 0; i < BYTES_PER_GROUP; i++)
      value = value * 256 + (digest[g * BYTES_PER_GROUP + i] ?? 0);
    groups.push(String(value % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}
