import { bytesEqual } from '../../crypto/bytes.ts';
import { toHex, tryUtf8, utf8Encode, utf8Start } from '../../crypto/encoding.ts';
import { xorBytes } from '../../crypto/xor.ts';
import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
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

/** Which nonce the packet carries: GCM's IV, or CTR's counter block. */
function nonceName(packet: Packet): 'iv' | 'counter' {
  return packet.fields.some((f) => f.name === 'iv') ? 'iv' : 'counter';
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
  label: settingSays('strategy.reuse-nonce'),
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
      if (forged || nonceName(packet) !== 'iv') return { action: { do: 'forward' }, ...recovery };
      const forgery = forgeUnderRepeatedIv([...twins, packet], known, DEFAULT_FORGERY);
      if (!forgery.made)
        return {
          action: { do: 'forward' },
          ...recovery,
          attempt: {
            ...recovery.attempt,
            detail: say('detail.and-then', { first: recovery.attempt.detail, next: forgery.why }),
          },
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
    detail: say('detail.and-then', {
      first: reading.detail,
      next: say(count === 1 ? 'attempt.keeps-nonce' : 'attempt.nonce-unmatched', {
        nonce: nonceName(packet),
      }),
    }),
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
  const same = say('attempt.same-nonce', { nonce: nonceName(second), xored: hexStart(xored) });
  const start = utf8Start(recovered);
  const shown =
    start === null
      ? say('attempt.shown-not-text', { hex: hexStart(recovered) })
      : say('attempt.shown-text', { text: start });
  const text = unknown === 0 ? tryUtf8(recovered) : null;
  const attempt: OscarAttempt =
    text !== null
      ? {
          readable: true,
          text,
          detail: say('attempt.xor-reads', { same, known: tryUtf8(known) ?? '', text }),
        }
      : unknown > 0
        ? {
            readable: false,
            detail: say('attempt.xor-partial', {
              same,
              known: known.length,
              recovered: recovered.length,
              unknown,
            }),
          }
        : {
            readable: false,
            detail: say('attempt.xor-not-hoped', { same, shown }),
          };
  const learnedLine =
    unknown > 0
      ? say('narration.recovers-partial', {
          actor: 'oscar',
          recovered: recovered.length,
          total,
          shown,
          unknown,
        })
      : say('narration.recovers-all', { actor: 'oscar', total, shown });
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
