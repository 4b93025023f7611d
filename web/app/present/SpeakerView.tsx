import { useEffect } from 'react';
import { findEntry } from '../../lessons/catalog.ts';
import { useLab } from '../../store/store.ts';
import { stepDirection } from '../use-step-keys.ts';
import type { ProjectorState } from './present-messages.ts';
import { type Presentation, stopPresenting } from './presenting.ts';
import { useElapsed } from './use-elapsed.ts';
import { useSpeakerChannel } from './use-speaker-channel.ts';
import './speaker.css';

interface Props {
  lessonId: string;
  stepIndex: number;
  presentation: Presentation;
}

/** Where the projector stands within the step, in words. */
function progressLine(projector: ProjectorState | null, hasNext: boolean): string {
  if (!projector) return 'Waiting for the projector window…';
  const at = `Projector: event ${projector.shown} of ${projector.events}`;
  if (!projector.atPause) return `${at}. → plays the next part of this step.`;
  return hasNext
    ? `${at}, where this step pauses. → opens the next step.`
    : `${at}, where this step pauses. This is the lesson’s last step.`;
}

/**
 * The speaker's window while a projector window shows the stage: the step's narration as
 * notes, the next step's title, the outline and a clock. Keys here step the projector.
 */
export function SpeakerView({ lessonId, stepIndex, presentation }: Props) {
  const entry = findEntry(lessonId);
  const { projector, send } = useSpeakerChannel(presentation);
  const elapsed = useElapsed(presentation.startedAt);
  const step = useLab((s) => (s.lesson?.id === lessonId ? s.lesson.steps[stepIndex] : undefined));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const direction = stepDirection(event);
      if (!direction) return;
      event.preventDefault();
      send({ type: 'key', direction });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);

  // When presenting ends, the ordinary page comes back: the keyboard goes to its Present button.
  useEffect(
    () => () => {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-testid="present"]')?.focus(),
      );
    },
    [],
  );

  if (!entry) return null;
  const title = entry.stepTitles[stepIndex];
  const next = entry.stepTitles[stepIndex + 1];
  return (
    <main className="speaker" id="main" tabIndex={-1} data-testid="speaker-view">
      <header className="speaker-head">
        <h1>
          Presenting: {entry.title}{' '}
          <span className="speaker-count">
            step {stepIndex + 1} of {entry.stepTitles.length}
          </span>
        </h1>
        <p className="speaker-clock">
          <span className="visually-hidden">Time presenting: </span>
          <span role="timer" data-testid="speaker-clock">
            {elapsed}
          </span>
        </p>
        <button
          type="button"
          onClick={() => {
            send({ type: 'end' });
            stopPresenting();
          }}
        >
          Stop presenting
        </button>
      </header>
      <section className="speaker-notes" aria-labelledby="speaker-step-title">
        <h2 id="speaker-step-title" data-testid="speaker-step-title">
          {title}
        </h2>
        <p className="speaker-progress" data-testid="speaker-progress">
          {progressLine(projector, next !== undefined)}
        </p>
        <div data-testid="speaker-notes">
          {step ? (
            step.body.split('\n\n').map((paragraph) => <p key={paragraph}>{paragraph}</p>)
          ) : (
            <p role="status">Loading the notes…</p>
          )}
          {step?.question && (
            <p className="speaker-question">
              <strong>Check question:</strong> {step.question.prompt}
            </p>
          )}
        </div>
      </section>
      <aside className="speaker-side" aria-label="Where the lesson goes">
        <section className="speaker-next" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title">Next step</h2>
          <p data-testid="speaker-next">{next ?? 'None: this is the last step.'}</p>
        </section>
        <nav aria-label="Steps of this lesson">
          <h2>Steps</h2>
          <ol className="speaker-outline" data-testid="speaker-outline">
            {entry.stepTitles.map((stepTitle, index) => (
              <li key={stepTitle}>
                <button
                  type="button"
                  aria-current={index === stepIndex ? 'step' : undefined}
                  onClick={() => send({ type: 'goto', stepIndex: index })}
                >
                  {stepTitle}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <p className="muted">
          →, Space or Page Down step forward, ← or Page Up back, in this window or the projector’s.
          Closing the projector window ends presenting.
        </p>
      </aside>
    </main>
  );
}
