// The lab's styles come before any of its components' own.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { findEntry } from '../../lessons/catalog.ts';
import { loadLessonPart } from '../../lessons/lesson-parts.ts';
import { lessonSummary, lessonTitle } from '../../lessons/lesson-text.ts';
import { loadLesson } from '../../lessons/load-lesson.ts';
import type { Lesson } from '../../lessons/types.ts';
import { type LabStore, LabStoreProvider } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/lessons/summaries.ts';
import '../../text/messages/ui-pages.ts';
import '../../text/messages/ui-print.ts';
import '../../text/messages/ui-lesson-load.ts';
import { lessonHash } from '../../ui/routing/route.ts';
import { useHref } from '../../ui/routing/use-href.ts';
import { HandoutAnswers } from './HandoutAnswers.tsx';
import { HandoutStep } from './HandoutStep.tsx';
import { allSettled, stepStores } from './step-stores.ts';
import './print.css';

/**
 * A lesson's handout: every step with its text, the stage at the step's pause, the packets as
 * a table where the step has a sequence diagram, the computed outcome; the check questions
 * and their answers on a last page. Printing it gives one section per step.
 */
export function PrintPage({ lessonId }: { lessonId: string }) {
  const entry = findEntry(lessonId);
  const href = useHref();
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stores, setStores] = useState<LabStore[]>([]);

  useEffect(() => {
    let open = true;
    // The answers page explains each answer: the explanations load with the lesson here.
    Promise.all([loadLesson(lessonId), loadLessonPart('explanations', lessonId)]).then(
      ([loaded]) => {
        if (!open || !loaded) return;
        setLesson(loaded);
        setStores(stepStores(loaded));
      },
      (error: unknown) => {
        if (open) setProblem(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      open = false;
    };
  }, [lessonId]);

  const ready = useAllSettled(stores);
  if (!entry) return null;
  return (
    <main
      id="main"
      tabIndex={-1}
      className="handout"
      data-testid="handout"
      aria-busy={!ready || lesson === null}
    >
      <header className="handout-head">
        <h1>{lessonTitle(entry.id)}</h1>
        <p className="handout-summary">{lessonSummary(entry.id)}</p>
        <p className="handout-actions">
          <a href={href(lessonHash(lessonId, 0))}>{t('ui.print.back')}</a>{' '}
          <button type="button" onClick={() => window.print()} disabled={!ready}>
            {t('ui.print.print')}
          </button>
        </p>
        <p className="handout-note">{t('ui.print.note')}</p>
      </header>
      {problem && <p role="alert">{t('ui.lesson.load-failed', { problem })}</p>}
      {lesson && !ready && (
        <p className="handout-loading" role="status">
          {t('ui.print.computing')}
        </p>
      )}
      {lesson &&
        stores.map((store, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a store per step, in step order
          <LabStoreProvider key={index} store={store}>
            <HandoutStep lesson={lesson} stepIndex={index} />
          </LabStoreProvider>
        ))}
      {lesson && ready && <HandoutAnswers lesson={lesson} stores={stores} />}
    </main>
  );
}

function useAllSettled(stores: readonly LabStore[]): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const stops = stores.map((s) => s.subscribe(onChange));
      return () => {
        for (const stop of stops) stop();
      };
    },
    () => stores.length > 0 && allSettled(stores),
    // Rendered ahead of time, the handout has computed nothing yet.
    () => false,
  );
}
