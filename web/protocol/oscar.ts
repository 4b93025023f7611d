import { aesGcmDecrypt } from '../crypto/aes.ts';
import { tryUtf8 } from '../crypto/encoding.ts';
import { unwrapAesKey } from '../crypto/rsa.ts';
import type { RsaIdentity, SharedKey } from './keyring.ts';
import { fieldBytes, sealedFrom } from './packets.ts';
import type { OscarAttempt, Packet } from './types.ts';

/** What Oscar holds: his own key pair and any symmetric keys he has managed to learn. */
export interface OscarHoldings {
  readonly rsa: RsaIdentity[];
  readonly aes: SharedKey[];
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
      return {
        readable: true,
        detail: 'A public key: nothing secret in it. He keeps a copy anyway.',
      };
    case 'key-share':
      return {
        readable: true,
        detail:
          'A public value: he sees it, but the shared secret needs one of the two private keys, and neither ever travels.',
      };
    case 'safety-number':
      return {
        readable: true,
        detail: 'A checksum of public keys: nothing secret, nothing to gain by copying it.',
      };
    case 'wrapped-key': {
      const wrapped = fieldBytes(packet, 'wrapped key');
      for (const own of holds.rsa) {
        try {
          await unwrapAesKey(own.pair.privateKey, wrapped);
          return {
            readable: true,
            detail: `His private key ${own.info.fingerprint.short} opened it.`,
          };
        } catch {
          // Expected: it was wrapped for someone else's public key.
        }
      }
      const tried = holds.rsa.map((own) => own.info.fingerprint.short).join(', ');
      return {
        readable: false,
        detail: tried
          ? `He tried his private key ${tried}: RSA-OAEP decryption failed. Only the private key that matches the public key it was wrapped with can open it.`
          : 'He holds no private key to try.',
      };
    }
    case 'encrypted-message': {
      const sealed = sealedFrom(packet);
      for (const candidate of holds.aes) {
        try {
          const plain = await aesGcmDecrypt(candidate.key, sealed);
          const text = tryUtf8(plain);
          if (text !== null) {
            return {
              readable: true,
              text,
              detail: `The key ${candidate.info.fingerprint.short} he holds opened it.`,
            };
          }
        } catch {
          // Wrong key: the GCM tag does not verify.
        }
      }
      return {
        readable: false,
        detail:
          holds.aes.length === 0
            ? `He sees ${sealed.ciphertext.length} bytes of ciphertext but holds no AES key to try.`
            : `None of the ${holds.aes.length} AES keys he holds opens it: the tag does not verify.`,
      };
    }
  }
}
