import { useState } from 'react';
import { startPresenting } from '../../app/present/presenting.ts';

/** "Present": a projector window with the stage; this window becomes the speaker view. */
export function PresentButton({ lessonId, stepIndex }: { lessonId: string; stepIndex: number }) {
  const [blocked, setBlocked] = useState(false);
  return (
    <>
      <button
        type="button"
        className="present-button"
        data-testid="present"
        onClick={() => setBlocked(!startPresenting(lessonId, stepIndex))}
      >
        Present
      </button>
      {blocked && (
        <p className="error" role="alert">
          The browser blocked the projector window. Allow pop-up windows for this site, then press
          Present again.
        </p>
      )}
    </>
  );
}
