import { findEntry } from '../../lessons/catalog.ts';
import { lessonTitle } from '../../lessons/lesson-text.ts';
import { t } from '../../text/catalogue.ts';
import '../../text/messages/ui-pages.ts';
import { echo } from '../../text/text.ts';
import { decodeLinkPart, splitAtQuery } from './link-query.ts';

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'lesson'; readonly lessonId: string; readonly stepIndex: number }
  /** Every step of a lesson on one page, to print: `#/lesson/<id>/print`. */
  | { readonly page: 'print'; readonly lessonId: string }
  | { readonly page: 'sandbox'; readonly query: string }
  | { readonly page: 'matrix'; readonly query: string }
  | { readonly page: 'not-found'; readonly problem: string };

/** Reads "#/lesson/<id>/<step>" (step 1-based). Anything else gets a message, never a crash. */
export function parseRoute(hash: string): Route {
  // The query is everything after the first "?": a "?" or "#" further on is part of a value.
  const { path: rawPath, query } = splitAtQuery(hash.startsWith('#') ? hash.slice(1) : hash);
  const path = withoutTrailingSlashes(decodeLinkPart(rawPath));
  if (path === '/sandbox') return { page: 'sandbox', query };
  if (path === '/matrix') return { page: 'matrix', query };
  if (path === '' || path === '/') return { page: 'home' };
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'lesson') return { page: 'not-found', problem: noPage(path) };
  const lessonId = parts[1];
  if (!lessonId) return { page: 'home' };
  const lesson = findEntry(lessonId);
  if (!lesson) {
    return {
      page: 'not-found',
      problem: t('ui.route.no-lesson', { name: echo(lessonId) }),
    };
  }
  if (parts.length > 3) return { page: 'not-found', problem: noPage(path) };
  if (parts[2] === PRINT) return { page: 'print', lessonId };
  const stepText = parts[2] ?? '1';
  // A step number is written as people write it: digits, no sign, no leading zero.
  const step = /^[1-9]\d{0,5}$/.test(stepText) ? Number(stepText) : Number.NaN;
  if (!(step <= lesson.steps)) {
    return {
      page: 'not-found',
      problem: t('ui.route.no-step', {
        lesson: lessonTitle(lesson.id),
        steps: lesson.steps,
        step: echo(stepText),
      }),
    };
  }
  return { page: 'lesson', lessonId, stepIndex: step - 1 };
}

function noPage(path: string): string {
  return t('ui.route.no-page', { path: echo(path) });
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

export function lessonHash(lessonId: string, stepIndex: number): string {
  return `#/lesson/${lessonId}/${stepIndex + 1}`;
}

const PRINT = 'print';

/** The lesson's handout: every step at its pause, laid out for paper. */
export function printHash(lessonId: string): string {
  return `#/lesson/${lessonId}/${PRINT}`;
}

/** `?embed=1` shows only the stage, the narration and the step controls. */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}
