import { type EngineText, say } from '../../text/messages/engine.ts';
import type { OscarAction } from '../events.ts';
import type { Packet } from '../packet-types.ts';
import type { Interception, Interceptor, OscarContext } from './context.ts';
import { copyAndForward, readLater } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { ManInTheMiddle } from './in-the-middle/man-in-the-middle.ts';

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
