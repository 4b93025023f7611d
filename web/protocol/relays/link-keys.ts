import { type AesKey, generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import { describeAesKey } from '../keyring.ts';
import { fieldBytes, publicKeyPacket, wrappedKeyPacket } from '../packets.ts';
import type { PartyId } from '../parties.ts';
import type { Run } from '../run.ts';
import type { SessionKey } from '../session-keys.ts';
import { linkBetween } from '../topology.ts';

/** The keys each party holds for the links it is on: what it seals and opens with on each. */
export class LinkKeys {
  private readonly byParty = new Map<PartyId, Map<string, SessionKey>>();

  set(party: PartyId, link: string, key: SessionKey): void {
    const links = this.byParty.get(party) ?? new Map<string, SessionKey>();
    links.set(link, key);
    this.byParty.set(party, links);
  }

  /** The key `party` uses on `link`, or null when it holds none for it. */
  forLink(party: PartyId, link: string): SessionKey | null {
    return this.byParty.get(party)?.get(link) ?? null;
  }

  /** Every different key `party` holds. */
  heldBy(party: PartyId): SessionKey[] {
    const keys = [...(this.byParty.get(party)?.values() ?? [])];
    return keys.filter(
      (key, i) => keys.findIndex((k) => k.info.fingerprint.hex === key.info.fingerprint.hex) === i,
    );
  }
}

/**
 * The brokers and their sessions agree keys as seed 002 does: the one who receives a key
 * sends its RSA public key, the other makes an AES key, wraps it with that public key (RSA-OAEP)
 * and sends it. `perLink`: a fresh key for each link (hop by hop). Otherwise seed 002's one
 * key, made by Broker 1 and handed on to everyone: a group key.
 */
export async function agreeLinkKeys(run: Run, perLink: boolean): Promise<LinkKeys> {
  const { config } = run;
  const keys = new LinkKeys();
  const b2 = await run.keys.rsa('broker-2', config.rsaBits);
  run.keyGenerated(
    'broker-2',
    b2.info,
    say('narration.rsa-pair-broker', {
      actor: 'broker-2',
      bits: String(config.rsaBits),
      fingerprint: b2.info.fingerprint.short,
    }),
  );
  const b2Key = fieldBytes(
    await run.transmit(
      publicKeyPacket(
        run.nextAddress('broker-2', 'broker-1'),
        say('packet.public-key', { owner: 'broker-2' }),
        b2.pair.spki,
      ),
      say('narration.broker-sends-public-key', { actor: 'broker-2', to: 'broker-1' }),
    ),
    'public key',
  );
  const group = await makeKey(
    run,
    'broker-1',
    perLink ? 'broker-1-broker-2' : null,
    perLink ? 'broker-2' : null,
  );
  await hand(
    run,
    keys,
    'broker-1',
    'broker-2',
    b2Key,
    group,
    say('narration.broker-wraps', { actor: 'broker-1', to: 'broker-2' }),
  );
  for (const [session, broker] of [
    ['alice', 'broker-1'],
    ['bob', 'broker-2'],
  ] as const) {
    const own = await run.keys.rsa(session, config.rsaBits);
    run.keyGenerated(
      session,
      own.info,
      say('narration.rsa-pair-unsized', {
        actor: session,
        fingerprint: own.info.fingerprint.short,
      }),
    );
    const arrived = await run.transmit(
      publicKeyPacket(
        run.nextAddress(session, broker),
        say('packet.public-key', { owner: session }),
        own.pair.spki,
      ),
      say('narration.connects-to-broker', { actor: session, to: broker }),
    );
    const link = linkBetween(run.topology, broker, session);
    const key = perLink ? await makeKey(run, broker, link, session) : group;
    await hand(
      run,
      keys,
      broker,
      session,
      fieldBytes(arrived, 'public key'),
      key,
      say(perLink ? 'narration.wraps-with-public-key' : 'narration.hands-same-key', {
        actor: broker,
        to: session,
      }),
    );
  }
  return keys;
}

/** A fresh AES key made by `maker`; `link` names it when it is one link's key. */
async function makeKey(
  run: Run,
  maker: PartyId,
  link: string | null,
  /** The party at the link's other end; null for the group key everyone uses. */
  peer: PartyId | null,
): Promise<{ key: AesKey; info: SessionKey['info'] }> {
  const key = await generateAesKey(run.config.aesBits);
  const info = await describeAesKey(link ? `link/${link}` : 'group-key', 'shared', key);
  run.keyGenerated(
    maker,
    info,
    peer
      ? say('narration.link-key-alone', {
          actor: maker,
          bits: String(key.bits),
          fingerprint: info.fingerprint.short,
          peer,
        })
      : say('narration.group-key', {
          actor: maker,
          bits: String(key.bits),
          fingerprint: info.fingerprint.short,
        }),
  );
  return { key, info };
}

/** `from` wraps `key` for `to`'s public key and sends it; `to` unwraps it. Both now use it on their link. */
async function hand(
  run: Run,
  keys: LinkKeys,
  from: PartyId,
  to: PartyId,
  publicKey: Uint8Array,
  made: SessionKey,
  narration: EngineText,
): Promise<void> {
  const link = linkBetween(run.topology, from, to);
  keys.set(from, link, made);
  const arrived = await run.transmit(
    wrappedKeyPacket(
      run.nextAddress(from, to),
      await wrapAesKey(await importRsaOaepPublicKey(publicKey), made.key.raw),
    ),
    narration,
  );
  const own = await run.keys.rsa(to, run.config.rsaBits);
  const raw = await unlessVerificationFails(() =>
    unwrapAesKey(own.pair.privateKey, fieldBytes(arrived, 'wrapped key')),
  );
  if (!raw) throw new Error(`${to} cannot unwrap the key for its link.`);
  keys.set(to, link, { key: await importAesKey(raw), info: made.info });
  run.keyLearned(
    to,
    made.info,
    'shared',
    say('narration.unwraps-link-key', { actor: to, fingerprint: made.info.fingerprint.short }),
  );
}
