import { type RefObject, useLayoutEffect } from 'react';

/**
 * A box that scrolls its text (the stage caption or the outcome in a tight slide) takes
 * keyboard focus, so that its hidden lines can be scrolled to without a mouse; a box that
 * fits stays out of the tab order. Run after every render: its text changes with the run.
 */
export function useFocusableWhenScrolling(box: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      const scrolls = element.scrollHeight > element.clientHeight + 1;
      if (scrolls) element.tabIndex = 0;
      else element.removeAttribute('tabindex');
    };
    const resized = new ResizeObserver(update);
    resized.observe(element);
    update();
    return () => resized.disconnect();
  });
}
