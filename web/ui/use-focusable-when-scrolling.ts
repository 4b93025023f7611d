import { type RefObject, useEffect, useRef } from 'react';

/**
 * A box that scrolls its text (the stage caption or the outcome in a tight slide) takes
 * keyboard focus, so that its hidden lines can be scrolled to without a mouse; a box that
 * fits stays out of the tab order. Its text changes with the run and its size with the
 * window: both are watched, and measured once a frame at most, when the page lays out anyway
 * (measuring after every render made the browser lay out the page again each time).
 */
export function useFocusableWhenScrolling(box: RefObject<HTMLElement | null>): void {
  const watched = useRef<{ element: HTMLElement; stop: () => void } | null>(null);
  // The box may appear, or be replaced, in any render: follow whichever element it is now.
  useEffect(() => {
    const element = box.current;
    if (watched.current?.element === element) return;
    watched.current?.stop();
    watched.current = element ? { element, stop: watchScrolling(element) } : null;
  });
  useEffect(
    () => () => {
      watched.current?.stop();
      watched.current = null;
    },
    [],
  );
}

function watchScrolling(element: HTMLElement): () => void {
  let frame = 0;
  const check = () => {
    frame = 0;
    if (element.scrollHeight > element.clientHeight + 1) element.tabIndex = 0;
    else element.removeAttribute('tabindex');
  };
  const soon = () => {
    if (frame === 0) frame = requestAnimationFrame(check);
  };
  const resized = new ResizeObserver(soon);
  resized.observe(element);
  const rewritten = new MutationObserver(soon);
  rewritten.observe(element, { childList: true, subtree: true, characterData: true });
  return () => {
    resized.disconnect();
    rewritten.disconnect();
    cancelAnimationFrame(frame);
  };
}
