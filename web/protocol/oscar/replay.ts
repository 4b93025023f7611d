import { decodeSequence, encodeSequence } from '../message-codec.ts';
import { oscarTriesToRead } from '../oscar.ts';
import { withField } from '../packets.ts';
import { type Packet, partyName } from '../types.ts';
import { isFirstMessage, readLater } from './first-message.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * He records Alice's first message, lets it through, and sends his copy to Bob again. He
 * needs no key: the copy is exactly what Alice sent. With `rewriteSequence` he changes the
 * copy's sequence number (it travels in the clear) to the next one Bob expects.
 */
export const replay: OscarStrategy = {
  label: 'replay: sends Alice’s first message again',
  scenarios: ['conversation', 'replay'],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    const learned = readLater(context, packet, reading);
    if (!isFirstMessage(packet)) return { action: { do: 'forward' }, attempt: reading, ...learned };
    const rewrite = context.plan.presence === 'replay' && context.plan.rewriteSequence === true;
    const sequence = packet.fields.find((f) => f.name === 'sequence')?.bytes;
    const to = partyName(packet.to);
    if (rewrite && sequence) {
      const number = decodeSequence(sequence) + 1;
      const copy = renumberedCopy(packet, number);
      return {
        action: { do: 'inject', with: [copy] },
        attempt: {
          ...reading,
          detail: `He lets it through, then sends ${to} his copy again with the sequence number changed to ${number}, the next one ${to} expects.`,
        },
        narration: `Oscar records ${packet.label} from ${partyName(packet.from)}, lets it through, and sends a copy numbered ${number}.`,
        ...learned,
      };
    }
    return {
      action: { do: 'replay', packetId: packet.id },
      attempt: {
        ...reading,
        detail: `He cannot ${reading.readable ? 'change' : 'read'} it and does not need to: he lets it through, then sends ${to} his copy, byte for byte the same.`,
      },
      narration: `Oscar records ${packet.label} from ${partyName(packet.from)}, lets it through, and sends ${to} the same bytes again.`,
      ...learned,
    };
  },
};

/** Oscar's copy of a numbered message with its (clear) sequence number changed to `number`. */
export function renumberedCopy(packet: Packet, number: number): Packet {
  return {
    ...withField(packet, 'sequence', encodeSequence(number)),
    id: `${packet.id}-again`,
    forgedBy: 'oscar',
  };
}
