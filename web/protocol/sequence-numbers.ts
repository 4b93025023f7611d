import type { PartyId } from './parties.ts';

/** What a receiver makes of a message's number, given the last one it accepted from that sender. */
export type SequenceVerdict =
  | { readonly kind: 'next' }
  /** Numbers were skipped: messages in between were dropped, or are held back. */
  | { readonly kind: 'gap'; readonly expected: number; readonly missing: number }
  /** Not above the last number accepted: a copy, or an old message arriving late. */
  | { readonly kind: 'seen'; readonly last: number };

/**
 * Sequence numbers for one conversation: each sender counts its messages from 1; each
 * receiver remembers the highest number it accepted from each sender and refuses any number
 * not above it.
 */
export class SequenceBook {
  private readonly sent = new Map<PartyId, number>();
  private readonly accepted = new Map<string, number>();

  /** The number of `from`'s next message. */
  next(from: PartyId): number {
    const number = (this.sent.get(from) ?? 0) + 1;
    this.sent.set(from, number);
    return number;
  }

  /** Judges `number` from `from` at `reader`, without accepting it. */
  judge(reader: PartyId, from: PartyId, number: number): SequenceVerdict {
    const last = this.accepted.get(`${reader}<${from}`) ?? 0;
    if (number <= last) return { kind: 'seen', last };
    if (number > last + 1) return { kind: 'gap', expected: last + 1, missing: number - last - 1 };
    return { kind: 'next' };
  }

  /** Remembers `number` as the last accepted from `from` at `reader`. */
  accept(reader: PartyId, from: PartyId, number: number): void {
    this.accepted.set(`${reader}<${from}`, number);
  }
}
