import { type EngineText, say } from '../../text/messages/engine.ts';
import { oscarTriesToRead } from '../oscar.ts';
import { ManInTheMiddle } from '../oscar-mitm.ts';
import type { OscarAction, Packet } from '../types.ts';
import { copyAndForward, readLater } from './first-message.ts';
import type { Interception, Interceptor, OscarContext } from './strategy.ts';

/** The families of Oscar's moves, as the page lists them. */
export type MoveGroup = 'key' | 'handshake' | 'certificate' | 'message' | 'afterwards';

export const MOVE_GROUPS: Readonly<Record<MoveGroup, EngineText>> = {
  key: say('move.group.key'),
  handshake: say('move.group.handshake'),
  certificate: say('move.group.certificate'),
  message: say('move.group.message'),
  afterwards: say('move.group.afterwards'),
};

/** What a man in the middle keeps doing once he holds a key: the packets that follow from it. */
const CONSEQUENCES: readonly Packet['kind'][] = [
  'wrapped-key',
  'encrypted-message',
  'message',
  'safety-number',
];

/**
 * What Oscar holds during one scripted run, shared by the moves of that run: the packets he
 * saw and the man in the middle once a move has swapped a key. A
 * move that takes the conversation over (a swapped key, an answered HELLO) leaves a
 * `followUp`: it decides about every later packet that has no step of its own.
 */
export class SearchHand {
  followUp: Interceptor | null = null;
  private middle: ManInTheMiddle | null = null;

  constructor(readonly context: OscarContext) {}

  /** The man in the middle of this run, made on first use; it keeps the keys he swaps. */
  mitm(): ManInTheMiddle {
    if (!this.middle) {
      this.middle = new ManInTheMiddle(this.context);
      for (const packet of this.context.seen) this.middle.observe(packet);
    }
    const middle = this.middle;
    // Once he holds a key, what follows from it is his to read and re-encrypt; a later key
    // or certificate is a move of its own.
    this.followUp ??= async (packet) =>
      CONSEQUENCES.includes(packet.kind) ? middle.intercept(packet) : this.copy(packet);
    return middle;
  }

  /** What he does with a packet no step is about: what a move set up, or copy and pass it. */
  async pass(packet: Packet): Promise<Interception> {
    this.middle?.observe(packet);
    if (this.followUp) return this.followUp(packet);
    return this.copy(packet);
  }

  private async copy(packet: Packet): Promise<Interception> {
    return copyAndForward(this.context, packet, await oscarTriesToRead(packet, this.context.oscar));
  }
}

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
  readonly scenarios: readonly string[];
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

/** He reads what he can of the packet, then does `action` with it; `detail` says what. */
export async function actAndRead(
  hand: SearchHand,
  packet: Packet,
  action: OscarAction,
  detail: EngineText,
): Promise<Interception> {
  const reading = await oscarTriesToRead(packet, hand.context.oscar);
  return {
    action,
    attempt: {
      ...reading,
      detail: say('detail.and-then', { first: reading.detail, next: detail }),
    },
    ...readLater(hand.context, packet, reading),
  };
}
