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
import { agreeLinkKeys, LinkKeys } from '../relays/link-keys.ts';
import {
  oscarCopiesKeys,
  oscarInRelay,
  oscarInside,
  type Passing,
} from '../relays/oscar-inside.ts';
import { nextHop, routeField, routeOf } from '../relays/route.ts';
import type { Run } from '../run.ts';
import type { SessionKey } from '../session-keys.ts';
import { linkBetween, twoRelaysTopology } from '../topology.ts';
import { type Packet, type PartyId, partyName } from '../types.ts';
import type { Scenario } from './scenario.ts';

/**
 * Seed 002: Alice and Bob each talk to a broker; the brokers relay between them. Group key
 * (the seed): Broker 1 makes one key and it reaches all four parties. Hop by hop: a key per
 * link, and each broker opens a message with the key of the link it came in on and seals it
 * under the key of the next. End to end: Alice and Bob agree a key through the brokers, who
 * pass on bytes they cannot open and see only who, when and how much.
 */
export const relays: Scenario = {
  id: 'relays',
  title: 'Relays',
  topology: (config, plan) => twoRelaysTopology(plan, config.oscarAt),
  play: async (run) => {
    if (run.plan.presence === 'passive')
      run.oscarHolds(await run.keys.rsa('oscar', run.config.rsaBits));
    const mode = run.config.relayMode;
    const keys =
      mode === 'end-to-end'
        ? await endToEndKey(run)
        : await agreeLinkKeys(run, mode === 'hop-by-hop');
    for (const relay of ['broker-1', 'broker-2'])
      if (oscarInside(run, relay))
        oscarCopiesKeys(run, relay, heldBy(keys, relay), `Oscar is inside ${partyName(relay)}`);
    const victim = stolenFrom(run);
    if (victim)
      oscarCopiesKeys(
        run,
        victim,
        heldBy(keys, victim),
        `Oscar has copied the keys on ${partyName(victim)}’s computer`,
      );
    await sendThrough(run, 'alice', 'bob', run.config.message, keys);
    await sendThrough(run, 'bob', 'alice', BOB_REPLY, keys);
  },
};

type Keys = ReadonlyMap<PartyId, SessionKey>;

function heldBy(keys: Keys | LinkKeys, party: PartyId): SessionKey[] {
  if (keys instanceof LinkKeys) return keys.heldBy(party);
  const key = keys.get(party);
  return key ? [key] : [];
}

/** Whose keys Oscar copied before the run, when his plan says so. */
function stolenFrom(run: Run): PartyId | null {
  const { plan } = run;
  return (plan.presence === 'passive' || plan.presence === 'forge') && plan.stolenFrom
    ? plan.stolenFrom
    : null;
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

/**
 * One message from `from` to `to` across both brokers. Hop by hop, each hop is sealed under
 * the key of its link and each broker opens it with the key of the link it came in on; end to
 * end, it is sealed once for `to` and the brokers pass its bytes on.
 */
async function sendThrough(
  run: Run,
  from: PartyId,
  to: PartyId,
  text: string,
  keys: Keys | LinkKeys,
): Promise<void> {
  const protection = run.oscar.protection;
  const messageId = run.write(from, to, text);
  const keyFor = (party: PartyId, peer: PartyId): SessionKey | null =>
    keys instanceof LinkKeys
      ? keys.forLink(party, linkBetween(run.topology, party, peer))
      : (keys.get(party) ?? null);
  const seal = async (plain: string, key: SessionKey | null) => [
    routeField(from, to),
    ...(await sealMessage(plain, key, protection, null)),
  ];
  const first = nextHop(from, to);
  const own = keyFor(from, first);
  let arrived = await run.transmit(
    messagePacket(run.nextAddress(from, first), messageId, await seal(text, own), true),
    `${partyName(from)} encrypts it under ${own?.info.fingerprint.short} and sends it to ${partyName(first)}.`,
  );
  while (arrived.to !== to) {
    const relay = arrived.to;
    observe(run, relay, arrived);
    const inKey = keys instanceof LinkKeys ? keyFor(relay, arrived.from) : null;
    let passing: Passing = { text: null, fields: arrived.fields };
    if (inKey) {
      const read = await receive(run, relay, arrived, inKey);
      if (read === null) return;
      passing = { text: read, fields: arrived.fields };
    }
    if (oscarInside(run, relay)) passing = oscarInRelay(run, relay, arrived, passing);
    const next = nextHop(relay, to);
    const outKey = keyFor(relay, next);
    const reseal = passing.text !== null && inKey !== null;
    const fields = reseal ? await seal(passing.text ?? '', outKey) : [...passing.fields];
    arrived = await run.transmit(
      messagePacket(run.nextAddress(relay, next), messageId, fields, true),
      reseal
        ? outKey?.info.fingerprint.hex === inKey?.info.fingerprint.hex
          ? `${partyName(relay)} encrypts it again under the same key ${outKey?.info.fingerprint.short}, with a fresh IV, and sends it on to ${partyName(next)}.`
          : `${partyName(relay)} encrypts it under the key of its link to ${partyName(next)}, ${outKey?.info.fingerprint.short}, and sends it on.`
        : `${partyName(relay)} passes the ciphertext on to ${partyName(next)}, unopened.`,
    );
  }
  await receive(run, to, arrived, keyFor(to, arrived.from));
}

/**
 * `party` opens a message that arrived and reads it, or rejects it when its check fails (a
 * GCM tag that does not verify under the key of the link, or of the conversation).
 */
async function receive(
  run: Run,
  party: PartyId,
  packet: Packet,
  key: SessionKey | null,
): Promise<string | null> {
  const messageId = packet.messageId ?? packet.id;
  const opened = await openMessage(packet.fields, key, run.oscar.protection);
  const text = opened.ok ? tryUtf8(opened.plaintext) : null;
  if (!opened.ok || text === null) {
    const reason = opened.ok ? 'the decrypted bytes are not text' : opened.reason;
    run.emit({
      type: 'check',
      actor: party,
      check: opened.ok ? 'text' : opened.check,
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: `${partyName(party)} checks it with ${key?.info.fingerprint.short ?? 'no key'}: ${reason}.`,
    });
    run.emit({
      type: 'message-rejected',
      actor: party,
      messageId,
      reason,
      narration: `${partyName(party)} throws it away.`,
    });
    return null;
  }
  run.read(
    party,
    messageId,
    text,
    `${partyName(party)} decrypts it with ${key?.info.fingerprint.short} and reads: "${text}"`,
  );
  return text;
}
