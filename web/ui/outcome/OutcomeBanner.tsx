import { useRef } from 'react';
import { checkLabel, type Outcome } from '../../protocol/index.ts';
import { selectFinished, selectOutcome, selectPlan } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-outcome.ts';
import { partyName } from '../../text/messages/parties.ts';
import { useFocusableWhenScrolling } from '../use-focusable-when-scrolling.ts';
import { OutcomePending } from './OutcomePending.tsx';
import './outcome.css';

/** The computed result, in sentences with numbers; shown once the whole trace has played. */
export function outcomeSentences(o: Outcome, oscarOnWire = true): string[] {
  if (o.sent === 0) {
    return [
      o.detectedBy
        ? t('ui.outcome.stopped', { check: checkLabel(o.detectedBy) })
        : t('ui.outcome.none-sent'),
    ];
  }
  const unnoticed = o.readByOscar > 0 && !o.detectedBy && o.rejected === 0;
  const lines = [
    t('ui.outcome.read', {
      read: o.readByOscar,
      sent: o.sent,
      unnoticed: unnoticed ? 'yes' : 'no',
    }),
    t('ui.outcome.delivered', { delivered: o.delivered, sent: o.sent }),
  ];
  for (const r of o.recoveredBytes ?? []) {
    if (r.recovered < r.total)
      lines.push(
        t('ui.outcome.recovered', { recovered: r.recovered, total: r.total, message: r.message }),
      );
  }
  if (o.forgedTagAccepted !== undefined)
    lines.push(t(o.forgedTagAccepted ? 'ui.outcome.tag-accepted' : 'ui.outcome.tag-refused'));
  if (o.missing > 0) lines.push(t('ui.outcome.missing', { missing: o.missing }));
  if (o.truncated) lines.push(t('ui.outcome.truncated'));
  for (const [party, count] of Object.entries(o.readBy)) {
    if (party !== 'oscar' && count > 0)
      lines.push(t('ui.outcome.read-by', { party: partyName(party), count, sent: o.sent }));
  }
  if (oscarOnWire && o.readByOscar < o.sent) lines.push(t('ui.outcome.metadata'));
  if (o.acceptedCopies !== undefined && o.acceptedCopies > o.delivered)
    lines.push(
      t('ui.outcome.replayed', {
        copies: o.acceptedCopies,
        replayed: o.acceptedCopies - o.delivered,
      }),
    );
  if (o.readByOscarLater) lines.push(t('ui.outcome.later', { later: o.readByOscarLater }));
  if (o.keyTries) {
    const { packets, tries, opened } = o.keyTries;
    lines.push(t('ui.outcome.tries', { packets, tries, opened }));
  }
  if (o.nextSession)
    lines.push(
      t('ui.outcome.next-session', { read: o.nextSession.readByOscar, sent: o.nextSession.sent }),
    );
  if (o.rejected > 0) lines.push(t('ui.outcome.rejected', { rejected: o.rejected }));
  if (o.forgedAccepted > 0) lines.push(t('ui.outcome.forged', { forged: o.forgedAccepted }));
  if (o.detectedBy) lines.push(t('ui.outcome.detected', { check: checkLabel(o.detectedBy) }));
  return lines;
}

/**
 * The counted outcome once the run has played to its end; before that, OutcomePending's note
 * (`stepPausesEarly`: the step's lesson says it stops before its run ends).
 */
export function OutcomeBanner({ stepPausesEarly = false }: { stepPausesEarly?: boolean }) {
  const finished = useLab(selectFinished);
  const outcome = useLab(selectOutcome);
  const oscarOnWire = useLab(selectPlan).presence !== 'off';
  const box = useRef<HTMLOutputElement>(null);
  useFocusableWhenScrolling(box);
  // The banner's place is kept while the run plays, so the controls below never jump.
  if (!finished || !outcome) return <OutcomePending stepPausesEarly={stepPausesEarly} />;
  // A message that silently never arrives is his win too (a dropped or cut-off conversation).
  const oscarWon =
    outcome.readByOscar > 0 ||
    (outcome.recoveredBytes ?? []).some((r) => r.recovered > 0) ||
    outcome.forgedAccepted > 0 ||
    (outcome.acceptedCopies ?? 0) > outcome.delivered ||
    (outcome.missing > 0 && !outcome.detectedBy);
  const headline = t(
    oscarWon
      ? 'ui.outcome.oscar-wins'
      : outcome.detectedBy
        ? 'ui.outcome.caught'
        : oscarOnWire
          ? 'ui.outcome.cannot-read'
          : 'ui.outcome.no-attacker',
  );
  return (
    <output
      ref={box}
      className={`outcome ${oscarWon ? 'outcome-lost' : 'outcome-safe'}`}
      data-testid="outcome"
    >
      <strong>{headline}</strong> {outcomeSentences(outcome, oscarOnWire).join(' ')}
    </output>
  );
}
