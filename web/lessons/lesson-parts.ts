/**
 * The parts of a lesson's words that load apart from it (text/lessons/<part>/<id>.ts):
 * - its explanations, rendered from the outcome of a run, so they load once there is one or when
 *   the handout prints its answers, not with the step;
 * - its step titles, which also come with the lesson: they load alone for a step opened before
 *   its lesson has arrived, a small file, so that its page stands titled at once.
 */
const files = {
  explanations: import.meta.glob([
    '../text/lessons/explanations/*.ts',
    '!../text/lessons/explanations/register.ts',
  ]),
  'step-titles': import.meta.glob('../text/lessons/step-titles/*.ts'),
};

export type LessonPart = keyof typeof files;

export async function loadLessonPart(part: LessonPart, lessonId: string): Promise<void> {
  const load = files[part][`../text/lessons/${part}/${lessonId}.ts`];
  if (!load) throw new RangeError(`The lesson "${lessonId}" has no ${part}`);
  await load();
}
