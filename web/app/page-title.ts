import { findEntry } from '../lessons/catalog.ts';
import { lessonTitle } from '../lessons/lesson-text.ts';
import { t } from '../text/catalogue.ts';
import '../text/messages/ui-pages.ts';
import type { Route } from '../ui/routing/route.ts';

type NotALesson = Exclude<Route, { page: 'lesson' }>;

/**
 * The <title> of a page that is not a lesson step: "Sandbox · Handshake Lab". A step's title
 * names the step (step-page-title.ts), and loads with the lesson page.
 */
export function pageTitle(route: NotALesson): string {
  const site = t('ui.site');
  const page = (key: string) => t('ui.title.page', { page: t(key), site });
  if (route.page === 'print')
    return findEntry(route.lessonId)
      ? t('ui.title.print', { lesson: lessonTitle(route.lessonId), site })
      : site;
  if (route.page === 'sandbox') return page('ui.page.sandbox');
  if (route.page === 'matrix') return page('ui.page.matrix');
  if (route.page === 'not-found') return page('ui.page.not-found');
  return site;
}
