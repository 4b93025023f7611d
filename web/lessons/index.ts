import { lockedBox } from './locked-box.ts';
import { postcards } from './postcards.ts';
import { sealedEnvelope } from './sealed-envelope.ts';
import type { Lesson } from './types.ts';

/** The lessons, in teaching order. Adding a lesson: write its file and list it here. */
export const LESSONS: readonly Lesson[] = [postcards, lockedBox, sealedEnvelope];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
