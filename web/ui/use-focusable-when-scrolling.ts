import { type RefObject, useEffect } from 'react';

/**
 * A box that scrolls its text (the stage caption or the outcome in a tight slide) takes
 * keyboard focus, so that its hidden lines can be scrolled to without a mouse; a box that
 * fits stays out of the tab order. Run after every render: its text changes with the run.
 * A ResizeObserver reports each box it starts observing once the page has laid it out, so the
 * box is measured then, for free, and never forces a layout of its own.
 */
export function useFocusableWhenScrolling(box: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const resized = new ResizeObserver(() => {
      if (element.scrollHeight > element.clientHeight + 1) element.tabIndex = 0;
      else element.removeAttribute('tabindex');
    });
    resized.observe(element);
    return () => resized.disconnect();
  });
}
