import { bytesEqual } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { importVerifyKey } from '../crypto/signatures.ts';
import { signatureScheme } from './exchange/verify-keys.ts';
import { KeyRegistry } from './key-registry.ts';
import type { KeyCache, RsaIdentity } from './keyring.ts';
import { type OscarHoldings, oscarTriesToRead } from './oscar.ts';
import { ManInTheMiddle } from './oscar-mitm.ts';
import { forgeMessage, isFirstMessage, tamperWith } from './oscar-tamper.ts';
import { describeLayout, fieldBytes } from './packets.ts';
import {
  type KeyInfo,
  type OscarPlan,
  PARTY_NAMES,
  type Packet,
  type PartyId,
  type ScenarioConfig,
  type TraceEvent,
} from './types.ts';

/**
 * One run of a scenario: records events in order and carries packets over the wire,
 * past Oscar when he is present. Scenarios drive it; it never decides an outcome.
 */
export class Run {
  readonly events: TraceEvent[] = [];
  readonly keyRegistry = new KeyRegistry();
  /** What a passive Oscar holds to try on the packets he copies. */
  readonly oscar: OscarHoldings;
  private readonly mitm: ManInTheMiddle | null;
  private packets = 0;
  private messages = 0;
  private readonly written = new Map<string, string>();

  constructor(
    readonly plan: OscarPlan,
    readonly config: ScenarioConfig,
    readonly keys: KeyCache,
  ) {
    this.mitm = plan.presence === 'mitm' ? new ManInTheMiddle(this) : null;
    this.oscar = {
      rsa: [],
      aes: [],
      verifyKeys: new Map(),
      guesses: plan.presence === 'passive' ? (plan.guesses ?? []) : [],
      protection: { cipher: config.cipher, placement: config.signaturePlacement },
    };
  }

  get oscarPresent(): boolean {
    return this.plan.presence !== 'off';
  }

  emit(event: TraceEvent): void {
    this.events.push(event);
  }

  joined(...parties: PartyId[]): void {
    for (const actor of parties) {
      this.emit({ type: 'joined', actor, narration: `${PARTY_NAMES[actor]} joined the network.` });
    }
  }

  /** The key is registered, so that wherever it turns up later it is known for whose it really is. */
  keyGenerated(actor: PartyId, key: KeyInfo, narration: string): void {
    this.keyRegistry.register(key);
    this.emit({ type: 'key-generated', actor, key, narration });
  }

  keyLearned(
    actor: PartyId,
    key: KeyInfo,
    believedOwner: PartyId | 'shared',
    narration: string,
  ): void {
    this.emit({ type: 'key-learned', actor, key, believedOwner, narration });
  }

  /** Oscar brings his own RSA key pair: he will try it on everything he copies. */
  oscarHolds(identity: RsaIdentity): void {
    this.oscar.rsa.push(identity);
    this.keyGenerated(
      'oscar',
      identity.info,
      `Oscar has an RSA-${identity.pair.bits} key pair of his own, ${identity.info.fingerprint.short}.`,
    );
  }

  nextAddress(from: PartyId, to: PartyId): { id: string; from: PartyId; to: PartyId } {
    this.packets++;
    return { id: `p${this.packets}`, from, to };
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
      narration: `${PARTY_NAMES[from]} writes to ${PARTY_NAMES[to]}: "${text}"`,
    });
    return messageId;
  }

  /** Records that `actor` read `text` as message `messageId`, and whether it is what was written. */
  read(actor: PartyId, messageId: string, text: string, narration: string): void {
    const original = this.written.get(messageId);
    const genuine = original !== undefined && bytesEqual(utf8Encode(original), utf8Encode(text));
    this.emit({ type: 'message-read', actor, messageId, text, genuine, narration });
  }

  /** Sends a packet; returns it as it arrives, which is not always as it left. */
  async transmit(packet: Packet, narration: string): Promise<Packet> {
    this.emit({ type: 'packet-sent', actor: packet.from, packet, narration });
    let arriving = packet;
    if (packet.channel === 'wire' && this.mitm) arriving = await this.mitm.intercept(packet);
    else if (
      packet.channel === 'wire' &&
      this.plan.presence === 'tamper' &&
      isFirstMessage(packet)
    ) {
      arriving = await tamperWith(this, packet, this.plan);
    } else if (
      packet.channel === 'wire' &&
      this.plan.presence === 'forge' &&
      isFirstMessage(packet)
    ) {
      arriving = await forgeMessage(this, packet, this.plan);
    } else if (packet.channel === 'wire' && this.oscarPresent) await this.copyPassively(packet);
    this.emit({
      type: 'packet-delivered',
      actor: packet.to,
      packet: arriving,
      narration: `${PARTY_NAMES[packet.to]} receives ${arriving.label} (${describeLayout(arriving)}).`,
    });
    return arriving;
  }

  private async copyPassively(packet: Packet): Promise<void> {
    if (packet.kind === 'verify-key' && this.config.signatures !== 'off') {
      const scheme = await signatureScheme(this.config.signatures);
      this.oscar.verifyKeys.set(
        packet.from,
        await importVerifyKey(scheme, fieldBytes(packet, 'public key')),
      );
    }
    const attempt = await oscarTriesToRead(packet, this.oscar);
    this.emit({
      type: 'intercepted',
      actor: 'oscar',
      packet,
      action: { do: 'forward' },
      attempt,
      narration: `Oscar copies ${packet.label} from ${PARTY_NAMES[packet.from]} to ${PARTY_NAMES[packet.to]} and tries to read it. ${attempt.detail}`,
    });
    if (attempt.readable && attempt.text !== undefined && packet.messageId) {
      this.read('oscar', packet.messageId, attempt.text, `Oscar reads: "${attempt.text}"`);
    }
  }
}
