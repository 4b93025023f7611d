import { findEntry } from '../lessons/catalog.ts';
import { lessonTitle, stepTitle } from '../lessons/lesson-text.ts';
import { t } from '../text/index.ts';
import '../text/messages/ui-pages.ts';
import type { Route } from './route.ts';

/** The page's <title>: "Step title · Lesson title · Handshake Lab", "Sandbox · Handshake Lab". */
export function pageTitle(route: Route): string {
  const site = t('ui.site');
  const page = (key: string) => t('ui.title.page', { page: t(key), site });
  if (route.page === 'lesson') {
    const entry = findEntry(route.lessonId);
    if (!entry || !(route.stepIndex < entry.steps)) return site;
    return t('ui.title.step', {
      step: stepTitle(entry.id, route.stepIndex),
      lesson: lessonTitle(entry.id),
      site,
    });
  }
  if (route.page === 'sandbox') return page('ui.page.sandbox');
  if (route.page === 'matrix') return page('ui.page.matrix');
  if (route.page === 'not-found') return page('ui.page.not-found');
  return site;
}
