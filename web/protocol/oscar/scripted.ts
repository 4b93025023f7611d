import { decodeSequence } from '../message-codec.ts';
import { oscarTriesToRead } from '../oscar.ts';
import type { OscarAction, Packet, ScriptMove } from '../types.ts';
import { readLater } from './first-message.ts';
import { renumberedCopy } from './replay.ts';
import { stealKeyLater } from './steal-key-later.ts';
import type { Interception, OscarContext, OscarStrategy } from './strategy.ts';

/** Where each move acts: Alice's messages, in the order they first reach him. */
function isAlicesMessage(packet: Packet): boolean {
  return packet.from === 'alice' && packet.messageId !== undefined && !packet.forgedBy;
}

const FLIP = { byte: 4, xor: 0x08 } as const;

/** Carries out one move on the packet it applies to; `earlier` are Alice's messages before it. */
function actionFor(move: ScriptMove, packet: Packet, earlier: readonly Packet[]): OscarAction {
  switch (move) {
    case 'replay':
      return { do: 'replay', packetId: packet.id };
    case 'renumber': {
      const sequence = packet.fields.find((f) => f.name === 'sequence')?.bytes;
      if (!sequence) return { do: 'replay', packetId: packet.id };
      return { do: 'inject', with: [renumberedCopy(packet, decodeSequence(sequence) + 1)] };
    }
    case 'drop':
      return { do: 'drop' };
    case 'flip': {
      const field = packet.fields.some((f) => f.name === 'ciphertext') ? 'ciphertext' : 'text';
      const length = packet.fields.find((f) => f.name === field)?.bytes.length ?? 0;
      return { do: 'modify', field, byte: Math.min(FLIP.byte, length - 1), xor: FLIP.xor };
    }
    case 'old': {
      // The message at the same place in the session before: two messages a session.
      const old = earlier[earlier.length - 2];
      if (!old) return { do: 'forward' };
      return { do: 'replace', with: { ...old, id: `${old.id}-again`, forgedBy: 'oscar' } };
    }
    case 'pass':
    case 'steal':
      return { do: 'forward' };
  }
}

const WORDS: Record<ScriptMove, string> = {
  pass: 'He lets it through.',
  replay: 'He lets it through, then sends the same bytes again.',
  renumber: 'He lets it through, then sends a copy with the next sequence number.',
  drop: 'He throws it away.',
  flip: `He flips bits in byte ${FLIP.byte} (XOR 0x08).`,
  old: 'He puts the message sent at this place in the earlier session in its place.',
  steal: 'He lets it through.',
};

/** Oscar follows a script of moves (the plan's `moves`), one per message Alice sends. */
export const scripted: OscarStrategy = {
  label: 'follows a script of moves (the best-attack search)',
  scenarios: ['two-sessions'],
  start: (context) => {
    const alices: Packet[] = [];
    const moves = context.plan.presence === 'scripted' ? context.plan.moves : [];
    return async (packet): Promise<Interception> => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      const learned = readLater(context, packet, reading);
      if (!isAlicesMessage(packet) || alices.some((p) => p.id === packet.id))
        return { action: { do: 'forward' }, attempt: reading, ...learned };
      const move = moves.filter((m) => m !== 'steal')[alices.length] ?? 'pass';
      const action = actionFor(move, packet, alices);
      alices.push(packet);
      return {
        action,
        attempt: { ...reading, detail: `${reading.detail} ${WORDS[move]}` },
        ...learned,
      };
    };
  },
  later: async (context: OscarContext) => {
    if (context.plan.presence === 'scripted' && context.plan.moves.includes('steal'))
      await stealKeyLater.later?.(context);
  },
};
