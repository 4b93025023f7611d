/**
 * Runs `measure` in the next frame, whose layout the browser does anyway. A panel far below the
 * screen is not rendered at all (content-visibility: auto, workbench.css): reading its layout
 * would force the very work the browser skipped, so `measure` waits until the panel is
 * rendered, as the reader scrolls near it. Returns a function that cancels it.
 */
export function measureWhenRendered(element: Element, measure: () => void): () => void {
  let waiting: ((event: Event) => void) | null = null;
  const frame = requestAnimationFrame(() => {
    if (element.checkVisibility?.({ contentVisibilityAuto: true }) !== false) {
      measure();
      return;
    }
    // The event does not bubble: listen on the way down to whichever panel it fires on.
    waiting = (event: Event) => {
      const changed = event as ContentVisibilityAutoStateChangeEvent;
      if (changed.skipped || !(changed.target instanceof Node) || !changed.target.contains(element))
        return;
      stop();
      measure();
    };
    document.addEventListener('contentvisibilityautostatechange', waiting, true);
  });
  const stop = () => {
    cancelAnimationFrame(frame);
    if (waiting) document.removeEventListener('contentvisibilityautostatechange', waiting, true);
    waiting = null;
  };
  return stop;
}
