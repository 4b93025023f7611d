import { lessonTitle, stepTitle } from '../lessons/lesson-text.ts';
import { t } from '../text/index.ts';
import '../text/messages/ui-pages.ts';

/** A lesson step's <title>: "Step title · Lesson title · Handshake Lab". */
export function stepPageTitle(lessonId: string, stepIndex: number): string {
  return t('ui.title.step', {
    step: stepTitle(lessonId, stepIndex),
    lesson: lessonTitle(lessonId),
    site: t('ui.site'),
  });
}
