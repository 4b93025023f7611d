import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { loadLesson } from '../lessons/load-lesson.ts';
import { t } from '../text/catalogue.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { InjectedFault } from '../ui/InjectedFault.tsx';
import { preloadable, useHydrated } from '../ui/preloadable.ts';
import { inFrame, pageSearch } from '../ui/routing/navigation.ts';
import { isEmbed, type Route } from '../ui/routing/route.ts';
import { useHref } from '../ui/routing/use-href.ts';
import type { LabRoute } from './LabPages.tsx';
import { pageTitle } from './page-title.ts';
import '../text/messages/ui-shell.ts';
import { unknownLanguage } from './language.ts';
import { ThemeChooser } from './ThemeChooser.tsx';
import { useHashRoute } from './use-hash-route.ts';

// The lesson list loads on its own, so a step opened from a link does not carry it.
const Home = preloadable(() => import('./Home.tsx').then((m) => m.Home));
// The stage, its store and its panels load with the first step, the sandbox or the matrix.
const LabPages = preloadable(() => import('./LabPages.tsx').then((m) => m.LabPages));
// Loads after the page: it reads saved progress only to say that it had to be reset.
const ProgressNotice = lazy(() =>
  import('./ProgressNotice.tsx').then((m) => ({ default: m.ProgressNotice })),
);
// A lesson's handout, for paper: loaded only when someone asks to print.
const PrintPage = preloadable(() => import('./print/PrintPage.tsx').then((m) => m.PrintPage));
// A link to no page is rare: its notice loads when one arrives.
const NotFound = lazy(() => import('./NotFound.tsx').then((m) => ({ default: m.NotFound })));

function isLabRoute(route: Route): route is LabRoute {
  return route.page === 'lesson' || route.page === 'sandbox' || route.page === 'matrix';
}

/** What a page shows first, loaded before a page rendered ahead of time hydrates. */
export async function preloadRoute(route: Route): Promise<void> {
  if (route.page === 'home') await Home.preload();
  if (route.page === 'print') await PrintPage.preload();
  if (isLabRoute(route)) {
    const [lab] = await Promise.all([import('./LabPages.tsx'), LabPages.preload()]);
    await lab.preloadLabRoute(route);
  }
}

/**
 * Its children once the page has hydrated (they load after it, and show nothing until then).
 * `Later` with no frame would do the same, but importing ui/Later.tsx here makes the bundler
 * split React into a chunk of its own: 0.9 KB more on every page.
 */
function AfterHydration({ children }: { children: ReactNode }) {
  return useHydrated() ? <Suspense fallback={null}>{children}</Suspense> : null;
}

export function App() {
  const { route, arrival } = useHashRoute();
  const embed = isEmbed(pageSearch());
  // Inside a slide deck's frame: the deck may drive the step, and the step hands back at its ends.
  const framed = embed && inFrame();
  // A step's lesson loads beside the stage's code, not after it.
  const linkedLesson = route.page === 'lesson' ? route.lessonId : null;
  useEffect(() => {
    if (linkedLesson) loadLesson(linkedLesson).catch(() => {}); // the store reports a failure when it opens the step
  }, [linkedLesson]);
  // A page opened inside the app is named as if it had been loaded; a step names itself
  // (LessonPage), with the step titles that load with it.
  const title = route.page === 'lesson' ? null : pageTitle(route);
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
  return (
    <>
      {!embed && <SiteHeader />}
      <LanguageNotice />
      {!embed && (
        <AfterHydration>
          <ProgressNotice />
        </AfterHydration>
      )}
      <ErrorBoundary what="this-page" resetKey={pageKey(route)} main>
        <InjectedFault place="page" />
        <Suspense fallback={<p className="notice-page">{t('ui.shell.loading')}</p>}>
          {route.page === 'home' && <Home />}
        </Suspense>
        <Suspense fallback={<p className="notice-page">{t('ui.shell.loading-stage')}</p>}>
          {isLabRoute(route) && (
            <LabPages route={route} arrival={arrival} embed={embed} framed={framed} />
          )}
          {route.page === 'print' && <PrintPage lessonId={route.lessonId} />}
        </Suspense>
        <Suspense fallback={null}>
          {route.page === 'not-found' && <NotFound problem={route.problem} />}
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

/** Another page or step starts afresh after an error; the sandbox's own settings do not. */
function pageKey(route: Route): string {
  if (route.page === 'print') return `print/${route.lessonId}`;
  return route.page === 'lesson' ? `lesson/${route.lessonId}/${route.stepIndex}` : route.page;
}

function SiteHeader() {
  const href = useHref();
  return (
    <header className="site-header">
      {/* A hash link is the route, so skipping moves focus instead of following a #main link. */}
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('ui.shell.skip')}
      </button>
      <a href={href('#/')} className="brand">
        {t('ui.site')}
      </a>
      <nav aria-label={t('ui.shell.site-nav')}>
        <a href={href('#/')}>{t('ui.shell.lessons')}</a>{' '}
        <a href={href('#/sandbox')}>{t('ui.shell.sandbox')}</a>{' '}
        <a href={href('#/matrix')}>{t('ui.shell.matrix')}</a>
      </nav>
      <ThemeChooser />
    </header>
  );
}

/** A link asked for a language the lab does not have: say so once, above the page. */
function LanguageNotice() {
  const asked = unknownLanguage();
  if (asked === null) return null;
  return (
    <p className="progress-notice" role="status" data-testid="language-notice">
      {t('ui.shell.unknown-language', { lang: asked })}
    </p>
  );
}
