import { useState } from 'react';

// What presenting needs beyond this button loads when it is pressed.
const presenting = () => import('../../app/present/start-presenting.ts');

/** "Present": a projector window with the stage; this window becomes the speaker view. */
export function PresentButton({ lessonId, stepIndex }: { lessonId: string; stepIndex: number }) {
  const [blocked, setBlocked] = useState(false);
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
          if (projector)
            presenting().then(
              (p) => p.startPresenting(projector, lessonId, stepIndex),
              () => projector.close(),
            );
        }}
      >
        Present
      </button>
      {blocked && (
        <p className="error" role="alert">
          The browser blocked the projector window: allow pop-ups here and press Present again.
        </p>
      )}
    </>
  );
}
