import { useState } from 'react';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-lesson.ts';

/**
 * Sends the projector window, opened blank, to the step and makes this window the speaker
 * view. The page provides it, so that what presenting needs loads only when it is pressed.
 */
export type StartPresenting = (
  projector: Window,
  lessonId: string,
  stepIndex: number,
) => Promise<void>;

interface Props {
  lessonId: string;
  stepIndex: number;
  present: StartPresenting;
}

/** "Present": a projector window with the stage; this window becomes the speaker view. */
export function PresentButton({ lessonId, stepIndex, present }: Props) {
  const [blocked, setBlocked] = useState(false);
  // The two windows talk over a BroadcastChannel; a browser without one cannot present.
  if (typeof BroadcastChannel === 'undefined') return null;
  return (
    <>
      <button
        type="button"
        className="present-button"
        data-testid="present"
        onClick={() => {
          // Opened in the click itself, or a browser may block it; its address follows.
          const projector = window.open('', '_blank', 'popup,width=1280,height=720');
          setBlocked(!projector);
          if (projector) present(projector, lessonId, stepIndex).catch(() => projector.close());
        }}
      >
        {t('ui.lesson.present')}
      </button>
      {blocked && (
        <p className="error" role="alert">
          {t('ui.lesson.present-blocked')}
        </p>
      )}
    </>
  );
}
