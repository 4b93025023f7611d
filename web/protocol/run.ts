import { bytesEqual } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import type { RsaIdentity } from './keyring.ts';
import type { OscarHoldings } from './oscar.ts';
import { oscarTriesToRead } from './oscar.ts';
import { describeLayout } from './packets.ts';
import {
  type KeyInfo,
  type OscarPlan,
  PARTY_NAMES,
  type Packet,
  type PartyId,
  type TraceEvent,
} from './types.ts';

/**
 * One run of a scenario: records events in order and carries packets over the wire,
 * past Oscar when he is present. Scenarios drive it; it never decides an outcome.
 */
export class Run {
  readonly events: TraceEvent[] = [];
  private packets = 0;
  private messages = 0;
  private readonly written = new Map<string, string>();

  readonly oscar: OscarHoldings = { rsa: [], aes: [] };

  constructor(readonly plan: OscarPlan) {}

  get oscarPresent(): boolean {
    return this.plan.presence !== 'off';
  }

  /** Oscar brings his own key pair: he will try it on everything he copies. */
  oscarHolds(identity: RsaIdentity): void {
    this.oscar.rsa.push(identity);
    this.keyGenerated(
      'oscar',
      identity.info,
      `Oscar has an RSA-${identity.pair.bits} key pair of his own, ${identity.info.fingerprint.short}. He will try it on whatever he copies.`,
    );
  }

  emit(event: TraceEvent): void {
    this.events.push(event);
  }

  joined(...parties: PartyId[]): void {
    for (const actor of parties) {
      this.emit({ type: 'joined', actor, narration: `${PARTY_NAMES[actor]} joined the network.` });
    }
  }

  keyGenerated(actor: PartyId, key: KeyInfo, narration: string): void {
    this.emit({ type: 'key-generated', actor, key, narration });
  }

  keyLearned(
    actor: PartyId,
    key: KeyInfo,
    believedOwner: KeyInfo['owner'],
    narration: string,
  ): void {
    this.emit({ type: 'key-learned', actor, key, believedOwner, narration });
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

  /** Sends a packet over the wire; returns it as it arrives. */
  async transmit(packet: Packet, narration: string): Promise<Packet> {
    this.emit({ type: 'packet-sent', actor: packet.from, packet, narration });
    if (this.oscarPresent) await this.passOscar(packet);
    this.emit({
      type: 'packet-delivered',
      actor: packet.to,
      packet,
      narration: `${PARTY_NAMES[packet.to]} receives ${packet.label} (${describeLayout(packet)}).`,
    });
    return packet;
  }

  private async passOscar(packet: Packet): Promise<void> {
    const attempt = await oscarTriesToRead(packet, this.oscar);
    const opening = `Oscar copies ${packet.label} from ${PARTY_NAMES[packet.from]} to ${PARTY_NAMES[packet.to]}: "Not for me, but I'll try to read it."`;
    this.emit({
      type: 'intercepted',
      actor: 'oscar',
      packet,
      action: { do: 'forward' },
      attempt,
      narration: `${opening} ${attempt.detail}`,
    });
    if (attempt.readable && attempt.text !== undefined && packet.messageId) {
      this.read('oscar', packet.messageId, attempt.text, `Oscar reads: "${attempt.text}"`);
    }
  }
}
