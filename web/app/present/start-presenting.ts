import { lessonHash } from '../../ui/routing/route.ts';
import { PRESENT_PARAM } from './present-link.ts';
import { beginPresentation } from './presenting.ts';

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
  const query = new URLSearchParams({
    embed: '1',
    theme: 'projector',
    [PRESENT_PARAM]: presentationId,
  });
  return `${page.origin}${page.pathname}?${query}${lessonHash(lessonId, stepIndex)}`;
}

/**
 * Sends the projector window (opened blank in the click's own handler, so that the browser
 * counts it as asked for) to this step, and makes this window the speaker view.
 */
export function startPresenting(projector: Window, lessonId: string, stepIndex: number): void {
  const id = crypto.randomUUID();
  projector.location.href = projectorUrl(window.location, id, lessonId, stepIndex);
  beginPresentation({ id, projector, startedAt: Date.now() });
}
