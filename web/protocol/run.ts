import { type Bytes, bytesEqual } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { type EngineText, say } from '../text/messages/engine.ts';
import type { ScenarioConfig } from './config-types.ts';
import { arrivalsFor } from './delivery.ts';
import type { TagForgery, TraceEvent } from './events.ts';
import { KeyRegistry } from './key-registry.ts';
import type { KeyCache, KeyOwner, RsaIdentity } from './keyring.ts';
import { knowledgeAt } from './knowledge.ts';
import type { Interceptor, OscarContext, StrategyAtWork } from './oscar/context.ts';
import type { OscarHoldings } from './oscar/holdings.ts';
import type { KeyInfo, Packet } from './packet-types.ts';
import { type Addressing, describeLayout, fieldBytes } from './packets.ts';
import type { PartyId, Topology } from './parties.ts';
import { type StolenKey, stealFrom } from './theft.ts';
import { linkBetween, networkParties } from './topology.ts';

/** More deliveries than any scenario makes: a strategy that delays forever is a bug. */
const MAX_DELIVERIES = 500;

/**
 * One run of a scenario: records events in order and carries packets over the links of its
 * topology, past Oscar where he taps one. Scenarios drive it; it never decides an outcome.
 */
/**
 * Waited for before each packet goes on the wire. The page passes `nextTask`, which yields to
 * the browser: WebCrypto may answer within the same task, so without it a whole run is one long
 * task. The engine never depends on it; its result is the same with or without.
 */
export type Pace = () => Promise<void>;

export class Run implements OscarContext {
  readonly events: TraceEvent[] = [];
  readonly keyRegistry = new KeyRegistry();
  /** What Oscar holds to try on the packets he copies. */
  readonly oscar: OscarHoldings;
  readonly seen: Packet[] = [];
  private readonly strategy: StrategyAtWork | null;
  private interceptor: Interceptor | null;
  private timePassed = false;
  private readonly queue: Packet[] = [];
  private packets = 0;
  private messages = 0;
  private readonly written = new Map<string, string>();

  /**
   * `presence`: the plan's, 'off' or the id of Oscar's strategy; `strategy`: that strategy,
   * given its options by the caller. It works on a link he taps; inside a relay the scenario
   * plays his part.
   */
  constructor(
    readonly presence: string,
    strategy: StrategyAtWork | null,
    readonly config: ScenarioConfig,
    readonly keys: KeyCache,
    readonly topology: Topology,
    private readonly pace: Pace | null = null,
  ) {
    this.oscar = {
      rsa: [],
      aes: [],
      verifyKeys: new Map(),
      sessionNonces: [],
      guesses: [],
      protection: {
        cipher: config.cipher,
        placement: config.signatures === 'off' ? 'clear' : config.signaturePlacement,
      },
    };
    const onLink = topology.oscar?.on === 'link';
    this.strategy = onLink ? strategy : null;
    this.interceptor = this.strategy ? this.strategy.start(this) : null;
  }

  /** After the scenario has played: time passes, unless the scenario already let it. */
  async finish(): Promise<void> {
    if (!this.timePassed) await this.timePasses();
  }

  /**
   * The session is over and time passes, when Oscar's strategy does something later: Alice
   * and Bob erase the keys made for the session, then Oscar acts on what he recorded. True
   * when he also has a plan for the sessions that follow (his new interceptor is in place).
   */
  async timePasses(): Promise<boolean> {
    this.timePassed = true;
    if (!this.strategy?.later) return false;
    this.eraseSessionKeys();
    const next = await this.strategy.later(this);
    if (!next) return false;
    this.interceptor = next;
    return true;
  }

  /** Every party but Oscar erases the secret keys it made or received for this session only. */
  private eraseSessionKeys(): void {
    const knowledge = knowledgeAt(this.events, this.events.length);
    for (const party of this.topology.parties) {
      if (party.id === 'oscar') continue;
      for (const held of knowledge.of(party.id).keys) {
        const secret = held.hasPrivate || held.key.kind === 'aes';
        if (held.erased || !secret || held.key.lifetime !== 'session') continue;
        this.emit({
          type: 'key-erased',
          actor: party.id,
          key: held.key,
          narration: say('narration.key-erased', {
            actor: party.id,
            kind: held.key.kind,
            fingerprint: held.key.fingerprint.short,
          }),
        });
      }
    }
  }

  breakInto(party: KeyOwner): Promise<StolenKey[]> {
    return stealFrom(this.events, this.keys, this.config, party);
  }

  phase(title: EngineText, narration: EngineText): void {
    this.emit({ type: 'phase', actor: 'oscar', title, narration });
  }

  recoveredPlaintext(messageId: string, bytes: Bytes, total: number, narration: EngineText): void {
    this.emit({ type: 'plaintext-recovered', actor: 'oscar', messageId, bytes, total, narration });
  }

  forgedTag(forgery: TagForgery, narration: EngineText): void {
    this.emit({ type: 'tag-forged', actor: 'oscar', ...forgery, narration });
  }

  get oscarPresent(): boolean {
    return this.presence !== 'off';
  }

  emit(event: TraceEvent): void {
    this.events.push(event);
  }

  /** Everyone on the network joins it, in the topology's order: the run's first events. */
  joinNetwork(): void {
    for (const { id: actor } of networkParties(this.topology)) {
      this.emit({ type: 'joined', actor, narration: say('narration.joined', { actor }) });
    }
  }

  /** The key is registered, so that wherever it turns up later it is known for whose it really is. */
  keyGenerated(actor: PartyId, key: KeyInfo, narration: EngineText): void {
    this.keyRegistry.register(key);
    this.emit({ type: 'key-generated', actor, key, narration });
  }

  keyLearned(
    actor: PartyId,
    key: KeyInfo,
    believedOwner: PartyId | 'shared',
    narration: EngineText,
  ): void {
    this.emit({ type: 'key-learned', actor, key, believedOwner, narration });
  }

  keyStolen(key: KeyInfo, from: PartyId, narration: EngineText): void {
    this.emit({
      type: 'key-learned',
      actor: 'oscar',
      key,
      believedOwner: from,
      privateHalf: key.kind !== 'aes',
      narration,
    });
  }

  keyTried(
    key: KeyInfo,
    packetId: string,
    opened: boolean,
    detail: EngineText,
    narration: EngineText,
  ) {
    this.emit({ type: 'key-tried', actor: 'oscar', key, packetId, opened, detail, narration });
  }

  /** Oscar brings his own RSA key pair: he will try it on everything he copies. */
  oscarHolds(identity: RsaIdentity): void {
    this.oscar.rsa.push(identity);
    this.keyGenerated(
      'oscar',
      identity.info,
      say('narration.oscar-key-pair', {
        actor: 'oscar',
        bits: String(identity.pair.bits),
        fingerprint: identity.info.fingerprint.short,
      }),
    );
  }

  nextAddress(from: PartyId, to: PartyId): Addressing {
    this.packets++;
    return { id: `p${this.packets}`, from, to, link: linkBetween(this.topology, from, to) };
  }

  /** Records that `from` writes `text` for `to`; returns the message id. */
  write(from: PartyId, to: PartyId, text: string): string {
    this.messages++;
    const messageId = `m${this.messages}`;
    this.written.set(messageId, text);
    this.emit({
      type: 'message-written',
      actor: from,
      to,
      messageId,
      text,
      narration: say('narration.writes', { actor: from, to, text }),
    });
    return messageId;
  }

  /** Records that `actor` read `text` as message `messageId`, and whether it is what was written. */
  read(actor: PartyId, messageId: string, text: string, narration: EngineText): void {
    const original = this.written.get(messageId);
    const genuine = original !== undefined && bytesEqual(utf8Encode(original), utf8Encode(text));
    this.emit({ type: 'message-read', actor, messageId, text, genuine, narration });
  }

  /** A party's protocol state machine moves from one state to another. */
  transition(
    actor: PartyId,
    from: string,
    to: string,
    on: EngineText,
    narration: EngineText,
  ): void {
    this.emit({ type: 'state', actor, from, to, on, narration });
  }

  /**
   * Sends a packet and returns what arrives, at once: none, the packet, a changed one, or
   * several when Oscar adds his own. For conversations that wait for each packet.
   */
  async send(packet: Packet, narration: EngineText): Promise<Packet[]> {
    this.emit({ type: 'packet-sent', actor: packet.from, packet, narration });
    const arriving = await this.pass(packet);
    if (arriving === 'delay') throw new Error('This conversation cannot hold a packet back.');
    for (const p of arriving) this.delivered(p);
    return arriving;
  }

  /**
   * Sends a packet that the sender waits for: the straight-line conversations need exactly
   * one packet to arrive, and only strategies that forward, change or replace are offered there.
   */
  async transmit(packet: Packet, narration: EngineText): Promise<Packet> {
    const arriving = await this.send(packet, narration);
    const [only] = arriving;
    if (arriving.length !== 1 || !only || only.to !== packet.to)
      throw new Error(
        `${packet.to} waits for ${packet.kind} ${packet.id}, but ${arriving.length} packets arrived: this scenario does not support that strategy.`,
      );
    return only;
  }

  /** Puts a packet on its link; `deliverQueued` carries it, in order of sending. */
  post(packet: Packet, narration: EngineText): void {
    this.emit({ type: 'packet-sent', actor: packet.from, packet, narration });
    this.queue.push(packet);
  }

  /** Carries queued packets one at a time and hands each arrival to `receive`, until none are left. */
  async deliverQueued(receive: (packet: Packet) => Promise<void>): Promise<void> {
    for (let step = 0; this.queue.length > 0; step++) {
      if (step > MAX_DELIVERIES)
        throw new Error('Packets keep circulating: a strategy never lets go.');
      const packet = this.queue.shift() as Packet;
      const arriving = await this.pass(packet);
      if (arriving === 'delay') {
        this.queue.push(packet);
        continue;
      }
      for (const p of arriving) {
        this.delivered(p);
        await receive(p);
      }
    }
  }

  private delivered(packet: Packet): void {
    this.emit({
      type: 'packet-delivered',
      actor: packet.to,
      packet,
      narration: say('narration.receives', {
        actor: packet.to,
        packet: packet.label,
        layout: describeLayout(packet),
      }),
    });
  }

  private tapped(packet: Packet): boolean {
    const at = this.topology.oscar;
    return packet.channel === 'wire' && at?.on === 'link' && at.link === packet.link;
  }

  /** What arrives of a packet: itself, unless Oscar taps its link and decides otherwise. */
  private async pass(packet: Packet): Promise<Packet[] | 'delay'> {
    if (this.pace) await this.pace();
    if (!this.interceptor || !this.tapped(packet)) return [packet];
    const decision = await this.interceptor(packet);
    this.seen.push(packet);
    if (packet.kind === 'session-nonce')
      this.oscar.sessionNonces.push({ from: packet.from, nonce: fieldBytes(packet, 'nonce') });
    const arrivals = arrivalsFor(decision.action, packet, this.seen);
    // What the recipient gets in place of what was sent: for the inspector and the sprite.
    const { action } = decision;
    const changed =
      action.do === 'replace'
        ? action.with
        : action.do === 'modify' && arrivals !== 'delay'
          ? arrivals[0]
          : undefined;
    this.emit({
      type: 'intercepted',
      actor: 'oscar',
      packet,
      action,
      attempt: decision.attempt,
      ...(changed ? { result: changed } : {}),
      narration:
        decision.narration ??
        say('narration.catches', {
          actor: 'oscar',
          packet: packet.label,
          from: packet.from,
          to: packet.to,
          detail: decision.attempt.detail,
        }),
    });
    decision.learned?.();
    return arrivals;
  }
}
