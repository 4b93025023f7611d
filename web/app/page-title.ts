import { findEntry } from '../lessons/catalog.ts';
import type { Route } from '../ui/routing/route.ts';

const SITE = 'Handshake Lab';

/** The page's <title>: "Step title · Lesson title · Handshake Lab", "Sandbox · Handshake Lab". */
export function pageTitle(route: Route): string {
  if (route.page === 'lesson') {
    const entry = findEntry(route.lessonId);
    const step = entry?.stepTitles[route.stepIndex];
    return entry && step !== undefined ? `${step} · ${entry.title} · ${SITE}` : SITE;
  }
  if (route.page === 'print') {
    const entry = findEntry(route.lessonId);
    return entry ? `${entry.title}: handout · ${SITE}` : SITE;
  }
  if (route.page === 'sandbox') return `Sandbox · ${SITE}`;
  if (route.page === 'matrix') return `Can Oscar win? · ${SITE}`;
  if (route.page === 'not-found') return `No such page · ${SITE}`;
  return SITE;
}
