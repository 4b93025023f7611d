import { type Bytes, concatBytes } from '../../crypto/bytes.ts';
import { tryUtf8, utf8Encode } from '../../crypto/encoding.ts';
import { unwrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
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
        ? { readable: false, detail: 'The bytes are not text.' }
        : {
            readable: true,
            text,
            detail: 'The message is not encrypted: he reads it as it passes.',
          };
    }
    case 'public-key':
    case 'verify-key':
      return {
        readable: true,
        detail: 'A public key: nothing secret in it. He keeps a copy anyway.',
      };
    case 'certificate':
      return { readable: true, detail: 'A certificate is public: he keeps a copy.' };
    case 'key-share':
      return {
        readable: true,
        detail:
          'A public value: he sees it. No known method gets the shared secret from the two public values without a private key, and neither private key ever travels.',
      };
    case 'safety-number':
      return {
        readable: true,
        detail: 'A hash of public keys: nothing secret, nothing to gain by copying it.',
      };
    case 'public-number':
      return { readable: true, detail: 'A number sent in the clear: he keeps a copy.' };
    case 'plain-key':
      return { readable: true, detail: 'A key sent in the clear: he keeps a copy to try.' };
    case 'session-nonce':
      return { readable: true, detail: 'A session nonce: public. He keeps a copy.' };
    case 'finished':
      return {
        readable: true,
        detail:
          'A Finished: a MAC over the handshake, under a key he can derive only from the shared secret.',
      };
    case 'hello':
    case 'hello-ack':
    case 'ack':
    case 'close':
      return {
        readable: true,
        detail: 'Framing: it says where the conversation is, nothing secret.',
      };
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
      return { readable: true, detail: `His private key ${own.info.fingerprint.short} opened it.` };
  }
  const tried = holds.rsa.map((own) => own.info.fingerprint.short).join(', ');
  return {
    readable: false,
    detail: tried
      ? `He tried his private key ${tried}: RSA-OAEP decryption failed. Only the private key that matches the public key it was wrapped with can open it.`
      : 'He holds no private key to try.',
  };
}

async function tryToDecrypt(packet: Packet, holds: OscarHoldings): Promise<OscarAttempt> {
  if (!packet.fields.some((f) => f.name === 'iv' || f.name === 'counter'))
    return {
      readable: false,
      detail:
        'A record: its key and its nonce (an IV XOR the record’s number) come from a secret he does not hold.',
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
        detail: `The key ${candidate.info.fingerprint.short} he holds opened it.`,
      };
  }
  const confirmed = await confirmGuess(packet, holds);
  if (confirmed) return confirmed;
  const ciphertext = packet.fields.find((f) => f.name === 'ciphertext')?.bytes.length ?? 0;
  return {
    readable: false,
    detail:
      holds.aes.length === 0
        ? `He sees ${ciphertext} bytes of ciphertext but holds no key to try.`
        : holds.aes.length === 1
          ? 'The one key he holds does not open it.'
          : `None of the ${holds.aes.length} keys he holds opens it.`,
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
        detail: `He cannot decrypt it, but the signature travels in the clear. He verifies it against his guess "${guess}": it verifies, so that is the message.`,
      };
    }
  }
  return {
    readable: false,
    detail: `He cannot decrypt it. The signature is in the clear, but none of his ${holds.guesses.length} guesses verifies against it.`,
  };
}
