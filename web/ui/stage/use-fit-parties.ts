import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps the stage tall enough for its party boxes. A box grows with the keys its party holds
 * (and, on a narrow stage, with every line they wrap onto); the canvas's preset height is a
 * floor, and `--parties-bottom` tells the stylesheet where the lowest box ends, so the caption
 * under the stage is never drawn over.
 */
export function useFitParties(canvas: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const parties = () => element.querySelectorAll<HTMLElement>(':scope > .party');
    const measure = () => {
      let bottom = 0;
      for (const party of parties())
        bottom = Math.max(bottom, party.offsetTop + party.offsetHeight);
      element.style.setProperty('--parties-bottom', `${Math.ceil(bottom)}px`);
    };
    const resized = new ResizeObserver(measure);
    const watchAll = () => {
      resized.disconnect();
      resized.observe(element);
      for (const party of parties()) resized.observe(party);
    };
    const added = new MutationObserver(watchAll);
    added.observe(element, { childList: true });
    watchAll();
    return () => {
      added.disconnect();
      resized.disconnect();
    };
  }, [canvas]);
}
