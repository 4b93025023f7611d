import { type Message, render } from '../../text/index.ts';
import { partyName } from '../../text/messages/parties.ts';
import type { Arrow, OscarMark } from './arrows.ts';

/** What each mark says on an arrow, as a word (an icon stands beside it on screen). */
export const MARK_WORDS: Record<OscarMark, string> = {
  copied: 'copied',
  dropped: 'dropped',
  delayed: 'delayed',
  modified: 'modified',
  replaced: 'replaced',
  injected: 'injected',
  replayed: 'replayed',
  forged: 'forged',
};

/** "a HELLO" → "HELLO", "an encrypted message" → "encrypted message": a name for an arrow. */
export function packetName(label: Message): string {
  return render(label).replace(/^(a|an|the) /, '');
}

/** "Oscar as Bob" when Oscar made a packet in Bob's name. */
export function senderName(arrow: Arrow): string {
  const { packet } = arrow;
  const claimed = partyName(packet.from);
  return packet.forgedBy ? `${partyName(packet.forgedBy)} as ${claimed}` : claimed;
}

/** What Oscar did, in words: "Oscar copied it; dropped it". Empty when he did nothing. */
export function oscarWords(arrow: Arrow): string {
  return arrow.marks.map((m) => MARK_WORDS[m]).join(', ');
}

/** Where the packet ended up, in words. */
export function fateWords(arrow: Arrow): string {
  const to = partyName(arrow.packet.to);
  switch (arrow.fate) {
    case 'delivered':
      return `reached ${to}`;
    case 'refused':
      return `refused by ${to} in ${arrow.refusedIn ?? 'its state'}`;
    case 'dropped':
      return `never reached ${to}`;
    case 'replaced':
      return `stopped by Oscar; ${to} got his packet instead`;
    case 'in flight':
      return `on its way to ${to}`;
  }
}

/** One sentence for a screen reader, naming everything the arrow shows. */
export function arrowSentence(arrow: Arrow, index: number): string {
  const oscar = oscarWords(arrow);
  return [
    `${index + 1}. ${packetName(arrow.packet.label)}, ${senderName(arrow)} to ${partyName(arrow.packet.to)}`,
    oscar ? `Oscar: ${oscar}` : '',
    fateWords(arrow),
    arrow.stateAfter ? `${partyName(arrow.packet.to)} is then in ${arrow.stateAfter}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
