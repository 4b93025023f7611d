import { type Message, render, t } from '../../text/index.ts';
import { partyName } from '../../text/messages/parties.ts';
import type { Arrow, OscarMark } from './arrows.ts';
import '../../text/messages/ui-sequence.ts';

/** What each mark says on an arrow, as a word (an icon stands beside it on screen). */
export function markWord(mark: OscarMark): string {
  return t(`ui.sequence.mark.${mark}`);
}

/** "a HELLO" → "HELLO", "an encrypted message" → "encrypted message": a name for an arrow. */
export function packetName(label: Message): string {
  return render(label).replace(/^(a|an|the) /, '');
}

/** "Oscar as Bob" when Oscar made a packet in Bob's name. */
export function senderName(arrow: Arrow): string {
  const { packet } = arrow;
  const claimed = partyName(packet.from);
  return packet.forgedBy
    ? t('ui.sequence.forged-as', { forger: partyName(packet.forgedBy), claimed })
    : claimed;
}

/** What Oscar did, in words: "Oscar copied it; dropped it". Empty when he did nothing. */
export function oscarWords(arrow: Arrow): string {
  return arrow.marks.map(markWord).join(t('ui.sequence.list-separator'));
}

/** Where the packet ended up, in words. */
export function fateWords(arrow: Arrow): string {
  const to = partyName(arrow.packet.to);
  switch (arrow.fate) {
    case 'delivered':
      return t('ui.sequence.fate.delivered', { to });
    case 'refused':
      return arrow.refusedIn
        ? t('ui.sequence.fate.refused', { to, state: arrow.refusedIn })
        : t('ui.sequence.fate.refused-somewhere', { to });
    case 'dropped':
      return t('ui.sequence.fate.dropped', { to });
    case 'replaced':
      return t('ui.sequence.fate.replaced', { to });
    case 'in flight':
      return t('ui.sequence.fate.in-flight', { to });
  }
}

/** One sentence for a screen reader, naming everything the arrow shows. */
export function arrowSentence(arrow: Arrow, index: number): string {
  const oscar = oscarWords(arrow);
  const to = partyName(arrow.packet.to);
  return [
    t('ui.sequence.arrow', {
      n: index + 1,
      packet: packetName(arrow.packet.label),
      from: senderName(arrow),
      to,
    }),
    oscar ? t('ui.sequence.arrow-oscar', { marks: oscar }) : '',
    fateWords(arrow),
    arrow.stateAfter ? t('ui.sequence.arrow-state', { to, state: arrow.stateAfter }) : '',
  ]
    .filter(Boolean)
    .reduce((first, second) => t('ui.sequence.parts', { first, second }));
}
