import { LazyMotion, MotionConfig } from 'framer-motion';
import { lazy, Suspense } from 'react';
import { LabStoreProvider } from '../store/store.ts';
import { Home } from './Home.tsx';
import { NotFound } from './NotFound.tsx';
import { ProgressNotice } from './ProgressNotice.tsx';
import { isEmbed, lessonHash } from './route.ts';
import { ThemeChooser } from './ThemeChooser.tsx';
import { useHashRoute } from './use-hash-route.ts';

const loadMotionFeatures = () => import('./motion-features.ts').then((m) => m.default);

// The stage and its panels load with the first lesson or the sandbox, not with the lesson list.
const LessonPage = lazy(() => import('./LessonPage.tsx').then((m) => ({ default: m.LessonPage })));
const SandboxPage = lazy(() =>
  import('./SandboxPage.tsx').then((m) => ({ default: m.SandboxPage })),
);

/** The store asks for another step by changing the URL; the lesson page then opens it. */
function followStep(position: { lessonId: string; stepIndex: number }): void {
  window.location.hash = lessonHash(position.lessonId, position.stepIndex);
}

export function App() {
  const route = useHashRoute();
  const embed = isEmbed(window.location.search);
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">
        <LabStoreProvider autoplay={!embed} navigate={followStep}>
          {!embed && <SiteHeader />}
          {!embed && <ProgressNotice />}
          {route.page === 'home' && <Home />}
          <Suspense fallback={<p className="notice-page">Loading the stage…</p>}>
            {route.page === 'lesson' && (
              <LessonPage lessonId={route.lessonId} stepIndex={route.stepIndex} embed={embed} />
            )}
            {route.page === 'sandbox' && <SandboxPage query={route.query} />}
          </Suspense>
          {route.page === 'not-found' && <NotFound problem={route.problem} />}
        </LabStoreProvider>
      </MotionConfig>
    </LazyMotion>
  );
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
        <a href="#/">Lessons</a> <a href="#/sandbox">Sandbox</a>
      </nav>
      <ThemeChooser />
    </header>
  );
}
