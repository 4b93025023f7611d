import { findEntry } from './catalog.ts';
import type { Lesson } from './types.ts';

const loaded = new Map<string, Lesson>();

/** The whole lesson, if it has loaded already. */
export function loadedLesson(id: string): Lesson | undefined {
  return loaded.get(id);
}

/** Loads a lesson's steps (narration, runs, questions) the first time one of them opens. */
export async function loadLesson(id: string): Promise<Lesson | undefined> {
  const ready = loaded.get(id);
  if (ready) return ready;
  const lesson = await findEntry(id)?.load();
  if (lesson) loaded.set(id, lesson);
  return lesson;
}
