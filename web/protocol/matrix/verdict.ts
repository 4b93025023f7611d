import { type EngineText, say } from '../../text/messages/engine.ts';
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
export function verdictWords(v: Verdict): EngineText {
  if (v.winner === 'oscar') {
    const gains = [
      v.read > 0 ? say('verdict.read', { read: v.read, sent: v.sent, later: v.readLater }) : null,
      v.accepted > 0 ? say('verdict.accepted', { accepted: v.accepted }) : null,
      v.lost > 0 && v.detectedBy === null ? say('verdict.lost', { lost: v.lost }) : null,
    ].filter((gain) => gain !== null);
    const listed = gains.reduceRight<EngineText | null>(
      (rest, first) => (rest ? say('verdict.list', { first, rest }) : first),
      null,
    );
    return say('verdict.oscar-wins', { gains: listed ?? '' });
  }
  if (v.winner === 'caught' && v.detectedBy)
    return say('verdict.caught', { check: checkLabel(v.detectedBy) });
  return say('verdict.nothing');
}

/**
 * Why the verdict is what it is, one sentence per reason, under Oscar's winning definition:
 * he read a message; a message he forged, altered, replayed or reordered was accepted; or a
 * message was lost and nobody noticed (a loss that a check reports is detection).
 */
export function verdictReasons(v: Verdict): EngineText[] {
  if (v.winner !== 'oscar')
    return v.detectedBy
      ? [say('verdict.reason.caught-first', { check: checkLabel(v.detectedBy) })]
      : [say('verdict.reason.nothing')];
  const reasons: EngineText[] = [];
  if (v.read > 0) reasons.push(say('verdict.reason.read', { read: v.read, sent: v.sent }));
  if (v.accepted > 0) reasons.push(say('verdict.reason.accepted', { accepted: v.accepted }));
  if (v.lost > 0 && v.detectedBy === null)
    reasons.push(say('verdict.reason.lost', { lost: v.lost }));
  // A check that failed somewhere in the run does not take back what he read or got accepted.
  if (v.detectedBy && (v.read > 0 || v.accepted > 0))
    reasons.push(say('verdict.reason.not-undone', { check: checkLabel(v.detectedBy) }));
  return reasons;
}
