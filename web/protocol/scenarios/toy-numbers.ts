import { type AesKey, importAesKey } from '../../crypto/aes.ts';
import type { Bytes } from '../../crypto/bytes.ts';
import { utf8Encode } from '../../crypto/encoding.ts';
import { hkdfSha256 } from '../../crypto/hkdf.ts';
import type { EngineText } from '../../text/messages/engine.ts';
import { say } from '../../text/messages/engine.ts';
import { BOB_REPLY } from '../conversation.ts';
import { describeAesKey, type SharedKey } from '../keyring.ts';
import type { Packet } from '../packet-types.ts';
import type { PartyId } from '../parties.ts';
import type { Run } from '../run.ts';
import { sendMessage } from '../secure-channel.ts';

/** A whole number as big-endian bytes, as short as it goes (0 is one zero byte). */
export function numberToBytes(value: bigint): Bytes {
  if (value < 0n) throw new RangeError('Only whole numbers of 0 and up travel here.');
  const hex = value.toString(16);
  const even = hex.length % 2 === 0 ? hex : `0${hex}`;
  return Uint8Array.from<string>(even.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

export function bytesToNumber(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** Bits needed to write a number. */
export const bitLength = (value: bigint): number => value.toString(2).length;

/** A public number on the wire, one field named after it, readable by anyone. */
export function numberPacket(
  run: Run,
  from: PartyId,
  to: PartyId,
  label: EngineText,
  name: string,
  value: bigint,
): Packet {
  return numbersPacket(run, from, to, label, [[name, value]]);
}

/** One packet carrying several public numbers, each in a field of its own. */
export function numbersPacket(
  run: Run,
  from: PartyId,
  to: PartyId,
  label: EngineText,
  numbers: readonly (readonly [name: string, value: bigint])[],
): Packet {
  return {
    ...run.nextAddress(from, to),
    kind: 'public-number',
    label,
    encrypted: false,
    channel: 'wire',
    fields: numbers.map(([name, value]) => ({
      name,
      bytes: numberToBytes(value),
      note: say('note.toy-number', { name, value: String(value) }),
    })),
  };
}

/** The number a packet carries, as it arrived. */
export function numberIn(packet: Packet, name: string): bigint {
  const field = packet.fields.find((f) => f.name === name);
  if (!field) throw new Error(`The packet has no field "${name}".`);
  return bytesToNumber(field.bytes);
}

const TOY_INFO = utf8Encode('handshake-lab toy exchange v1');

/** The agreed number, written in decimal, through HKDF-SHA-256 to an AES key of the configured size. */
export async function keyFromNumber(shared: bigint, bits: 128 | 256): Promise<AesKey> {
  return importAesKey(
    await hkdfSha256(utf8Encode(shared.toString()), new Uint8Array(0), TOY_INFO, bits / 8),
  );
}

/** A party's session key from the number it agreed on, with its description. */
export async function sessionKeyFrom(
  id: string,
  shared: bigint,
  bits: 128 | 256,
): Promise<SharedKey> {
  const key = await keyFromNumber(shared, bits);
  return { key, info: await describeAesKey(id, 'shared', key) };
}

/** Alice and Bob talk under the keys they agreed on: the user's message, then Bob's reply. */
export async function talk(run: Run, keys: Partial<Record<PartyId, SharedKey>>): Promise<void> {
  const channel = {
    keys,
    protection: { cipher: run.config.cipher, placement: run.config.signaturePlacement },
    signing: null,
  };
  await sendMessage(run, 'alice', 'bob', channel, run.config.message);
  await sendMessage(run, 'bob', 'alice', channel, BOB_REPLY);
}

/** Oscar now holds the key he computed: every message he copies from here on, he tries it on. */
export function oscarComputedKey(run: Run, key: SharedKey, narration: EngineText): void {
  run.oscar.aes.push(key);
  run.keyLearned('oscar', key.info, 'shared', narration);
}
