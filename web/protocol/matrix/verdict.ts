import { type CheckId, checkLabel } from '../checks.ts';
import type { Outcome } from '../outcome.ts';

/** Who won one row: Oscar gained something, a check caught him, or he gained nothing unseen. */
export type Winner = 'oscar' | 'caught' | 'nothing';

/** One cell of the grid, counted from a run's outcome. */
export interface Verdict {
  readonly sent: number;
  /** Messages Oscar read exactly, now or later. */
  readonly read: number;
  readonly readLater: number;
  /** Messages accepted that their sender never wrote, wrote only once, or wrote in another order. */
  readonly accepted: number;
  /** Messages that never reached their recipient intact. */
  readonly lost: number;
  readonly detectedBy: CheckId | null;
  readonly winner: Winner;
}

export function verdictOf(outcome: Outcome): Verdict {
  const replayed = Math.max(0, (outcome.acceptedCopies ?? outcome.delivered) - outcome.delivered);
  const accepted = outcome.forgedAccepted + replayed + (outcome.acceptedOutOfOrder ?? 0);
  const lost = Math.max(0, outcome.sent - outcome.delivered);
  const detectedBy = outcome.detectedBy ?? null;
  // Losing a message counts for Oscar only when nobody noticed.
  const won = outcome.readByOscar > 0 || accepted > 0 || (lost > 0 && detectedBy === null);
  return {
    sent: outcome.sent,
    read: outcome.readByOscar,
    readLater: outcome.readByOscarLater ?? 0,
    accepted,
    lost,
    detectedBy,
    winner: won ? 'oscar' : detectedBy ? 'caught' : 'nothing',
  };
}

/** The cell in words, so that no meaning rests on colour alone. */
export function verdictWords(v: Verdict): string {
  if (v.winner === 'oscar') {
    const gains = [
      v.read > 0
        ? `read ${v.read} of ${v.sent}${v.readLater > 0 ? ` (${v.readLater} later)` : ''}`
        : '',
      v.accepted > 0 ? `${v.accepted} accepted` : '',
      v.lost > 0 && v.detectedBy === null ? `${v.lost} lost unnoticed` : '',
    ].filter(Boolean);
    return `Oscar wins: ${gains.join(', ')}`;
  }
  if (v.winner === 'caught' && v.detectedBy) return `Caught by ${checkLabel(v.detectedBy)}`;
  return 'Oscar gains nothing';
}

/**
 * Why the verdict is what it is, one sentence per reason, under Oscar's winning definition:
 * he read a message; a message he forged, altered, replayed or reordered was accepted; or a
 * message was lost and nobody noticed (a loss that a check reports is detection).
 */
export function verdictReasons(v: Verdict): string[] {
  if (v.winner !== 'oscar')
    return v.detectedBy
      ? [`Nothing got through before ${checkLabel(v.detectedBy)} caught him.`]
      : ['He read nothing, and everything that arrived was what Alice sent, once, in order.'];
  const reasons: string[] = [];
  if (v.read > 0) reasons.push(`He read ${v.read} of the ${v.sent} messages exactly.`);
  if (v.accepted > 0)
    reasons.push(
      `${v.accepted} message${v.accepted === 1 ? ' was' : 's were'} accepted that Alice never sent, sent only once, or sent in another order.`,
    );
  if (v.lost > 0 && v.detectedBy === null)
    reasons.push(
      `${v.lost} message${v.lost === 1 ? ' never arrived' : 's never arrived'}, and nothing that came after told the recipient one was missing.`,
    );
  // A check that failed somewhere in the run does not take back what he read or got accepted.
  if (v.detectedBy && (v.read > 0 || v.accepted > 0))
    reasons.push(`Being caught by a check (${checkLabel(v.detectedBy)}) does not undo it.`);
  return reasons;
}
