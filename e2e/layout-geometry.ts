import type { Page } from '@playwright/test';

/** Overlaps up to this many CSS pixels are borders touching, not boxes colliding. */
export const TOLERANCE_PX = 2;

/**
 * Waits until the page has drawn two frames. The stage's canvas grows to its lowest box in a
 * ResizeObserver callback (web/ui/stage/use-fit-parties.ts), which runs before the next paint,
 * not before a script that measures between frames: what grew as the run ended is measured
 * once the page has drawn it.
 */
export function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Everything wrong with the layout on screen now, one line each, measured in one pass:
 * - two party boxes on the stage overlap, or a party box overlaps the stage caption or a
 *   label drawn on the stage (the packet, the phone line's and the registration lane's);
 * - text leaves its box: an element holding text is wider or taller than its box, unless it
 *   is meant to scroll (overflow auto or scroll), or is text kept for screen readers only;
 * - a box or label drawn on the stage reaches past the stage's edge, which cuts it off;
 * - the page scrolls sideways.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  await nextFrames(page);
  return page.evaluate((tolerance) => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid');
      const cls = el.getAttribute('class');
      return `<${el.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : cls ? ` class="${cls}"` : ''}>`;
    };
    const shown = (el: Element) =>
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const overlap = (a: DOMRect, b: DOMRect) => ({
      x: Math.min(a.right, b.right) - Math.max(a.left, b.left),
      y: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
    });

    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      problems.push(`the page scrolls sideways by ${root.scrollWidth - window.innerWidth} px`);
    }

    const parties = [...document.querySelectorAll('.stage-canvas .party')].filter(shown);
    const others = [
      ...document.querySelectorAll(
        '.stage-caption, .stage-canvas .packet, .phone-label, .registration-label',
      ),
    ].filter(shown);
    parties.forEach((party, i) => {
      const box = party.getBoundingClientRect();
      for (const other of [...parties.slice(i + 1), ...others]) {
        const { x, y } = overlap(box, other.getBoundingClientRect());
        if (x > tolerance && y > tolerance) {
          problems.push(
            `${describe(party)} and ${describe(other)} overlap by ${Math.round(x)}×${Math.round(y)} px`,
          );
        }
      }
    });

    // The stage clips what it draws: a box or label reaching past its edge is cut off.
    for (const stage of document.querySelectorAll('.stage')) {
      const edge = stage.getBoundingClientRect();
      const drawn = stage.querySelectorAll(
        '.party, .packet, .wire-label, .phone-label, .registration-label',
      );
      for (const el of [...drawn].filter(shown)) {
        const box = el.getBoundingClientRect();
        const past = Math.max(
          edge.left - box.left,
          box.right - edge.right,
          edge.top - box.top,
          box.bottom - edge.bottom,
        );
        if (past > tolerance)
          problems.push(`${describe(el)} is cut off by the stage's edge (${Math.round(past)} px)`);
      }
    }

    // Text kept for screen readers only sits in a 1-pixel box on purpose.
    const forScreenReaders = (el: Element) => el.closest('.visually-hidden') !== null;
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    for (const el of document.querySelectorAll('body *')) {
      if (!(el instanceof HTMLElement)) continue;
      // Cheap measures first: most elements fit, and need no style lookup.
      const wide = el.scrollWidth - el.clientWidth;
      const tall = el.scrollHeight - el.clientHeight;
      if (wide <= 1 && tall <= 1) continue;
      const hasText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      if (!hasText || forScreenReaders(el) || !shown(el)) continue;
      const style = getComputedStyle(el);
      // An inline box has no client size of its own: its block is measured instead.
      if (style.display === 'inline' || style.display === 'contents') continue;
      if (wide > 1 && !scrolls(style.overflowX)) {
        problems.push(`text runs ${wide} px out of the side of ${describe(el)}: "${text(el)}"`);
      }
      if (tall > 1 && !scrolls(style.overflowY)) {
        problems.push(`text runs ${tall} px out of the bottom of ${describe(el)}: "${text(el)}"`);
      }
    }
    return problems;

    function text(el: Element): string {
      return (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
    }
  }, TOLERANCE_PX);
}
