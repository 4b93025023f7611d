import { bytesEqual } from '../../crypto/bytes.ts';
import { toHex, tryUtf8, utf8Encode } from '../../crypto/encoding.ts';
import { xorBytes } from '../../crypto/xor.ts';
import { oscarTriesToRead } from '../oscar.ts';
import { KNOWN_ANNOUNCEMENT } from '../presets.ts';
import type { OscarAttempt, Packet } from '../types.ts';
import { copyAndForward, readLater } from './first-message.ts';
import type { OscarContext, OscarStrategy } from './strategy.ts';

/** The field that makes the key stream: GCM's IV or CTR's counter block. */
function nonceOf(packet: Packet): Uint8Array | null {
  return packet.fields.find((f) => f.name === 'iv' || f.name === 'counter')?.bytes ?? null;
}

function ciphertextOf(packet: Packet): Uint8Array {
  return packet.fields.find((f) => f.name === 'ciphertext')?.bytes ?? new Uint8Array();
}

const hexStart = (bytes: Uint8Array) =>
  `${toHex(bytes.slice(0, 8), ' ')}${bytes.length > 8 ? ' …' : ''}`;

/**
 * Known plaintext and a repeated nonce. He knows what one message says (it is public). When
 * a second message travels under the same key stream, C1 ⊕ C2 = P1 ⊕ P2, so P2 = C1 ⊕ C2 ⊕ P1.
 * He cannot tell whether the key is the same, only that the nonce is: the result is his
 * candidate, whatever it is.
 */
export const reuseNonce: OscarStrategy = {
  label: 'nonce reuse: XORs two messages that share an IV',
  scenarios: ['restarting-ivs', 'conversation', 'nonce-reuse'],
  start: (context) => {
    const recorded: Packet[] = [];
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      const nonce = nonceOf(packet);
      if (packet.kind !== 'encrypted-message' || !nonce)
        return copyAndForward(context, packet, reading);
      const twin = recorded.find((p) => bytesEqual(nonceOf(p) ?? new Uint8Array(), nonce));
      recorded.push(packet);
      const attempt = twin
        ? xorWithKnown(context, twin, packet)
        : noTwin(packet, reading, recorded.length);
      return {
        action: { do: 'forward' },
        attempt,
        ...readLater(context, packet, attempt),
      };
    };
  },
};

function nonceName(packet: Packet): string {
  return packet.fields.some((f) => f.name === 'iv') ? 'IV' : 'counter block';
}

function noTwin(packet: Packet, reading: OscarAttempt, count: number): OscarAttempt {
  return {
    ...reading,
    detail: `${reading.detail} ${count === 1 ? `He keeps its ${nonceName(packet)} to compare with the next ones.` : `Its ${nonceName(packet)} matches none he recorded: XOR gives him nothing.`}`,
  };
}

function xorWithKnown(context: OscarContext, first: Packet, second: Packet): OscarAttempt {
  const known = utf8Encode(
    context.plan.presence === 'reuse-nonce' ? (context.plan.known ?? KNOWN_ANNOUNCEMENT) : '',
  );
  const c1 = ciphertextOf(first);
  const c2 = ciphertextOf(second);
  const xored = xorBytes(c1, c2);
  const recovered = xorBytes(xored, known);
  const sameNonce = `Same ${nonceName(second)} as the message he recorded before. C1 ⊕ C2 = ${hexStart(xored)}, which is P1 ⊕ P2: the key stream has cancelled out.`;
  if (recovered.length < c2.length)
    return {
      readable: false,
      detail: `${sameNonce} The text he knows is ${known.length} bytes, the new message ${c2.length}: he recovers only its first ${recovered.length} bytes.`,
    };
  const text = tryUtf8(recovered);
  if (text === null)
    return {
      readable: false,
      detail: `${sameNonce} XORed with the text he knows, it is not text: the first message was not what he thought.`,
    };
  return {
    readable: true,
    text,
    detail: `${sameNonce} XORed with the first message, which he knows (“${tryUtf8(known) ?? ''}”), it gives “${text}”. No key needed.`,
  };
}
