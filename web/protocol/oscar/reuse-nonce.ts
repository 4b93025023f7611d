import { bytesEqual } from '../../crypto/bytes.ts';
import { toHex, tryUtf8, utf8Encode, utf8Start } from '../../crypto/encoding.ts';
import { xorBytes } from '../../crypto/xor.ts';
import type { OscarAttempt } from '../events.ts';
import { DEFAULT_FORGERY, KNOWN_ANNOUNCEMENT } from '../fixed-texts.ts';
import type { Packet } from '../packet-types.ts';
import type { Interception, OscarContext } from './context.ts';
import { copyAndForward, readLater } from './first-message.ts';
import { forgeUnderRepeatedIv } from './gcm-forgery.ts';
import { oscarTriesToRead } from './holdings.ts';
import type { OscarStrategy } from './strategy.ts';

/** The field that makes the key stream: GCM's IV or CTR's counter block. */
function nonceOf(packet: Packet): Uint8Array | null {
  return packet.fields.find((f) => f.name === 'iv' || f.name === 'counter')?.bytes ?? null;
}

function ciphertextOf(packet: Packet): Uint8Array {
  return packet.fields.find((f) => f.name === 'ciphertext')?.bytes ?? new Uint8Array();
}

const hexStart = (bytes: Uint8Array) =>
  `${toHex(bytes.slice(0, 8), ' ')}${bytes.length > 8 ? ' …' : ''}`;

function nonceName(packet: Packet): string {
  return packet.fields.some((f) => f.name === 'iv') ? 'IV' : 'counter block';
}

/**
 * Known plaintext and a repeated nonce. He knows what one message says (it is public). When
 * another travels under the same key stream, C1 ⊕ C2 = P1 ⊕ P2, so P2 = C1 ⊕ C2 ⊕ P1, as far
 * as he knows P1. He cannot tell whether the key is the same, only that the nonce is: the
 * result is his candidate, whatever it is. Under GCM he then goes for the hash key H.
 */
export interface ReuseNonceOptions {
  /** What he knows one message says; absent, the morning announcement. */
  readonly known?: string;
}

export const reuseNonce: OscarStrategy<ReuseNonceOptions> = {
  label: 'nonce reuse: XORs messages that share a nonce; under GCM, forges a tag',
  defaults: {},
  scenarios: ['restarting-ivs', 'conversation', 'nonce-reuse'],
  start: (context, options) => {
    const known = utf8Encode(options.known ?? KNOWN_ANNOUNCEMENT);
    const recorded: Packet[] = [];
    let forged = false;
    return async (packet): Promise<Interception> => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      const nonce = nonceOf(packet);
      if (packet.kind !== 'encrypted-message' || !nonce)
        return copyAndForward(context, packet, reading);
      const twins = recorded.filter((p) => bytesEqual(nonceOf(p) ?? new Uint8Array(), nonce));
      recorded.push(packet);
      const [first] = twins;
      if (!first) {
        const attempt = noTwin(packet, reading, recorded.length);
        return { action: { do: 'forward' }, attempt, ...readLater(context, packet, attempt) };
      }
      const recovery = xorWithKnown(context, first, packet, known);
      if (forged || nonceName(packet) !== 'IV') return { action: { do: 'forward' }, ...recovery };
      const forgery = forgeUnderRepeatedIv([...twins, packet], known, DEFAULT_FORGERY);
      if (!forgery.made)
        return {
          action: { do: 'forward' },
          ...recovery,
          attempt: { ...recovery.attempt, detail: `${recovery.attempt.detail} ${forgery.why}` },
        };
      forged = true;
      return {
        action: { do: 'inject', with: [forgery.packet] },
        attempt: recovery.attempt,
        learned: () => {
          recovery.learned();
          context.forgedTag(forgery.forgery, forgery.narration);
        },
      };
    };
  },
};

function noTwin(packet: Packet, reading: OscarAttempt, count: number): OscarAttempt {
  return {
    ...reading,
    detail: `${reading.detail} ${count === 1 ? `He keeps its ${nonceName(packet)} to compare with the next ones.` : `Its ${nonceName(packet)} matches none he recorded: XOR gives him nothing.`}`,
  };
}

/** What he makes of a second message under a nonce he has seen, and what he learns from it. */
function xorWithKnown(
  context: OscarContext,
  first: Packet,
  second: Packet,
  known: Uint8Array,
): { attempt: OscarAttempt; learned: () => void } {
  const c2 = ciphertextOf(second);
  const xored = xorBytes(ciphertextOf(first), c2);
  const recovered = xorBytes(xored, known);
  const total = c2.length;
  const unknown = total - recovered.length;
  const sameNonce = `Same ${nonceName(second)} as a message he recorded before. C1 ⊕ C2 = ${hexStart(xored)}, which is P1 ⊕ P2: the key stream has cancelled out.`;
  const start = utf8Start(recovered);
  const shown = start === null ? `bytes that are not text (${hexStart(recovered)})` : `“${start}”`;
  const text = unknown === 0 ? tryUtf8(recovered) : null;
  const attempt: OscarAttempt =
    text !== null
      ? {
          readable: true,
          text,
          detail: `${sameNonce} XORed with the first message, which he knows (“${tryUtf8(known) ?? ''}”), it gives “${text}”. No key needed.`,
        }
      : unknown > 0
        ? {
            readable: false,
            detail: `${sameNonce} He knows ${known.length} bytes of the first message, so ${recovered.length} bytes of key stream: XOR gives him this message’s first ${recovered.length} bytes, and the other ${unknown} stay unknown.`,
          }
        : {
            readable: false,
            detail: `${sameNonce} XORed with the text he knows, it gives ${shown}: not the message he hoped for.`,
          };
  const learnedLine =
    unknown > 0
      ? `Oscar works out the first ${recovered.length} of the ${total} bytes of this message: ${shown}, then [${unknown} unknown byte${unknown === 1 ? '' : 's'}].`
      : `Oscar works out all ${total} bytes of this message: ${shown}.`;
  const { messageId } = second;
  return {
    attempt,
    learned: () => {
      if (!messageId) return;
      context.recoveredPlaintext(messageId, recovered, total, learnedLine);
      readLater(context, second, attempt).learned?.();
    },
  };
}
