import { useRef } from 'react';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage.ts';
import { useFocusableWhenScrolling } from '../use-focusable-when-scrolling.ts';
import './outcome.css';

/**
 * The outcome's place before the run has played to its end, in the page's HTML from the start:
 * the note says why there is nothing to count yet. It keeps two lines' height, so the controls
 * below never move when the counted outcome replaces it.
 *
 * Whether the step stops before its run ends, the run says once it exists. Before that, a page
 * that knows its step says what the step's lesson says (`stepPausesEarly`; the lessons' tests
 * hold it equal to every step's own run); another one gives the general note.
 */
export function OutcomePending({ stepPausesEarly = false }: { stepPausesEarly?: boolean }) {
  const runPausesEarly = useLab((s) =>
    s.trace === null ? null : s.segment.pause < s.trace.events.length,
  );
  const pausesEarly = runPausesEarly ?? stepPausesEarly;
  const note = useRef<HTMLParagraphElement>(null);
  useFocusableWhenScrolling(note);
  return (
    <p ref={note} className="outcome outcome-pending" data-testid="outcome-pending">
      {t(pausesEarly ? 'ui.outcome.pauses-early' : 'ui.outcome.pending')}
    </p>
  );
}
