import { type EngineText, say } from '../../text/messages/engine.ts';
import type { Packet } from '../packet-types.ts';
import type { ScenarioId } from '../scenarios/names.ts';
import type { Interception } from './context.ts';
import type { SearchHand } from './search-hand.ts';

/** The families of Oscar's moves, as the page lists them. */
export type MoveGroup = 'key' | 'handshake' | 'certificate' | 'message' | 'afterwards';

export const MOVE_GROUPS: Readonly<Record<MoveGroup, EngineText>> = {
  key: say('move.group.key'),
  handshake: say('move.group.handshake'),
  certificate: say('move.group.certificate'),
  message: say('move.group.message'),
  afterwards: say('move.group.afterwards'),
};

/**
 * One move Oscar may make, declared by the strategy module that knows how (its
 * `searchMoves`): the best-attack search reads them from the strategy registry, so a new
 * strategy's moves are searched without touching the search.
 */
export interface SearchMove {
  /** Stable, for scripts and links: "swap-key", "present:expired", "replay". */
  readonly id: string;
  readonly group: MoveGroup;
  /** The scenarios it can act in; the search runs each scenario some move names. */
  readonly scenarios: readonly ScenarioId[];
  /**
   * Whether it can act on this packet, given the packets he intercepted before it. Absent: a
   * move made after the conversation.
   */
  readonly fits?: (packet: Packet, seen: readonly Packet[]) => boolean;
  /** Carries the move out on `packet`; present with `fits`. */
  readonly act?: (hand: SearchHand, packet: Packet) => Promise<Interception>;
  /** After the conversation: what the move does with what he recorded. */
  readonly later?: (hand: SearchHand) => Promise<void>;
  /** One numbered step, Verifpal's way: "Oscar replaces Bob’s public value with his own". */
  readonly says: (packet: Packet | null) => EngineText;
  /** The defence that would stop this step, in words. */
  readonly stoppedBy: EngineText;
}

/** An application message Alice or Bob wrote (not one Oscar made). */
export function isMessage(packet: Packet): boolean {
  return packet.messageId !== undefined && !packet.forgedBy;
}

/** "Alice’s message m1" for a step's sentence. */
export function messageName(packet: Packet | null): EngineText {
  if (!packet) return say('move.a-message');
  return say('move.message-name', { sender: packet.from, id: packet.messageId ?? packet.id });
}
