/**
 * Each lesson's explanations of its check questions (text/lessons/explanations/<id>.ts). They are
 * rendered from the outcome of a run, so a step's page does not carry them: they load when a run
 * has an outcome to explain, or when the handout prints its answers.
 */
const byLesson = import.meta.glob([
  '../text/lessons/explanations/*.ts',
  '!../text/lessons/explanations/register.ts',
]);

export async function loadExplanations(lessonId: string): Promise<void> {
  const load = byLesson[`../text/lessons/explanations/${lessonId}.ts`];
  if (load) await load();
}
