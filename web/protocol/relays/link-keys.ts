import { type AesKey, generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { describeAesKey } from '../keyring.ts';
import { fieldBytes, publicKeyPacket, wrappedKeyPacket } from '../packets.ts';
import { type PartyId, partyName } from '../parties.ts';
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
    `Broker 2 has an RSA-${config.rsaBits} key pair ${b2.info.fingerprint.short}.`,
  );
  const b2Key = fieldBytes(
    await run.transmit(
      publicKeyPacket(
        run.nextAddress('broker-2', 'broker-1'),
        'Broker 2’s public key',
        b2.pair.spki,
      ),
      'Broker 2 sends its public key to Broker 1.',
    ),
    'public key',
  );
  const group = await makeKey(
    run,
    'broker-1',
    perLink ? 'broker-1-broker-2' : null,
    perLink
      ? 'for its link to Broker 2 alone'
      : 'that everyone will use: the brokers and both sessions',
  );
  await hand(
    run,
    keys,
    'broker-1',
    'broker-2',
    b2Key,
    group,
    'Broker 1 wraps it with Broker 2’s public key (RSA-OAEP) and sends it.',
  );
  for (const [session, broker] of [
    ['alice', 'broker-1'],
    ['bob', 'broker-2'],
  ] as const) {
    const own = await run.keys.rsa(session, config.rsaBits);
    run.keyGenerated(
      session,
      own.info,
      `${partyName(session)} has an RSA key pair ${own.info.fingerprint.short}.`,
    );
    const arrived = await run.transmit(
      publicKeyPacket(
        run.nextAddress(session, broker),
        `${partyName(session)}’s public key`,
        own.pair.spki,
      ),
      `${partyName(session)} connects to ${partyName(broker)} and sends a public key.`,
    );
    const link = linkBetween(run.topology, broker, session);
    const key = perLink
      ? await makeKey(run, broker, link, `for its link to ${partyName(session)} alone`)
      : group;
    await hand(
      run,
      keys,
      broker,
      session,
      fieldBytes(arrived, 'public key'),
      key,
      perLink
        ? `${partyName(broker)} wraps it with ${partyName(session)}’s public key and sends it.`
        : `${partyName(broker)} hands the same key to ${partyName(session)}, wrapped with that public key.`,
    );
  }
  return keys;
}

/** A fresh AES key made by `maker`; `link` names it when it is one link's key. */
async function makeKey(
  run: Run,
  maker: PartyId,
  link: string | null,
  purpose: string,
): Promise<{ key: AesKey; info: SessionKey['info'] }> {
  const key = await generateAesKey(run.config.aesBits);
  const info = await describeAesKey(link ? `link/${link}` : 'group-key', 'shared', key);
  run.keyGenerated(
    maker,
    info,
    `${partyName(maker)} makes an AES-${key.bits} key ${info.fingerprint.short} ${purpose}.`,
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
  narration: string,
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
  if (!raw) throw new Error(`${partyName(to)} cannot unwrap the key for its link.`);
  keys.set(to, link, { key: await importAesKey(raw), info: made.info });
  run.keyLearned(
    to,
    made.info,
    'shared',
    `${partyName(to)} unwraps the key ${made.info.fingerprint.short}.`,
  );
}
