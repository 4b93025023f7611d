import { generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import { BOB_REPLY } from '../conversation.ts';
import { describeAesKey } from '../keyring.ts';
import { openMessage, sealMessage } from '../message-codec.ts';
import type { OscarPlan } from '../oscar/plan.ts';
import type { TamperOptions } from '../oscar/tamperer.ts';
import type { Packet } from '../packet-types.ts';
import {
  fieldBytes,
  messagePacket,
  publicKeyPacket,
  withExtraField,
  wrappedKeyPacket,
} from '../packets.ts';
import type { PartyId } from '../parties.ts';
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
  topology: (config, plan) => twoRelaysTopology(plan, config.oscarAt),
  play: async (run, plan) => {
    if (plan.presence === 'passive')
      run.oscarHolds(await run.keys.rsa('oscar', run.config.rsaBits));
    const mode = run.config.relayMode;
    const keys =
      mode === 'end-to-end'
        ? await endToEndKey(run)
        : await agreeLinkKeys(run, mode === 'hop-by-hop');
    for (const relay of ['broker-1', 'broker-2'])
      if (oscarInside(run, relay))
        oscarCopiesKeys(run, relay, heldBy(keys, relay), { inside: relay });
    const victim = stolenFrom(plan);
    if (victim) oscarCopiesKeys(run, victim, heldBy(keys, victim), { stolenFrom: victim });
    const tamper = plan.presence === 'tamper' ? plan : null;
    await sendThrough(run, 'alice', 'bob', run.config.message, keys, tamper);
    await sendThrough(run, 'bob', 'alice', BOB_REPLY, keys, tamper);
  },
};

type Keys = ReadonlyMap<PartyId, SessionKey>;

function heldBy(keys: Keys | LinkKeys, party: PartyId): SessionKey[] {
  if (keys instanceof LinkKeys) return keys.heldBy(party);
  const key = keys.get(party);
  return key ? [key] : [];
}

/** Whose keys Oscar copied before the run, when his plan says so. */
function stolenFrom(plan: OscarPlan): PartyId | null {
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
    say('narration.rsa-key-pair', {
      actor: 'bob',
      bits: String(config.rsaBits),
      fingerprint: bob.info.fingerprint.short,
    }),
  );
  const atAlice = await relayAll(
    run,
    publicKeyPacket(
      run.nextAddress('bob', 'broker-2'),
      say('packet.public-key', { owner: 'bob' }),
      bob.pair.spki,
    ),
    'bob',
    'alice',
    say('narration.sends-towards', { actor: 'bob', to: 'alice' }),
  );
  const bobKey = fieldBytes(atAlice, 'public key');
  const info0 = await run.keyRegistry.describe(bobKey, 'rsa-public', 'RSA-OAEP');
  run.keyLearned(
    'alice',
    info0,
    'bob',
    say('narration.stores-public-key-named', {
      actor: 'alice',
      fingerprint: info0.fingerprint.short,
      owner: 'bob',
    }),
  );
  const key = await generateAesKey(config.aesBits);
  const info = await describeAesKey('session/alice', 'alice', key);
  run.keyGenerated(
    'alice',
    info,
    say('narration.makes-key-for', {
      actor: 'alice',
      bits: String(key.bits),
      fingerprint: info.fingerprint.short,
      peer: 'bob',
    }),
  );
  const wrapped = await wrapAesKey(await importRsaOaepPublicKey(bobKey), key.raw);
  const atBob = await relayAll(
    run,
    wrappedKeyPacket(run.nextAddress('alice', 'broker-1'), wrapped),
    'alice',
    'bob',
    say('narration.wraps-towards', { actor: 'alice', to: 'bob' }),
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
    say('narration.unwraps-shared', {
      actor: 'bob',
      fingerprint: bobs.info.fingerprint.short,
      peer: 'alice',
    }),
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
  narration: EngineText,
): Promise<Packet> {
  let packet = withExtraField(first, routeField(origin, destination));
  let arrived = await run.transmit(packet, narration);
  while (arrived.to !== destination) {
    const relay = arrived.to;
    observe(run, relay, arrived);
    packet = { ...arrived, ...run.nextAddress(relay, nextHop(relay, destination)) };
    arrived = await run.transmit(
      packet,
      say('narration.passes-on', { actor: relay, to: packet.to }),
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
    narration: say('narration.relay-sees', {
      actor: relay,
      seq: String(seq),
      from: origin,
      to: destination,
      size: bytes,
    }),
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
  tamper: TamperOptions | null,
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
    say('narration.encrypts-sends-to', {
      actor: from,
      fingerprint: own?.info.fingerprint.short ?? '',
      to: first,
    }),
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
    if (oscarInside(run, relay)) passing = oscarInRelay(run, relay, arrived, passing, tamper);
    const next = nextHop(relay, to);
    const outKey = keyFor(relay, next);
    const reseal = passing.text !== null && inKey !== null;
    const fields = reseal ? await seal(passing.text ?? '', outKey) : [...passing.fields];
    arrived = await run.transmit(
      messagePacket(run.nextAddress(relay, next), messageId, fields, true),
      say(
        !reseal
          ? 'narration.passes-ciphertext'
          : outKey?.info.fingerprint.hex === inKey?.info.fingerprint.hex
            ? 'narration.re-encrypts-same'
            : 'narration.re-encrypts-link',
        { actor: relay, to: next, fingerprint: outKey?.info.fingerprint.short ?? '' },
      ),
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
    const reason = opened.ok ? say('reason.decrypted-not-text') : opened.reason;
    run.emit({
      type: 'check',
      actor: party,
      check: opened.ok ? 'text' : opened.check,
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: say('narration.checks-with-key', {
        actor: party,
        fingerprint: key?.info.fingerprint.short ?? 'none',
        reason,
      }),
    });
    run.emit({
      type: 'message-rejected',
      actor: party,
      messageId,
      reason,
      narration: say('narration.throws-away', { actor: party }),
    });
    return null;
  }
  run.read(
    party,
    messageId,
    text,
    say('narration.decrypts-and-reads', {
      actor: party,
      fingerprint: key?.info.fingerprint.short ?? '',
      text,
    }),
  );
  return text;
}
