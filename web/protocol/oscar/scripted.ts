import type { ScriptStep } from '../config-types.ts';
import type { Packet } from '../packet-types.ts';
import type { Interception } from './context.ts';
import { SearchHand } from './search-hand.ts';
import { isMessage, type SearchMove } from './search-move.ts';
import type { OscarStrategy } from './strategy.ts';

/** A script that names a move where it cannot act: a mistake in the script, not in the run. */
export class ScriptMisfit extends Error {}

/**
 * Oscar follows a script (the plan's `steps`): on the n-th packet he intercepts (or Alice's
 * n-th message, for a step counted that way), the move its step names; on every other packet,
 * whatever an earlier move set up, else he copies it and lets it through. Steps without a
 * packet run after the conversation.
 */
export interface ScriptedOptions {
  readonly steps: readonly ScriptStep[];
}

export function scriptedOver(moves: () => readonly SearchMove[]): OscarStrategy<ScriptedOptions> {
  const searchMove = (id: string): SearchMove => {
    const move = moves().find((m) => m.id === id);
    if (!move) throw new ScriptMisfit(`No strategy declares the search move “${id}”.`);
    return move;
  };
  const actOn = (hand: SearchHand, id: string, packet: Packet): Promise<Interception> => {
    const move = searchMove(id);
    if (!move.act || !move.fits?.(packet, hand.context.seen))
      throw new ScriptMisfit(`The move “${id}” cannot act on ${packet.label}.`);
    return move.act(hand, packet);
  };
  return {
    label: 'follows a script of moves (the best-attack search)',
    defaults: { steps: [] },
    gridRows: () => [],
    get scenarios() {
      return [...new Set(moves().flatMap((m) => m.scenarios))];
    },
    start: (context, { steps }) => {
      const hand = new SearchHand(context);
      let index = 0;
      const alices = new Set<string>();
      return async (packet): Promise<Interception> => {
        const at = index++;
        const alicesAt =
          packet.from === 'alice' && isMessage(packet) && !alices.has(packet.id)
            ? alices.add(packet.id).size - 1
            : null;
        const step = steps.find((s) =>
          s.counting === 'alices-messages' ? s.at !== null && s.at === alicesAt : s.at === at,
        );
        return step ? actOn(hand, step.move, packet) : hand.pass(packet);
      };
    },
    later: async (context, { steps }) => {
      const hand = new SearchHand(context);
      for (const step of steps.filter((s) => s.at === null))
        await searchMove(step.move).later?.(hand);
      return undefined;
    },
  };
}
