import { lazy, type ReactNode, Suspense, useEffect, useLayoutEffect } from 'react';
import { findEntry } from '../lessons/catalog.ts';
import { lessonTitle, stepTitle, stepTitlesLoaded } from '../lessons/lesson-text.ts';
import { loadedLesson } from '../lessons/load-lesson.ts';
import { type LessonStep, pausesEarly } from '../lessons/types.ts';
import { type LabStore, useLab } from '../store/store.ts';
import { t } from '../text/index.ts';
import '../text/messages/ui-lesson.ts';
import { LessonPanel, StepLinks } from '../ui/lesson/LessonPanel.tsx';
import { StepOutline } from '../ui/lesson/StepOutline.tsx';
import { useLessonWords } from '../ui/lesson/use-lesson-words.ts';
import { pageSearch } from '../ui/routing/navigation.ts';
import { LessonWidget } from '../ui/widgets/index.tsx';
import { projectorOf } from './present/present-link.ts';
import { usePresentation } from './present/presenting.ts';
import { stepPageTitle } from './step-page-title.ts';
import { useConnection } from './use-connection.ts';
import { useRecordProgress } from './use-record-progress.ts';
import { Workbench } from './Workbench.tsx';

// The speaker view loads when presenting starts.
const SpeakerView = lazy(() =>
  import('./present/SpeakerView.tsx').then((m) => ({ default: m.SpeakerView })),
);

const loadDeck = () => import('./deck/connect-deck.ts').then((m) => m.connectDeck);
const loadProjector = (presentationId: string) =>
  import('./present/connect-projector.ts').then(
    (m) => (store: LabStore) => m.connectProjector(store, presentationId),
  );

interface Props {
  lessonId: string;
  stepIndex: number;
  embed: boolean;
  /** Inside a slide deck's frame: the deck may drive the step. */
  framed?: boolean;
}

// What presenting needs beyond the Present button loads when it is pressed.
async function startPresenting(projector: Window, lessonId: string, stepIndex: number) {
  const presenting = await import('./present/start-presenting.ts');
  presenting.startPresenting(projector, lessonId, stepIndex);
}

export function LessonPage({ lessonId, stepIndex, embed, framed = false }: Props) {
  const entry = findEntry(lessonId);
  const openStep = useLab((s) => s.openStep);
  // The whole lesson arrives with its first step to open; until then the catalog names it. A
  // page rendered ahead of time has its lesson before the step opens: it shows the words, and
  // opening the step hands over the very same step, so the page does not render again.
  const step = useLab((s) =>
    s.lesson?.id === lessonId
      ? s.lesson.steps[stepIndex]
      : loadedLesson(lessonId)?.steps[stepIndex],
  );
  useRecordProgress(lessonId, stepIndex);
  // Inside a slide deck's frame, the deck's API drives the step.
  useConnection(framed ? 'deck' : null, loadDeck);
  // A projector window: an embed that the speaker window drives (see app/present).
  const projector = embed ? projectorOf(pageSearch()) : null;
  useConnection(projector, loadProjector);
  const presentation = usePresentation();
  // A step opened before its lesson has arrived loads the lesson's step titles alone, a small
  // file, so that its page stands titled at once while the lesson's words still load.
  const titled = useLessonWords('step-titles', lessonId, stepTitlesLoaded(lessonId));

  // The URL is the one source of truth for the step: a link, a reload, the lesson list and
  // the store's own "next step" all arrive here as a change of URL. Opened before the page is
  // painted or takes a key press: in between, the stage would say it is not busy while nothing
  // (or the previous step) is on it, and a press would be lost.
  useLayoutEffect(() => {
    openStep({ lessonId, stepIndex });
  }, [openStep, lessonId, stepIndex]);
  // A step opened inside the app is named as if it had been loaded.
  useEffect(() => {
    if (entry && stepIndex < entry.steps && titled)
      document.title = stepPageTitle(lessonId, stepIndex);
  }, [entry, lessonId, stepIndex, titled]);

  if (!entry || !(stepIndex < entry.steps)) return null;
  // A moment at most: the titles are a small file (use-step-titles.ts).
  if (!titled) return <p className="notice-page">{t('ui.shell.loading-stage')}</p>;
  if (presentation)
    return (
      <Suspense fallback={<p className="notice-page">{t('ui.lesson.loading-speaker')}</p>}>
        <SpeakerView lessonId={lessonId} stepIndex={stepIndex} presentation={presentation} />
      </Suspense>
    );
  const last = stepIndex === entry.steps - 1;
  const header = (
    <header className="embed-head">
      <h1 className="embed-title">
        {t('ui.lesson.embed-title', {
          lesson: lessonTitle(lessonId),
          step: stepTitle(lessonId, stepIndex),
        })}
      </h1>
      <StepOutline lesson={entry} stepIndex={stepIndex} collapsed />
      <StepLinks lesson={entry} stepIndex={stepIndex} last={last} />
    </header>
  );
  return (
    <Workbench
      stepKey={`${lessonId}/${stepIndex}`}
      projector={projector !== null}
      pausesEarly={step !== undefined && pausesEarly(step)}
      panel={
        <LessonPanel
          lesson={entry}
          stepIndex={stepIndex}
          step={step ?? null}
          present={startPresenting}
        />
      }
      {...(embed ? { embedHeader: header } : {})}
      {...(embed ? { embedSide: embedSide(step) } : {})}
    />
  );
}

/** Beside an embedded stage: the step's widget, or its narration log (undefined), once it has loaded. */
function embedSide(step: LessonStep | undefined): ReactNode {
  if (!step)
    return (
      <p className="lesson-loading" role="status">
        {t('ui.lesson.loading')}
      </p>
    );
  return step.widget ? <LessonWidget id={step.widget} /> : undefined;
}
