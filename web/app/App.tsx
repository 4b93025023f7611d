import { lazy, Suspense, useEffect } from 'react';
import { loadLesson } from '../lessons/load-lesson.ts';
import { LabStoreProvider } from '../store/store.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { InjectedFault } from '../ui/InjectedFault.tsx';
import { NotFound } from './NotFound.tsx';
import { isEmbed, lessonHash, type Route } from './route.ts';
import { ThemeChooser } from './ThemeChooser.tsx';
import { useHashRoute } from './use-hash-route.ts';

// The lesson list loads on its own, so a step opened from a link does not carry it.
const Home = lazy(() => import('./Home.tsx').then((m) => ({ default: m.Home })));
// The stage and its panels load with the first lesson or the sandbox, not with the lesson list.
const LessonPage = lazy(() => import('./LessonPage.tsx').then((m) => ({ default: m.LessonPage })));
// Loads after the page: it reads saved progress only to say that it had to be reset.
const ProgressNotice = lazy(() =>
  import('./ProgressNotice.tsx').then((m) => ({ default: m.ProgressNotice })),
);
const SandboxPage = lazy(() =>
  import('./SandboxPage.tsx').then((m) => ({ default: m.SandboxPage })),
);
const MatrixPage = lazy(() => import('./MatrixPage.tsx').then((m) => ({ default: m.MatrixPage })));
// A lesson's handout, for paper: loaded only when someone asks to print.
const PrintPage = lazy(() =>
  import('./print/PrintPage.tsx').then((m) => ({ default: m.PrintPage })),
);

/** The store asks for another step by changing the URL; the lesson page then opens it. */
function followStep(position: { lessonId: string; stepIndex: number }): void {
  window.location.hash = lessonHash(position.lessonId, position.stepIndex);
}

/** In a slide deck's frame, → past the end and ← before the start move the deck instead. */
function handBack(direction: 'next' | 'prev'): void {
  void import('./deck/connect-deck.ts').then((deck) => deck.handBack(direction));
}

export function App() {
  const { route, arrival } = useHashRoute();
  const embed = isEmbed(window.location.search);
  // Inside a slide deck's frame: the deck may drive the step, and the step hands back at its ends.
  const framed = embed && window.parent !== window;
  // A step's lesson loads beside the stage's code, not after it.
  const linkedLesson = route.page === 'lesson' ? route.lessonId : null;
  useEffect(() => {
    if (linkedLesson) loadLesson(linkedLesson).catch(() => {}); // the store reports a failure when it opens the step
  }, [linkedLesson]);
  return (
    <LabStoreProvider
      autoplay={!embed}
      navigate={followStep}
      handBack={framed ? handBack : undefined}
    >
      {!embed && <SiteHeader />}
      {!embed && (
        <Suspense fallback={null}>
          <ProgressNotice />
        </Suspense>
      )}
      <ErrorBoundary what="This page" resetKey={pageKey(route)} main>
        <InjectedFault place="page" />
        <Suspense fallback={<p className="notice-page">Loading…</p>}>
          {route.page === 'home' && <Home />}
        </Suspense>
        <Suspense fallback={<p className="notice-page">Loading the stage…</p>}>
          {route.page === 'lesson' && (
            <LessonPage
              lessonId={route.lessonId}
              stepIndex={route.stepIndex}
              embed={embed}
              framed={framed}
            />
          )}
          {route.page === 'sandbox' && <SandboxPage query={route.query} arrival={arrival} />}
          {route.page === 'matrix' && <MatrixPage query={route.query} arrival={arrival} />}
          {route.page === 'print' && <PrintPage lessonId={route.lessonId} />}
        </Suspense>
        {route.page === 'not-found' && <NotFound problem={route.problem} />}
      </ErrorBoundary>
    </LabStoreProvider>
  );
}

/** Another page or step starts afresh after an error; the sandbox's own settings do not. */
function pageKey(route: Route): string {
  if (route.page === 'print') return `print/${route.lessonId}`;
  return route.page === 'lesson' ? `lesson/${route.lessonId}/${route.stepIndex}` : route.page;
}

function SiteHeader() {
  return (
    <header className="site-header">
      {/* The hash is the route, so skipping moves focus instead of following a #main link. */}
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        Skip to content
      </button>
      <a href="#/" className="brand">
        Handshake Lab
      </a>
      <nav aria-label="Site">
        <a href="#/">Lessons</a> <a href="#/sandbox">Sandbox</a>{' '}
        <a href="#/matrix">Can Oscar win?</a>
      </nav>
      <ThemeChooser />
    </header>
  );
}
