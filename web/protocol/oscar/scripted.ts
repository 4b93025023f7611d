import type { Packet } from '../types.ts';
import { SearchHand, type SearchMove } from './search-move.ts';
import type { Interception, OscarStrategy } from './strategy.ts';

/**
 * Oscar follows a script (the plan's `steps`): on the n-th packet he intercepts, the move its
 * step names; on every other packet, whatever an earlier move set up, else he copies it and
 * lets it through. Steps without a packet run after the conversation.
 */
export function scriptedOver(moves: () => readonly SearchMove[]): OscarStrategy {
  const searchMove = (id: string): SearchMove => {
    const move = moves().find((m) => m.id === id);
    if (!move) throw new Error(`No strategy declares the search move “${id}”.`);
    return move;
  };
  const actOn = (hand: SearchHand, id: string, packet: Packet): Promise<Interception> => {
    const move = searchMove(id);
    if (!move.act || !move.fits?.(packet, hand.context.seen))
      throw new Error(`The move “${id}” cannot act on ${packet.label}.`);
    return move.act(hand, packet);
  };
  return {
    label: 'follows a script of moves (the best-attack search)',
    gridRow: false,
    get scenarios() {
      return [...new Set(moves().flatMap((m) => m.scenarios))];
    },
    start: (context) => {
      const hand = new SearchHand(context);
      const steps = context.plan.presence === 'scripted' ? context.plan.steps : [];
      let index = 0;
      return async (packet): Promise<Interception> => {
        const at = index++;
        const step = steps.find((s) => s.at === at);
        return step ? actOn(hand, step.move, packet) : hand.pass(packet);
      };
    },
    later: async (context) => {
      const steps = context.plan.presence === 'scripted' ? context.plan.steps : [];
      const hand = new SearchHand(context);
      for (const step of steps.filter((s) => s.at === null))
        await searchMove(step.move).later?.(hand);
    },
  };
}
