import { useEffect } from 'react';
import { findEntry } from '../../lessons/catalog.ts';
import {
  lessonTitle,
  questionPrompt,
  stepParagraphs,
  stepTitle,
} from '../../lessons/lesson-text.ts';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-present.ts';
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
  if (!projector) return t('ui.present.waiting');
  const at = { shown: projector.shown, events: projector.events };
  if (!projector.atPause) return t('ui.present.playing', at);
  return t(hasNext ? 'ui.present.paused-next' : 'ui.present.paused-last', at);
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
  const next = stepIndex + 1 < entry.steps ? stepTitle(lessonId, stepIndex + 1) : undefined;
  return (
    <main className="speaker" id="main" tabIndex={-1} data-testid="speaker-view">
      <header className="speaker-head">
        <h1>
          {t('ui.present.presenting', { lesson: lessonTitle(lessonId) })}{' '}
          <span className="speaker-count">
            {t('ui.present.count', { step: stepIndex + 1, steps: entry.steps })}
          </span>
        </h1>
        <p className="speaker-clock">
          <span className="visually-hidden">{t('ui.present.time')}</span>
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
          {t('ui.present.stop')}
        </button>
      </header>
      <section className="speaker-notes" aria-labelledby="speaker-step-title">
        <h2 id="speaker-step-title" data-testid="speaker-step-title">
          {stepTitle(lessonId, stepIndex)}
        </h2>
        <p className="speaker-progress" data-testid="speaker-progress">
          {progressLine(projector, next !== undefined)}
        </p>
        <div data-testid="speaker-notes">
          {step ? (
            stepParagraphs(lessonId, stepIndex).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))
          ) : (
            <p role="status">{t('ui.present.notes-loading')}</p>
          )}
          {step?.question && (
            <p className="speaker-question">
              <strong>{t('ui.present.question')}</strong> {questionPrompt(lessonId, stepIndex)}
            </p>
          )}
        </div>
      </section>
      <aside className="speaker-side" aria-label={t('ui.present.where')}>
        <section className="speaker-next" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title">{t('ui.present.next')}</h2>
          <p data-testid="speaker-next">{next ?? t('ui.present.none-next')}</p>
        </section>
        <nav aria-label={t('ui.present.outline')}>
          <h2>{t('ui.present.steps')}</h2>
          <ol className="speaker-outline" data-testid="speaker-outline">
            {Array.from({ length: entry.steps }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the steps of a lesson never reorder
              <li key={index}>
                <button
                  type="button"
                  aria-current={index === stepIndex ? 'step' : undefined}
                  onClick={() => send({ type: 'goto', stepIndex: index })}
                >
                  {stepTitle(lessonId, index)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <p className="muted">{t('ui.present.keys')}</p>
      </aside>
    </main>
  );
}
