import { lazy, Suspense, useRef, useState } from 'react';
import type { Lesson } from '../../lessons/types.ts';

// The dialog loads when it is opened, not with the step.
const EmbedDialog = lazy(() =>
  import('./EmbedDialog.tsx').then((m) => ({ default: m.EmbedDialog })),
);

/** "Embed this step": opens a dialog with an iframe snippet, a plain link and notes. */
export function EmbedButton({ lesson, stepIndex }: { lesson: Lesson; stepIndex: number }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const step = lesson.steps[stepIndex];
  if (!step) return null;
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
        Embed this step
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            lessonId={lesson.id}
            stepIndex={stepIndex}
            stepTitle={step.title}
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
