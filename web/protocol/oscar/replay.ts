import { decodeSequence, encodeSequence } from '../message-codec.ts';
import type { Packet } from '../packet-types.ts';
import { withField } from '../packets.ts';
import { partyName } from '../parties.ts';
import { isFirstMessage, readLater } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { actAndRead } from './search-hand.ts';
import { isMessage, messageName, type SearchMove } from './search-move.ts';
import type { OscarStrategy } from './strategy.ts';

const sequenceOf = (packet: Packet) => packet.fields.find((f) => f.name === 'sequence')?.bytes;

/**
 * A message he recorded earlier that could stand in for `packet`: from the same sender, and
 * with the same sequence number when messages are numbered (so from another session).
 */
function spliceFor(packet: Packet, seen: readonly Packet[]): Packet | undefined {
  const number = sequenceOf(packet);
  return seen.find(
    (p) =>
      isMessage(p) &&
      p.id !== packet.id &&
      p.from === packet.from &&
      p.to === packet.to &&
      (!number || String(sequenceOf(p)) === String(number)),
  );
}

/** His moves on a message he has recorded: send it twice, renumbered, or an old one in its place. */
export const REPLAY_MOVES: readonly SearchMove[] = [
  {
    id: 'replay',
    group: 'message',
    scenarios: ['two-sessions', 'handshake'],
    fits: (packet) => isMessage(packet),
    act: (hand, packet) =>
      actAndRead(
        hand,
        packet,
        { do: 'replay', packetId: packet.id },
        'He lets it through, then sends the same bytes again.',
      ),
    says: (packet) => `Oscar lets ${messageName(packet)} through, then sends it again`,
    stoppedBy: 'sequence numbers: the copy’s number was already seen',
  },
  {
    id: 'renumber',
    group: 'message',
    scenarios: ['two-sessions', 'handshake'],
    fits: (packet) => isMessage(packet) && sequenceOf(packet) !== undefined,
    act: (hand, packet) => {
      const number = decodeSequence(sequenceOf(packet) ?? new Uint8Array()) + 1;
      return actAndRead(
        hand,
        packet,
        { do: 'inject', with: [renumberedCopy(packet, number)] },
        `He lets it through, then sends a copy numbered ${number}.`,
      );
    },
    says: (packet) =>
      `Oscar lets ${messageName(packet)} through, then sends a copy with the next sequence number`,
    stoppedBy:
      'a sequence number bound to the message (AES-GCM’s associated data or the signature)',
  },
  {
    id: 'splice',
    group: 'message',
    scenarios: ['two-sessions'],
    fits: (packet, seen) => isMessage(packet) && spliceFor(packet, seen) !== undefined,
    act: (hand, packet) => {
      const old = spliceFor(packet, hand.context.seen) as Packet;
      return actAndRead(
        hand,
        packet,
        { do: 'replace', with: { ...old, id: `${old.id}-again`, forgedBy: 'oscar' } },
        `He puts ${old.messageId ?? old.id}, recorded earlier, in its place.`,
      );
    },
    says: (packet) =>
      `Oscar puts a message he recorded earlier (from another session when they are numbered) in place of ${messageName(packet)}`,
    stoppedBy: 'a fresh session key for every session (RSA transport or ephemeral ECDH)',
  },
];

/** Oscar's copy of a numbered message with its (clear) sequence number changed to `number`. */
export function renumberedCopy(packet: Packet, number: number): Packet {
  return {
    ...withField(packet, 'sequence', encodeSequence(number)),
    id: `${packet.id}-again`,
    forgedBy: 'oscar',
  };
}

/**
 * He records Alice's first message, lets it through, and sends his copy to Bob again. He
 * needs no key: the copy is exactly what Alice sent. With `rewriteSequence` he changes the
 * copy's sequence number (it travels in the clear) to the next one Bob expects.
 */
export interface ReplayOptions {
  /** He changes the copy's sequence number to the next one Bob expects. */
  readonly rewriteSequence?: boolean;
}

export const replay: OscarStrategy<ReplayOptions> = {
  label: 'replay: sends Alice’s first message again',
  defaults: {},
  scenarios: ['conversation', 'replay'],
  searchMoves: REPLAY_MOVES,
  start: (context, options) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    const learned = readLater(context, packet, reading);
    if (!isFirstMessage(packet)) return { action: { do: 'forward' }, attempt: reading, ...learned };
    const rewrite = options.rewriteSequence === true;
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
