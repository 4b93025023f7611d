import { type EngineKey, type EngineText, say } from '../../text/messages/engine.ts';
import type { Packet, PacketKind } from '../packet-types.ts';
import type { PartyId } from '../parties.ts';
import type { Run } from '../run.ts';
import { wireName } from './packets.ts';

/**
 * One party's protocol state machine: which packet kinds each state accepts. A packet in a
 * state that does not accept it is refused, and the trace says so.
 */
export class Machine<S extends string> {
  private current: S;

  constructor(
    private readonly run: Run,
    readonly actor: PartyId,
    initial: S,
    private readonly accepts: Readonly<Record<S, readonly PacketKind[]>>,
  ) {
    this.current = initial;
  }

  get state(): S {
    return this.current;
  }

  move(to: S, on: EngineKey, narration: EngineText): void {
    const from = this.current;
    this.current = to;
    this.run.transition(this.actor, from, to, say(on), narration);
  }

  /** True when the current state expects this packet; otherwise records the refusal. */
  admits(packet: Packet): boolean {
    if (this.accepts[this.current].includes(packet.kind)) return true;
    this.run.emit({
      type: 'packet-refused',
      actor: this.actor,
      state: this.current,
      packet,
      narration: say('narration.refused-in-state', {
        actor: this.actor,
        state: this.current,
        packet: wireName(packet.kind),
      }),
    });
    return false;
  }
}
