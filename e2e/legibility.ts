import type { Page } from '@playwright/test';

/**
 * Every piece of text a student can see, whose rendered size is under `minPx` CSS pixels:
 * text nodes (SVG text scaled by its drawing) and the values shown in form controls.
 * Text clipped away for screen readers only (a 1-pixel box) is not seen, so it is skipped.
 */
export function textSmallerThan(page: Page, minPx: number): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`;
    const clippedAway = (el: Element) => {
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        const box = a.getBoundingClientRect();
        if ((box.width <= 1 || box.height <= 1) && getComputedStyle(a).overflow !== 'visible')
          return true;
      }
      return false;
    };
    const renderedSize = (el: Element) => {
      let size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const matrix = el.getScreenCTM();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      }
      return size;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('option, script, style, noscript')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const drawn = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1);
      if (!drawn || clippedAway(el)) continue;
      const size = renderedSize(el);
      if (size < min - 0.05)
        found.push(`${size.toFixed(1)} px: "${text.slice(0, 40)}" in ${describe(el)}`);
    }
    const controls =
      'select, textarea, input:not([type="radio"], [type="checkbox"], [type="range"])';
    for (const control of document.querySelectorAll(controls)) {
      if (!control.checkVisibility({ visibilityProperty: true }) || clippedAway(control)) continue;
      const size = renderedSize(control);
      if (size < min - 0.05) found.push(`${size.toFixed(1)} px: the value of ${describe(control)}`);
    }
    return found;
  }, minPx);
}
