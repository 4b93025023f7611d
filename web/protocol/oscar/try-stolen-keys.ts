import { importAesKey } from '../../crypto/aes.ts';
import { bytesEqual } from '../../crypto/bytes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import { type Opening, refusesKey } from '../../crypto/key-refusal.ts';
import { unwrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import { openMessage } from '../message-codec.ts';
import type { Packet } from '../packet-types.ts';
import { fieldBytes } from '../packets.ts';
import { deriveSessionKey, transcriptOf } from '../session-keys.ts';
import { type StolenKey, stolenInfo } from '../theft.ts';
import type { OscarContext } from './context.ts';

/** Recorded packets that hide something a key might open. */
const SECRET_KINDS: readonly Packet['kind'][] = ['wrapped-key', 'key-share', 'encrypted-message'];

interface Try {
  readonly opened: boolean;
  readonly detail: EngineText;
  /** A key the try gave him (a session key), tried on what follows. */
  readonly gained?: StolenKey;
  /** The message's text, when the try decrypted one. */
  readonly text?: string;
}

/**
 * Every key he holds, tried on every recorded packet that hides something, in the order they
 * were recorded; a session key a try recovers joins the keys tried on what follows. Each
 * try is a real WebCrypto operation, and its result is what WebCrypto says. Returns the
 * number of recorded messages he read.
 */
export async function tryEveryKey(
  context: OscarContext,
  held: readonly StolenKey[],
  recorded: readonly Packet[],
): Promise<number> {
  const keys = [...held];
  let read = 0;
  for (const packet of recorded.filter((p) => SECRET_KINDS.includes(p.kind))) {
    for (const key of [...keys]) {
      const result = await tryKey(context, key, packet, recorded);
      const info = stolenInfo(key);
      context.keyTried(
        info,
        packet.id,
        result.opened,
        result.detail,
        say('narration.tries-stolen-key', {
          actor: 'oscar',
          fingerprint: info.fingerprint.short,
          packet: packet.label,
          opened: result.opened ? 'yes' : 'no',
        }),
      );
      if (result.gained) {
        keys.push(result.gained);
        const gained = stolenInfo(result.gained);
        context.keyLearned(
          'oscar',
          gained,
          'shared',
          say('narration.now-holds-session-key', { fingerprint: gained.fingerprint.short }),
        );
      }
      if (result.text !== undefined && packet.messageId) {
        read++;
        context.read(
          'oscar',
          packet.messageId,
          result.text,
          say('narration.he-reads', { text: result.text }),
        );
        break;
      }
    }
  }
  return read;
}

async function tryKey(
  context: OscarContext,
  key: StolenKey,
  packet: Packet,
  recorded: readonly Packet[],
): Promise<Try> {
  switch (packet.kind) {
    case 'wrapped-key':
      return key.kind === 'rsa' ? unwrap(context, key, packet) : refused(key, packet, context);
    case 'key-share':
      return key.kind === 'ecdh'
        ? agree(context, key, packet, recorded)
        : refused(key, packet, context);
    case 'encrypted-message':
      return key.kind === 'aes' ? decrypt(context, key, packet) : refused(key, packet, context);
    default:
      throw new Error(`Nothing to try on ${packet.kind}.`);
  }
}

async function unwrap(
  context: OscarContext,
  key: Extract<StolenKey, { kind: 'rsa' }>,
  packet: Packet,
): Promise<Try> {
  const raw = await unlessVerificationFails(() =>
    unwrapAesKey(key.identity.pair.privateKey, fieldBytes(packet, 'wrapped key')),
  );
  if (!raw)
    return {
      opened: false,
      detail: say('attempt.unwrap-fails-other-key'),
    };
  const info = await context.keyRegistry.describe(raw, 'aes', 'AES-GCM');
  return {
    opened: true,
    detail: say('attempt.unwrap-succeeds', { fingerprint: info.fingerprint.short }),
    gained: { kind: 'aes', identity: { key: await importAesKey(raw), info } },
  };
}

/**
 * A recorded public value opens only to the private key behind it: he looks for it among his
 * key pairs, and with it computes the session key as its owner did.
 */
async function agree(
  context: OscarContext,
  key: Extract<StolenKey, { kind: 'ecdh' }>,
  packet: Packet,
  recorded: readonly Packet[],
): Promise<Try> {
  const { pair, info } = key.identity;
  const value = fieldBytes(packet, 'public value');
  if (!bytesEqual(pair.publicRaw, value))
    return {
      opened: false,
      detail: say('attempt.not-this-public-half', { fingerprint: info.fingerprint.short }),
    };
  const other = recorded.find((p) => p.kind === 'key-share' && p.from !== packet.from);
  if (!other) return { opened: false, detail: say('attempt.other-value-missing') };
  const theirs = fieldBytes(other, 'public value');
  const [alices, bobs] = packet.from === 'alice' ? [value, theirs] : [theirs, value];
  const session = await deriveSessionKey(
    pair.curve,
    pair.privateKey,
    theirs,
    transcriptOf(alices, bobs),
  );
  const sessionInfo = await context.keyRegistry.describe(session.raw, 'aes', 'AES-GCM');
  return {
    opened: true,
    detail: say('attempt.computes-recorded-session', {
      fingerprint: sessionInfo.fingerprint.short,
    }),
    gained: { kind: 'aes', identity: { key: session, info: sessionInfo } },
  };
}

async function decrypt(
  context: OscarContext,
  key: Extract<StolenKey, { kind: 'aes' }>,
  packet: Packet,
): Promise<Try> {
  const opened = await openMessage(packet.fields, key.identity, context.oscar.protection);
  const text = opened.ok ? tryUtf8(opened.plaintext) : null;
  if (text === null)
    return {
      opened: false,
      detail: opened.ok
        ? say('attempt.decrypts-not-text')
        : say('attempt.does-not-open', { reason: opened.reason }),
    };
  return { opened: true, detail: say('attempt.decrypts'), text };
}

/**
 * A key of the wrong kind for the packet: he asks WebCrypto anyway, and WebCrypto refuses
 * (InvalidAccessError: the key's algorithm and usages do not allow the operation).
 */
async function refused(key: StolenKey, packet: Packet, context: OscarContext): Promise<Try> {
  if (!(await refusesKey(secretOf(key), openingOf(packet, context))))
    throw new Error(`WebCrypto let a ${key.kind} key work on ${packet.kind} ${packet.id}.`);
  return {
    opened: false,
    detail: say('attempt.webcrypto-refuses', {
      key: key.kind,
      algorithm: key.identity.info.algorithm,
      packet: packet.kind,
    }),
  };
}

function secretOf(key: StolenKey): CryptoKey {
  return key.kind === 'aes' ? key.identity.key.gcm : key.identity.pair.privateKey;
}

/** What opening the packet would take. */
function openingOf(packet: Packet, context: OscarContext): Opening {
  switch (packet.kind) {
    case 'wrapped-key':
      return { kind: 'rsa-oaep', ciphertext: fieldBytes(packet, 'wrapped key') };
    case 'key-share': {
      const peer = fieldBytes(packet, 'public value');
      return { kind: 'ecdh', curve: peer.length === 32 ? 'X25519' : 'P-256', peer };
    }
    default: {
      const ciphertext = fieldBytes(packet, 'ciphertext');
      return context.oscar.protection.cipher === 'aes-ctr'
        ? { kind: 'aes-ctr', counter: fieldBytes(packet, 'counter'), ciphertext }
        : { kind: 'aes-gcm', iv: fieldBytes(packet, 'iv'), ciphertext };
    }
  }
}
