import { useEffect, useState } from 'react';
import type { LessonPart } from '../../lessons/lesson-parts.ts';

/**
 * Whether a part of a lesson's words that loads apart from the lesson (lessons/lesson-parts.ts)
 * is here. While it is not and the page wants it, it loads, and the component renders again. A
 * part that fails to load fails the page with that error, for its error boundary to say.
 */
export function useLessonWords(
  part: LessonPart,
  lessonId: string,
  here: boolean,
  wanted = true,
): boolean {
  const [failure, setFailure] = useState<unknown>(null);
  const [, arrived] = useState(0);
  useEffect(() => {
    if (wanted && !here)
      import('../../lessons/lesson-parts.ts')
        .then((parts) => parts.loadLessonPart(part, lessonId))
        .then(() => arrived((n) => n + 1), setFailure);
  }, [part, lessonId, here, wanted]);
  if (failure !== null) throw failure;
  return here;
}
