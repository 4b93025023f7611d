import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps the stage tall enough for its party boxes. A box grows with the keys its party holds
 * (and, on a narrow stage or in a theme with larger type, with every line they wrap onto); the
 * canvas's preset height is a floor, and `--parties-bottom` tells the stylesheet where the
 * lowest box ends, so the caption under the stage is never drawn over. Run after every render:
 * the boxes on stage change with the run.
 */
export function useFitParties(canvas: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const parties = element.querySelectorAll<HTMLElement>(':scope > .party');
    const resized = new ResizeObserver(() => {
      let bottom = 0;
      for (const party of parties) bottom = Math.max(bottom, party.offsetTop + party.offsetHeight);
      element.style.setProperty('--parties-bottom', `${Math.ceil(bottom)}px`);
    });
    for (const party of parties) resized.observe(party);
    return () => resized.disconnect();
  });
}
