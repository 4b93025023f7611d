import { lessonHash } from '../route.ts';

/** `?present=<id>`: this window is the projector of presentation <id>. */
const PARAM = 'present';

/** The presentation this window projects, or null when it is not a projector window. */
export function projectorOf(search: string): string | null {
  const id = new URLSearchParams(search).get(PARAM);
  return id !== null && /^[A-Za-z0-9-]{8,64}$/.test(id) ? id : null;
}

/**
 * The projector window's address: this page, as an embed (the stage, narration and outcome
 * only; the presenter steps) in the projector theme.
 */
export function projectorUrl(
  page: { origin: string; pathname: string },
  presentationId: string,
  lessonId: string,
  stepIndex: number,
): string {
  const query = new URLSearchParams({ embed: '1', theme: 'projector', [PARAM]: presentationId });
  return `${page.origin}${page.pathname}?${query}${lessonHash(lessonId, stepIndex)}`;
}
