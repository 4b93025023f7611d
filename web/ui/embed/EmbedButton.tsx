import { lazy, Suspense, useRef, useState } from 'react';
import type { LessonEntry } from '../../lessons/catalog.ts';
import { stepTitle } from '../../lessons/lesson-text.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-lesson.ts';

// The dialog loads when it is opened, not with the step.
const EmbedDialog = lazy(() =>
  import('./EmbedDialog.tsx').then((m) => ({ default: m.EmbedDialog })),
);

/** "Embed this step": opens a dialog with an iframe snippet, a plain link and notes. */
export function EmbedButton({ lesson, stepIndex }: { lesson: LessonEntry; stepIndex: number }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!(stepIndex < lesson.steps)) return null;
  return (
    <>
      <button
        type="button"
        ref={button}
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="embed-this-step"
      >
        {t('ui.lesson.embed')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            lessonId={lesson.id}
            stepIndex={stepIndex}
            stepTitle={stepTitle(lesson.id, stepIndex)}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
