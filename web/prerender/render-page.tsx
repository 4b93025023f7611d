// Built for Node by scripts/prerender.mjs: renders each page of the site to HTML, with what
// its <head> says of it. The same components as in the browser, which then hydrates them.
import { prerenderToNodeStream } from 'react-dom/static';
import { preloadRoute } from '../app/App.tsx';
import { Page } from '../app/Page.tsx';
import { pageTitle } from '../app/page-title.ts';
import { stepPageTitle } from '../app/step-page-title.ts';
import { CATALOG } from '../lessons/catalog.ts';
import { lessonTitle, stepParagraphs } from '../lessons/lesson-text.ts';
import { loadLesson } from '../lessons/load-lesson.ts';
import { renderingPage } from '../ui/routing/navigation.ts';
import { lessonHash, parseRoute, printHash } from '../ui/routing/route.ts';

export { depthOf, pathLink } from '../ui/routing/path-links.ts';

const SITE_DESCRIPTION =
  'Watch Alice and Bob talk privately over a network Oscar controls, with real cryptography computed in your browser, and see exactly when Oscar wins.';

export interface PageHead {
  readonly title: string;
  readonly description: string;
  /** The lesson whose stage stands for the page in a link preview. */
  readonly imageLesson: string;
}

/** Every page the site serves, as app paths: home, the sandbox, the matrix, each step. */
export function sitePages(): string[] {
  const steps = CATALOG.flatMap((lesson) =>
    Array.from({ length: lesson.steps }, (_, index) => lessonHash(lesson.id, index).slice(1)),
  );
  const handouts = CATALOG.map((lesson) => printHash(lesson.id).slice(1));
  return ['/', '/sandbox', '/matrix', ...steps, ...handouts];
}

/** The first sentence of a text, whole: up to the first full stop, question or exclamation mark. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?…](?=\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

export async function pageHead(appPath: string): Promise<PageHead> {
  const route = parseRoute(`#${appPath}`);
  if (route.page === 'lesson') {
    const entry = CATALOG.find((lesson) => lesson.id === route.lessonId);
    const step = (await loadLesson(route.lessonId))?.steps[route.stepIndex];
    if (!entry || !step) throw new Error(`No step for ${appPath}.`);
    return {
      title: stepPageTitle(route.lessonId, route.stepIndex),
      description: firstSentence(stepParagraphs(entry.id, route.stepIndex).join('\n\n')),
      imageLesson: entry.id,
    };
  }
  if (route.page === 'print') {
    const entry = CATALOG.find((lesson) => lesson.id === route.lessonId);
    if (!entry) throw new Error(`No lesson for ${appPath}.`);
    return {
      title: pageTitle(route),
      description: `A printable handout of “${lessonTitle(entry.id)}”: every step with its text, its stage and its outcome, computed in your browser, and the check questions with their answers.`,
      imageLesson: entry.id,
    };
  }
  if (route.page === 'sandbox')
    return {
      title: pageTitle(route),
      description:
        'Every defence and every one of Oscar’s attacks as a toggle, run for real with WebCrypto.',
      imageLesson: 'oscar-in-the-middle',
    };
  if (route.page === 'matrix')
    return {
      title: pageTitle(route),
      description:
        'Every strategy of Oscar’s against the defences you pick, each run with real cryptography, and the shortest attack a bounded search finds.',
      imageLesson: 'oscar-in-the-middle',
    };
  return {
    title: pageTitle(route),
    description: SITE_DESCRIPTION,
    imageLesson: 'oscar-in-the-middle',
  };
}

/**
 * The page's HTML inside #root, rendered once everything it shows first has loaded; with
 * `search` "?embed=1", a step's embed view.
 */
export async function renderPage(appPath: string, search = ''): Promise<string> {
  renderingPage(appPath, search);
  try {
    await preloadRoute(parseRoute(`#${appPath}`));
    const errors: unknown[] = [];
    const { prelude } = await prerenderToNodeStream(<Page webCrypto />, {
      onError: (error) => {
        errors.push(error);
      },
    });
    const chunks: Buffer[] = [];
    for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
    if (errors.length > 0) throw errors[0];
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    renderingPage(null);
  }
}
