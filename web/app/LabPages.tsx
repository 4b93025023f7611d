// The lab's styles come before any of its components' own.
import { useState } from 'react';
import { loadedLesson, loadLesson } from '../lessons/load-lesson.ts';
import { stepRequest } from '../lessons/step-request.ts';
import { loadedOnFirstCall } from '../store/engine-service.ts';
import type { RunRequest } from '../store/lab-state.ts';
import { createLabStore, type LabStore, LabStoreProvider } from '../store/store.ts';
import { preloadable } from '../ui/preloadable.ts';
import { navigate } from '../ui/routing/navigation.ts';
import { lessonHash, type Route } from '../ui/routing/route.ts';

// The stage and its panels load with the first lesson or the sandbox, not with the lesson list.
const LessonPage = preloadable(() => import('./LessonPage.tsx').then((m) => m.LessonPage));
const SandboxPage = preloadable(() => import('./SandboxPage.tsx').then((m) => m.SandboxPage));
const MatrixPage = preloadable(() => import('./MatrixPage.tsx').then((m) => m.MatrixPage));

export type LabRoute = Extract<Route, { page: 'lesson' | 'sandbox' | 'matrix' }>;

/** The code and the lesson a page with a stage shows first, so it can hydrate at once. */
export async function preloadLabRoute(route: LabRoute): Promise<void> {
  if (route.page === 'lesson')
    await Promise.all([LessonPage.preload(), loadLesson(route.lessonId).catch(() => {})]);
  if (route.page === 'sandbox') await SandboxPage.preload();
  if (route.page === 'matrix') await MatrixPage.preload();
}

/** The store asks for another step by changing the URL; the lesson page then opens it. */
function followStep(position: { lessonId: string; stepIndex: number }): void {
  navigate(lessonHash(position.lessonId, position.stepIndex));
}

/** In a slide deck's frame, → past the end and ← before the start move the deck instead. */
function handBack(direction: 'next' | 'prev'): void {
  void import('./deck/connect-deck.ts').then((deck) => deck.handBack(direction));
}

/** The run a step asks for, when its lesson is here: the stage stands ready for it at once. */
function firstRun(route: LabRoute): RunRequest | undefined {
  if (route.page !== 'lesson') return undefined;
  const step = loadedLesson(route.lessonId)?.steps[route.stepIndex];
  return step && stepRequest(step);
}

// Steps, the sandbox and the matrix share one store in the browser (keys, settings the user
// chose), kept while the lesson list is shown; a page rendered ahead of time gets its own.
let shared: LabStore | null = null;

interface Props {
  route: LabRoute;
  /** Counts navigations: the sandbox and the matrix re-read their link at each (use-hash-route.ts). */
  arrival: number;
  embed: boolean;
  framed: boolean;
}

/** The pages with a stage: a lesson step, the sandbox, "Can Oscar win?". */
export function LabPages({ route, arrival, embed, framed }: Props) {
  const [store] = useState(() => {
    const run = firstRun(route);
    const make = () =>
      createLabStore({
        // Runs are computed in a worker, whose code loads with the first run: the page stays
        // free to draw and answer. A page rendered ahead of time never runs.
        engine: loadedOnFirstCall(() =>
          import('../ui/workers/engine-client.ts').then((client) => client.workerEngine()),
        ),
        autoplay: !embed,
        navigate: followStep,
        ...(framed ? { handBack } : {}),
        ...(run ? { firstRun: run } : {}),
      });
    if (typeof window === 'undefined') return make();
    shared ??= make();
    return shared;
  });
  return (
    <LabStoreProvider store={store}>
      {route.page === 'lesson' && (
        <LessonPage
          lessonId={route.lessonId}
          stepIndex={route.stepIndex}
          embed={embed}
          framed={framed}
        />
      )}
      {route.page === 'sandbox' && <SandboxPage query={route.query} arrival={arrival} />}
      {route.page === 'matrix' && (
        <MatrixPage query={route.query} arrival={arrival} embed={embed} />
      )}
    </LabStoreProvider>
  );
}
