import { t } from '../../text/index.ts';
import '../../text/messages/ui-embed.ts';
import { pathLink } from '../routing/path-links.ts';
import { lessonHash } from '../routing/route.ts';
import { allowedParent } from './deck-messages.ts';

export const FRAME_SIZES = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
] as const;
export type FrameSize = (typeof FRAME_SIZES)[number];

export interface EmbedOptions {
  /** Where the app is served: origin and path, no query, no hash. */
  readonly appUrl: string;
  readonly lessonId: string;
  readonly stepIndex: number;
  readonly stepTitle: string;
  readonly size: FrameSize;
  /** The deck's origin, when only it may drive the frame; '' for any parent. */
  readonly parent: string;
  /** Path links (`lesson/<id>/<step>/`) where the site serves them; hash links otherwise. */
  readonly links?: 'path' | 'hash';
  /** The page's language when it is not English: the embed opens in it too. */
  readonly lang?: string;
}

/** The step's link below the app's address, with a query of the page's own. */
function stepLink(options: EmbedOptions, query: string): string {
  if (options.links === 'path')
    return `${options.appUrl}${pathLink(lessonHash(options.lessonId, options.stepIndex).slice(1), query)}`;
  return `${options.appUrl}${query ? `?${query}` : ''}${lessonHash(options.lessonId, options.stepIndex)}`;
}

/** The embed's address: `?embed=1`, `&lang=` when not English, and `&parent=` when given and valid. */
export function embedLink(options: EmbedOptions): string {
  const query = new URLSearchParams({ embed: '1' });
  if (options.lang) query.set('lang', options.lang);
  const parent = allowedParent(`?parent=${encodeURIComponent(options.parent)}`);
  if (options.parent !== '' && parent !== 'invalid' && parent !== null) query.set('parent', parent);
  return stepLink(options, query.toString());
}

/** The plain link a slide tool without frames (Google Slides) can hold: the page itself. */
export function plainLink(options: EmbedOptions): string {
  return stepLink(
    options,
    options.lang ? new URLSearchParams({ lang: options.lang }).toString() : '',
  );
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export function iframeSnippet(options: EmbedOptions): string {
  const title = escapeAttribute(t('ui.embed.frame-title', { title: options.stepTitle }));
  return [
    `<iframe src="${escapeAttribute(embedLink(options))}"`,
    `        width="${options.size.width}" height="${options.size.height}" title="${title}"`,
    `        style="border: 0"></iframe>`,
  ].join('\n');
}

/** An origin as a teacher's deck might have, shown as the example of one. */
export const EXAMPLE_ORIGIN = 'https://slides.example.org';

/** Why an origin typed for `?parent=` cannot be used, or null when it can (or is empty). */
export function parentProblem(parent: string): string | null {
  if (parent === '') return null;
  return allowedParent(`?parent=${encodeURIComponent(parent)}`) === 'invalid'
    ? t('ui.embed.parent-problem', { example: EXAMPLE_ORIGIN })
    : null;
}
