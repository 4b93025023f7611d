import type { KeyOwner } from '../keyring.ts';
import { describeAesKey } from '../keyring.ts';
import { fieldBytes, keySharePacket } from '../packets.ts';
import type { Run } from '../run.ts';
import type { ChannelKeys } from '../secure-channel.ts';
import { deriveSessionKey, type SessionKey } from '../session-keys.ts';
import { PARTY_NAMES } from '../types.ts';
import { compareFingerprints } from './compare-fingerprints.ts';
import { resolveCurve } from './curve.ts';

type Peer = Extract<KeyOwner, 'alice' | 'bob'>;

/**
 * Diffie-Hellman on an elliptic curve: each side sends a public value, combines the one it
 * receives with its own private key, and runs the shared secret through HKDF-SHA-256.
 */
export async function ecdhAgreement(run: Run): Promise<ChannelKeys | null> {
  const curve = await resolveCurve(run.config.curve);
  const alice = await run.keys.ecdh('alice', curve);
  const bob = await run.keys.ecdh('bob', curve);
  const algorithm = alice.info.algorithm;
  if (run.plan.presence === 'passive') {
    const oscar = await run.keys.ecdh('oscar', curve);
    run.keyGenerated(
      'oscar',
      oscar.info,
      `Oscar has an ${algorithm} key pair of his own, ${oscar.info.fingerprint.short}.`,
    );
  }
  for (const [who, id] of [
    ['alice', alice],
    ['bob', bob],
  ] as const) {
    run.keyGenerated(
      who,
      id.info,
      `${PARTY_NAMES[who]} makes an ${algorithm} key pair ${id.info.fingerprint.short}. The private half stays with ${who === 'alice' ? 'her' : 'him'}.`,
    );
  }

  const received: Record<Peer, Uint8Array> = { alice: new Uint8Array(), bob: new Uint8Array() };
  for (const [from, to, own] of [
    ['alice', 'bob', alice],
    ['bob', 'alice', bob],
  ] as const) {
    const arrived = await run.transmit(
      keySharePacket(
        run.nextAddress(from, to),
        `${PARTY_NAMES[from]}’s public value`,
        algorithm,
        own.pair.publicRaw,
      ),
      `${PARTY_NAMES[from]} sends the public half, ${own.info.fingerprint.short} (${own.pair.publicRaw.length} bytes), to ${PARTY_NAMES[to]}.`,
    );
    received[to] = fieldBytes(arrived, 'public value');
    const info = await run.keyRegistry.describe(received[to], 'ecdh-public', algorithm);
    run.keyLearned(
      to,
      info,
      from,
      `${PARTY_NAMES[to]} stores ${info.fingerprint.short} as ${PARTY_NAMES[from]}’s public value.`,
    );
  }

  const agreed = await compareFingerprints(run, run.config.check, {
    alice: [alice.pair.publicRaw, received.alice],
    bob: [received.bob, bob.pair.publicRaw],
  });
  if (!agreed) return null;

  const sessions: Partial<Record<Peer, SessionKey>> = {};
  for (const [who, own, peer] of [
    ['alice', alice, 'bob'],
    ['bob', bob, 'alice'],
  ] as const) {
    const key = await deriveSessionKey(curve, own.pair.privateKey, received[who]);
    // The real counterpart is whoever holds the private half of the value that arrived.
    const counterpart = (await run.keyRegistry.describe(received[who], 'ecdh-public', algorithm))
      .owner;
    const info = await describeAesKey(
      `session/${who}`,
      counterpart === 'unknown' ? 'unknown' : counterpart,
      key,
    );
    sessions[who] = { key, info };
    run.keyLearned(
      who,
      info,
      peer,
      `${PARTY_NAMES[who]} combines ${who === 'alice' ? 'her' : 'his'} private key with the value received as ${PARTY_NAMES[peer]}’s, then HKDF-SHA-256: session key ${info.fingerprint.short}.`,
    );
  }
  return sessions;
}
