import { generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { BOB_REPLY } from '../conversation.ts';
import { describeAesKey } from '../keyring.ts';
import { openMessage, sealMessage } from '../message-codec.ts';
import {
  fieldBytes,
  messagePacket,
  publicKeyPacket,
  withExtraField,
  wrappedKeyPacket,
} from '../packets.ts';
import { nextHop, routeField, routeOf } from '../relays/route.ts';
import type { Run } from '../run.ts';
import type { SessionKey } from '../session-keys.ts';
import { twoRelaysTopology } from '../topology.ts';
import { type Packet, type PartyId, partyName } from '../types.ts';
import type { Scenario } from './scenario.ts';

/**
 * Seed 002: Alice and Bob each talk to a broker; the brokers relay between them.
 * Hop by hop (the seed): the brokers agree a key, hand it to their sessions, and each broker
 * opens and re-seals every message. End to end: Alice and Bob agree a key through the
 * brokers, who pass on bytes they cannot open and see only who, when and how much.
 */
export const relays: Scenario = {
  id: 'relays',
  title: 'Relays',
  topology: (config, plan) => twoRelaysTopology(plan, config.oscarAt),
  play: async (run) => {
    run.joined('alice', 'broker-1', 'broker-2', 'bob', ...(run.oscarPresent ? ['oscar'] : []));
    if (run.plan.presence === 'passive')
      run.oscarHolds(await run.keys.rsa('oscar', run.config.rsaBits));
    const keys =
      run.config.relayMode === 'end-to-end' ? await endToEndKey(run) : await brokersShareKey(run);
    const hopByHop = run.config.relayMode === 'hop-by-hop';
    await sendThrough(run, 'alice', 'bob', run.config.message, keys, hopByHop);
    await sendThrough(run, 'bob', 'alice', BOB_REPLY, keys, hopByHop);
  },
};

type Keys = ReadonlyMap<PartyId, SessionKey>;

/** Oscar inside a relay holds whatever it holds, and sees whatever it sees. */
function oscarInside(run: Run, relay: PartyId): boolean {
  return (
    run.oscarPresent && run.topology.oscar?.on === 'relay' && run.topology.oscar.party === relay
  );
}

/** Seed 002: Broker 2 publishes its RSA key; Broker 1 wraps a fresh AES key for it; each broker hands the key to its session. */
async function brokersShareKey(run: Run): Promise<Keys> {
  const { config } = run;
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
  const key = await generateAesKey(config.aesBits);
  const info = await describeAesKey('relay-key', 'shared', key);
  run.keyGenerated(
    'broker-1',
    info,
    `Broker 1 makes the AES-${key.bits} key ${info.fingerprint.short} that everyone will use.`,
  );
  const shared: SessionKey = { key, info };
  const held = new Map<PartyId, SessionKey>([['broker-1', shared]]);
  if (oscarInside(run, 'broker-1')) learnInside(run, 'broker-1', shared);
  const hand = async (from: PartyId, to: PartyId, publicKey: Uint8Array, narration: string) => {
    const arrived = await run.transmit(
      wrappedKeyPacket(
        run.nextAddress(from, to),
        await wrapAesKey(await importRsaOaepPublicKey(publicKey), key.raw),
      ),
      narration,
    );
    const own = await run.keys.rsa(to, config.rsaBits);
    const raw = await unlessVerificationFails(() =>
      unwrapAesKey(own.pair.privateKey, fieldBytes(arrived, 'wrapped key')),
    );
    if (!raw) throw new Error(`${partyName(to)} cannot unwrap the relay key.`);
    const unwrapped = { key: await importAesKey(raw), info };
    held.set(to, unwrapped);
    run.keyLearned(
      to,
      info,
      'shared',
      `${partyName(to)} unwraps the shared key ${info.fingerprint.short}.`,
    );
    if (oscarInside(run, to)) learnInside(run, to, unwrapped);
  };
  await hand(
    'broker-1',
    'broker-2',
    b2Key,
    'Broker 1 wraps it with Broker 2’s public key (RSA-OAEP) and sends it.',
  );
  if (oscarInside(run, 'broker-1')) learnInside(run, 'broker-1', shared);
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
    await hand(
      broker,
      session,
      fieldBytes(arrived, 'public key'),
      `${partyName(broker)} hands the shared key to ${partyName(session)}, wrapped with that key.`,
    );
  }
  return held;
}

function learnInside(run: Run, relay: PartyId, key: SessionKey): void {
  run.oscar.aes.push(key);
  run.keyLearned(
    'oscar',
    key.info,
    'shared',
    `Oscar is inside ${partyName(relay)}: he holds its key ${key.info.fingerprint.short} too.`,
  );
}

/** End to end: Bob's public key travels to Alice through the brokers; her wrapped key travels back. */
async function endToEndKey(run: Run): Promise<Keys> {
  const { config } = run;
  const bob = await run.keys.rsa('bob', config.rsaBits);
  run.keyGenerated(
    'bob',
    bob.info,
    `Bob has an RSA-${config.rsaBits} key pair ${bob.info.fingerprint.short}.`,
  );
  const atAlice = await relayAll(
    run,
    publicKeyPacket(run.nextAddress('bob', 'broker-2'), 'Bob’s public key', bob.pair.spki),
    'bob',
    'alice',
    'Bob sends his public key towards Alice.',
  );
  const bobKey = fieldBytes(atAlice, 'public key');
  const info0 = await run.keyRegistry.describe(bobKey, 'rsa-public', 'RSA-OAEP');
  run.keyLearned(
    'alice',
    info0,
    'bob',
    `Alice stores ${info0.fingerprint.short} as Bob’s public key.`,
  );
  const key = await generateAesKey(config.aesBits);
  const info = await describeAesKey('session/alice', 'alice', key);
  run.keyGenerated(
    'alice',
    info,
    `Alice makes an AES-${key.bits} key ${info.fingerprint.short} for Bob alone.`,
  );
  const wrapped = await wrapAesKey(await importRsaOaepPublicKey(bobKey), key.raw);
  const atBob = await relayAll(
    run,
    wrappedKeyPacket(run.nextAddress('alice', 'broker-1'), wrapped),
    'alice',
    'bob',
    'Alice wraps it with Bob’s public key and sends it towards Bob.',
  );
  const raw = await unlessVerificationFails(() =>
    unwrapAesKey(bob.pair.privateKey, fieldBytes(atBob, 'wrapped key')),
  );
  if (!raw) throw new Error('Bob cannot unwrap the key Alice sent.');
  const bobs = {
    key: await importAesKey(raw),
    info: await run.keyRegistry.describe(raw, 'aes', 'AES-GCM'),
  };
  run.keyLearned(
    'bob',
    bobs.info,
    'alice',
    `Bob unwraps ${bobs.info.fingerprint.short}: only he and Alice hold it.`,
  );
  return new Map([
    ['alice', { key, info }],
    ['bob', bobs],
  ]);
}

/** Sends a packet hop by hop to `destination`, each broker passing it on unchanged; returns what arrives. */
async function relayAll(
  run: Run,
  first: Packet,
  origin: PartyId,
  destination: PartyId,
  narration: string,
): Promise<Packet> {
  let packet = withExtraField(first, routeField(origin, destination));
  let arrived = await run.transmit(packet, narration);
  while (arrived.to !== destination) {
    const relay = arrived.to;
    observe(run, relay, arrived);
    packet = { ...arrived, ...run.nextAddress(relay, nextHop(relay, destination)) };
    arrived = await run.transmit(
      packet,
      `${partyName(relay)} passes it on to ${partyName(packet.to)}.`,
    );
  }
  return arrived;
}

const seen = new WeakMap<Run, Map<PartyId, number>>();

/** What a relay sees of every packet, whether or not it can open it. */
function observe(run: Run, relay: PartyId, packet: Packet): void {
  const counts = seen.get(run) ?? new Map<PartyId, number>();
  seen.set(run, counts);
  const seq = (counts.get(relay) ?? 0) + 1;
  counts.set(relay, seq);
  const { origin, destination } = routeOf(packet);
  const bytes = packet.fields.reduce((sum, f) => sum + f.bytes.length, 0);
  run.emit({
    type: 'relayed',
    actor: relay,
    packet,
    metadata: { origin, destination, seq, bytes },
    narration: `${partyName(relay)} sees packet ${seq}: from ${partyName(origin)} to ${partyName(destination)}, ${bytes} bytes.`,
  });
}

/** One message from `from` to `to` across both brokers. */
async function sendThrough(
  run: Run,
  from: PartyId,
  to: PartyId,
  text: string,
  keys: Keys,
  hopByHop: boolean,
): Promise<void> {
  const protection = run.oscar.protection;
  const messageId = run.write(from, to, text);
  const own = keys.get(from) ?? null;
  const seal = async (key: SessionKey | null) => [
    routeField(from, to),
    ...(await sealMessage(text, key, protection, null)),
  ];
  let packet = messagePacket(
    run.nextAddress(from, nextHop(from, to)),
    messageId,
    await seal(own),
    true,
  );
  let arrived = await run.transmit(
    packet,
    `${partyName(from)} encrypts it under ${own?.info.fingerprint.short} and sends it to ${partyName(packet.to)}.`,
  );
  while (arrived.to !== to) {
    const relay = arrived.to;
    observe(run, relay, arrived);
    const relayKey = keys.get(relay) ?? null;
    const opened = relayKey ? await openMessage(arrived.fields, relayKey, protection) : null;
    const readable = opened?.ok ? tryUtf8(opened.plaintext) : null;
    if (readable !== null) {
      run.read(
        relay,
        messageId,
        readable,
        `${partyName(relay)} decrypts it with ${relayKey?.info.fingerprint.short} and reads: "${readable}"`,
      );
    }
    if (oscarInside(run, relay)) {
      run.emit({
        type: 'intercepted',
        actor: 'oscar',
        packet: arrived,
        action: { do: 'forward' },
        attempt:
          readable !== null
            ? { readable: true, text: readable, detail: 'The relay he is inside opens it.' }
            : {
                readable: false,
                detail:
                  'The relay he is inside holds no key that opens it: he sees who, when and how many bytes.',
              },
        narration:
          readable !== null
            ? `Oscar, inside ${partyName(relay)}, reads it too. Nobody can tell.`
            : `Oscar, inside ${partyName(relay)}, sees the route and the size, not the text.`,
      });
      if (readable !== null) run.read('oscar', messageId, readable, `Oscar reads: "${readable}"`);
    }
    const next = nextHop(relay, to);
    const fields = hopByHop ? await seal(relayKey) : [...arrived.fields];
    packet = messagePacket(run.nextAddress(relay, next), messageId, fields, true);
    arrived = await run.transmit(
      packet,
      hopByHop
        ? `${partyName(relay)} encrypts it again, with a fresh IV, and sends it on to ${partyName(next)}.`
        : `${partyName(relay)} passes the ciphertext on to ${partyName(next)}, unopened.`,
    );
  }
  const mine = keys.get(to) ?? null;
  const opened = await openMessage(arrived.fields, mine, protection);
  const text2 = opened.ok ? tryUtf8(opened.plaintext) : null;
  if (text2 === null)
    throw new Error(`${partyName(to)} cannot open the message: the relay keys do not match.`);
  run.read(to, messageId, text2, `${partyName(to)} decrypts it and reads: "${text2}"`);
}
