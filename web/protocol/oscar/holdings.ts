import { type Bytes, concatBytes } from '../../crypto/bytes.ts';
import { tryUtf8, utf8Encode } from '../../crypto/encoding.ts';
import { unwrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { say } from '../../text/messages/engine.ts';
import type { OscarAttempt } from '../events.ts';
import type { RsaIdentity, SharedKey } from '../keyring.ts';
import {
  associatedData,
  openMessage,
  type Protection,
  signatureVerifies,
  signedBytes,
} from '../message-codec.ts';
import type { Packet } from '../packet-types.ts';
import { fieldBytes } from '../packets.ts';
import type { PartyId } from '../parties.ts';
import { sessionBinding } from '../session-binding.ts';

/** What a copying Oscar holds: his own key pair, keys he learned, verify keys he copied. */
export interface OscarHoldings {
  readonly rsa: RsaIdentity[];
  readonly aes: SharedKey[];
  /** Verify keys seen on the wire, by the party that sent them. */
  readonly verifyKeys: Map<PartyId, CryptoKey>;
  /** Texts he suspects a message might say; a signature in the clear can confirm one. */
  readonly guesses: string[];
  readonly protection: Protection;
  /** Session nonces that passed him, oldest first (Run records them): the session id is public. */
  readonly sessionNonces: { readonly from: PartyId; readonly nonce: Bytes }[];
}

/** The binding of a message's number as Oscar can rebuild it from the last session nonces he saw. */
export function bindingSeen(packet: Packet, holds: OscarHoldings): Bytes | null {
  const last = (party: PartyId) => holds.sessionNonces.findLast((n) => n.from === party)?.nonce;
  const alices = last('alice');
  const bobs = last('bob');
  if (!alices || !bobs) return null;
  return sessionBinding(concatBytes(alices, bobs), packet.from, packet.to);
}

/**
 * Oscar really tries: every key he holds against the bytes he copied. Nothing here knows
 * whether he "should" succeed; the result is whatever WebCrypto says.
 */
export async function oscarTriesToRead(
  packet: Packet,
  holds: OscarHoldings,
): Promise<OscarAttempt> {
  switch (packet.kind) {
    case 'message': {
      const text = tryUtf8(fieldBytes(packet, 'text'));
      return text === null
        ? { readable: false, detail: say('attempt.not-text') }
        : { readable: true, text, detail: say('attempt.plain-message') };
    }
    case 'public-key':
    case 'verify-key':
      return { readable: true, detail: say('attempt.public-key') };
    case 'certificate':
      return { readable: true, detail: say('attempt.certificate') };
    case 'key-share':
      return { readable: true, detail: say('attempt.key-share') };
    case 'safety-number':
      return { readable: true, detail: say('attempt.safety-number') };
    case 'public-number':
      return { readable: true, detail: say('attempt.public-number') };
    case 'plain-key':
      return { readable: true, detail: say('attempt.plain-key') };
    case 'session-nonce':
      return { readable: true, detail: say('attempt.session-nonce') };
    case 'finished':
      return { readable: true, detail: say('attempt.finished') };
    case 'hello':
    case 'hello-ack':
    case 'ack':
    case 'close':
      return { readable: true, detail: say('attempt.framing') };
    case 'wrapped-key':
      return tryToUnwrap(packet, holds);
    case 'encrypted-message':
      return tryToDecrypt(packet, holds);
  }
}

async function tryToUnwrap(packet: Packet, holds: OscarHoldings): Promise<OscarAttempt> {
  const wrapped = fieldBytes(packet, 'wrapped key');
  for (const own of holds.rsa) {
    // Failing is expected: it was wrapped for someone else's public key.
    if (await unlessVerificationFails(() => unwrapAesKey(own.pair.privateKey, wrapped)))
      return {
        readable: true,
        detail: say('attempt.unwrapped', { fingerprint: own.info.fingerprint.short }),
      };
  }
  const tried = holds.rsa.map((own) => own.info.fingerprint.short).join(', ');
  return {
    readable: false,
    detail: tried ? say('attempt.unwrap-failed', { tried }) : say('attempt.no-private-key'),
  };
}

async function tryToDecrypt(packet: Packet, holds: OscarHoldings): Promise<OscarAttempt> {
  if (!packet.fields.some((f) => f.name === 'iv' || f.name === 'counter'))
    return {
      readable: false,
      detail: say('attempt.record'),
    };
  for (const candidate of holds.aes) {
    const opened = await openMessage(
      packet.fields,
      candidate,
      holds.protection,
      bindingSeen(packet, holds),
    );
    const text = opened.ok ? tryUtf8(opened.plaintext) : null;
    if (text !== null)
      return {
        readable: true,
        text,
        detail: say('attempt.key-opened', { fingerprint: candidate.info.fingerprint.short }),
      };
  }
  const confirmed = await confirmGuess(packet, holds);
  if (confirmed) return confirmed;
  const ciphertext = packet.fields.find((f) => f.name === 'ciphertext')?.bytes.length ?? 0;
  return {
    readable: false,
    detail:
      holds.aes.length === 0
        ? say('attempt.no-key-to-try', { size: ciphertext })
        : say('attempt.keys-do-not-open', { count: holds.aes.length }),
  };
}

/** Seed 004's flaw: a signature over the plaintext, in the clear, lets him test guesses. */
async function confirmGuess(packet: Packet, holds: OscarHoldings): Promise<OscarAttempt | null> {
  const signature = packet.fields.find((f) => f.name === 'signature')?.bytes ?? null;
  const verifier = holds.verifyKeys.get(packet.from);
  if (!signature || !verifier || holds.guesses.length === 0) return null;
  // A sequence number travels in the clear too: he checks it together with his guess.
  const sequence = packet.fields.find((f) => f.name === 'sequence')?.bytes ?? null;
  for (const guess of holds.guesses) {
    const associated = associatedData(bindingSeen(packet, holds), sequence);
    if (await signatureVerifies(verifier, signature, signedBytes(associated, utf8Encode(guess)))) {
      return {
        readable: true,
        text: guess,
        detail: say('attempt.guess-verifies', { guess }),
      };
    }
  }
  return {
    readable: false,
    detail: say('attempt.no-guess-verifies', { count: holds.guesses.length }),
  };
}
