import { t } from '../text/index.ts';
import { stepKey } from '../text/lessons/keys.ts';
import '../text/lessons/step-titles.ts';

/**
 * A step's title. Every lesson's step titles load with the first module that asks for one (the
 * lesson page, the handout, the speaker view), not with the first view, which lists lessons only.
 */
export const stepTitle = (lessonId: string, stepIndex: number): string =>
  t(stepKey(lessonId, stepIndex, 'title'));
