import { useRef } from 'react';
import { checkLabel, type Outcome } from '../../protocol/index.ts';
import { selectFinished, selectOutcome, selectPlan } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { render } from '../../text/index.ts';
import { partyName } from '../../text/messages/parties.ts';
import { useFocusableWhenScrolling } from '../use-focusable-when-scrolling.ts';
import './outcome.css';

function messages(n: number): string {
  return `${n} message${n === 1 ? '' : 's'}`;
}

/** The computed result, in sentences with numbers; shown once the whole trace has played. */
export function outcomeSentences(o: Outcome, oscarOnWire = true): string[] {
  if (o.sent === 0) {
    return [
      o.detectedBy
        ? `Alice and Bob stopped before sending anything: detected by ${render(checkLabel(o.detectedBy))}. Oscar read 0 messages.`
        : 'No message was sent.',
    ];
  }
  const unnoticed = o.readByOscar > 0 && !o.detectedBy && o.rejected === 0;
  const lines = [
    `Oscar read ${o.readByOscar} of ${messages(o.sent)}${unnoticed ? '; Alice and Bob detected nothing.' : '.'}`,
    `Their recipients read ${o.delivered} of ${o.sent} exactly as written.`,
  ];
  for (const r of o.recoveredBytes ?? []) {
    if (r.recovered < r.total)
      lines.push(
        `Oscar recovered ${r.recovered} of ${r.total} bytes of message ${r.message} without the key.`,
      );
  }
  if (o.forgedTagAccepted !== undefined)
    lines.push(
      o.forgedTagAccepted
        ? 'AES-GCM accepted a tag Oscar computed without the key.'
        : 'AES-GCM refused the tag Oscar computed.',
    );
  if (o.missing > 0)
    lines.push(
      `${messages(o.missing)} never reached ${o.missing === 1 ? 'its' : 'their'} recipient.`,
    );
  if (o.truncated)
    lines.push(
      'The recipient knows the conversation was cut short: it ended without a valid CLOSE or close_notify.',
    );
  for (const [party, count] of Object.entries(o.readBy)) {
    if (party !== 'oscar' && count > 0)
      lines.push(`${partyName(party)} read ${count} of ${messages(o.sent)} not meant for it.`);
  }
  if (oscarOnWire && o.readByOscar < o.sent)
    lines.push('He still sees who talks to whom, when, and how long each message is.');
  if (o.acceptedCopies !== undefined && o.acceptedCopies > o.delivered)
    lines.push(
      `${o.acceptedCopies} copies accepted, ${o.acceptedCopies - o.delivered} of them replayed.`,
    );
  if (o.readByOscarLater) lines.push(`Oscar read ${o.readByOscarLater} later, with a stolen key.`);
  if (o.keyTries) {
    const t = o.keyTries;
    lines.push(
      `Later he tried the keys he held on ${t.packets} recorded packets, ${t.tries} tries: ${t.opened === 0 ? 'none' : t.opened} opened.`,
    );
  }
  if (o.nextSession)
    lines.push(
      `In the session after the theft, Oscar read ${o.nextSession.readByOscar} of ${messages(o.nextSession.sent)}.`,
    );
  if (o.rejected > 0) lines.push(`${messages(o.rejected)} rejected.`);
  if (o.forgedAccepted > 0)
    lines.push(`${messages(o.forgedAccepted)} accepted that the sender never wrote.`);
  if (o.detectedBy) lines.push(`Detected by: ${render(checkLabel(o.detectedBy))}.`);
  return lines;
}

export function OutcomeBanner() {
  const finished = useLab(selectFinished);
  const outcome = useLab(selectOutcome);
  const oscarOnWire = useLab(selectPlan).presence !== 'off';
  const pausesEarly = useLab((s) => s.trace !== null && s.segment.pause < s.trace.events.length);
  const pending = useRef<HTMLParagraphElement>(null);
  const box = useRef<HTMLOutputElement>(null);
  useFocusableWhenScrolling(pending);
  useFocusableWhenScrolling(box);
  // The banner's place is kept while the run plays, so the controls below never jump.
  if (!finished || !outcome) {
    return (
      <p ref={pending} className="outcome outcome-pending" data-testid="outcome-pending">
        {pausesEarly
          ? 'This step pauses before the run ends, so there is no outcome to count yet.'
          : 'The outcome, counted from what happened, appears when the run has played to the end.'}
      </p>
    );
  }
  // A message that silently never arrives is his win too (a dropped or cut-off conversation).
  const oscarWon =
    outcome.readByOscar > 0 ||
    (outcome.recoveredBytes ?? []).some((r) => r.recovered > 0) ||
    outcome.forgedAccepted > 0 ||
    (outcome.acceptedCopies ?? 0) > outcome.delivered ||
    (outcome.missing > 0 && !outcome.detectedBy);
  const headline = oscarWon
    ? 'Oscar wins.'
    : outcome.detectedBy
      ? 'Oscar is caught.'
      : oscarOnWire
        ? 'Oscar cannot read the messages.'
        : 'No attacker on the wire this run.';
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
