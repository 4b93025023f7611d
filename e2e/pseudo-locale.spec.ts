import type { Page } from '@playwright/test';
import { expect, type Lab, test } from './fixtures.ts';
import { LESSONS } from './lesson-words.ts';

// Every page and every lesson step in the pseudo-locale (?lang=en-XA: every letter accented, 35%
// longer, bracketed), at a 16:9 slide's size. Text the catalogue did not render keeps plain ASCII
// letters and stands out; a layout that breaks in a longer language clips or overflows.

test.use({ viewport: { width: 960, height: 540 } });

const QUERY = '?embed=1&lang=en-XA';

/**
 * Parts of the page whose words do not come from the catalogue yet, or never will. Each entry
 * says why; the walk reads everything else.
 */
const NOT_CATALOGUE_TEXT: readonly { readonly selector: string; readonly why: string }[] = [
  // The engine's narration is rendered by the catalogue, but its lines quote data that is the
  // same in every language (Alice's message as she wrote it) and packet kinds the engine still
  // writes in English ("text 46 B"). The walk reads around them only in the narration.
  { selector: '[data-testid="narration-log"]', why: 'narration lines quoting Alice’s message' },
  {
    selector: '[data-testid="narration-live"]',
    why: 'the latest narration line, for screen readers',
  },
  { selector: '[data-testid="stage-caption"] bdi', why: 'the narration line under the stage' },
  // Written by the engine (web/protocol) as plain English, not yet as catalogue keys.
  {
    selector: '.key-name',
    why: 'a key’s algorithm and size, from the engine (“ECDSA P-256 root”)',
  },
  {
    selector: '.machine-state, .machine-badge-cause, .seq-state',
    why: 'protocol states and the packets that move them, from the engine',
  },
  { selector: '.choice-label', why: 'a setting’s name, from the engine’s settings registry' },
  {
    selector: '.engine-english',
    why: 'the engine’s words not yet in the catalogue, inside a sentence of the interface (ui/rich-text.tsx)',
  },
  // Text the reader wrote, or a file the page generated for another program.
  { selector: 'textarea, input', why: 'a message typed or a model generated for Verifpal' },
  {
    selector: 'code, pre',
    why: 'PEM armour, commands and program output: the same in every language',
  },
  { selector: '.user-text', why: 'Alice’s message as she wrote it' },
];

/**
 * Words that are the same in every language, inside text the catalogue rendered or beside it.
 * Each is a name, not a word to translate.
 */
const SAME_IN_EVERY_LANGUAGE: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  {
    pattern: /\b(?:Alice|Bob|Oscar|Carol|Dave|Erin)\b/g,
    why: 'the parties’ names: proper nouns, kept in every language like the cast of a textbook',
  },
  { pattern: /\bBroker \d\b/g, why: 'a relay’s name in the topology, from the engine' },
  {
    pattern: /\b[A-Z][A-Z0-9]*(?:[-_+][A-Z0-9]+)*\b/g,
    why: 'algorithm, protocol and packet names in capitals: AES-GCM, RSA-OAEP, HELLO+ACK, WAIT_ACK, CA',
  },
  { pattern: /\bclose_notify\b/g, why: 'TLS’s name for its closing alert' },
  {
    pattern: /\bmod\b/g,
    why: 'the operator of modular arithmetic, written as mathematics writes it',
  },
  {
    pattern: /\b[0-9a-f]{2}(?:[ :][0-9a-f]{2})+\b/gi,
    why: 'bytes written in hex (a fingerprint, a packet’s bytes)',
  },
  { pattern: /\b[0-9a-f]{6,}\b/gi, why: 'a hex digest or key fingerprint' },
  { pattern: /\b[A-Za-z0-9+/]{16,}={0,2}/g, why: 'base64 data' },
];

/**
 * Parts of the interface whose words are not in the catalogue yet: their own strings still sit
 * in the components. Each entry is work left, named so that it cannot pass unnoticed.
 */
const NOT_YET_IN_THE_CATALOGUE: readonly string[] = [
  '[data-testid="brute-force-cost"]',
  '[data-testid="toy-attack-status"]',
  '.matrix-lead',
  '.matrix-search',
];

interface Finding {
  readonly kind: 'untranslated' | 'clipped' | 'page overflows';
  readonly text: string;
  readonly where: string;
}

/** What the page shows that is not in the pseudo-locale, is cut off, or does not fit. */
async function findProblems(page: Page): Promise<Finding[]> {
  return page.evaluate(
    ({ exempt, same }) => {
      const findings: {
        kind: 'untranslated' | 'clipped' | 'page overflows';
        text: string;
        where: string;
      }[] = [];
      const describe = (element: Element): string => {
        const id = element.getAttribute('data-testid');
        const classes = [...element.classList].slice(0, 2).join('.');
        return `${element.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}${classes ? `.${classes}` : ''}`;
      };
      const shown = (element: Element): boolean => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return false;
        const style = getComputedStyle(element);
        return style.visibility !== 'hidden' && style.display !== 'none';
      };
      const patterns = same.map(([source, flags]) => new RegExp(source, flags));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, noscript, template')) continue;
        if (exempt.some((selector) => parent.closest(selector))) continue;
        if (!shown(parent)) continue;
        let text = node.textContent ?? '';
        for (const pattern of patterns) text = text.replace(pattern, ' ');
        if (/[A-Za-z]{3,}/.test(text)) {
          findings.push({
            kind: 'untranslated',
            text: (node.textContent ?? '').trim().slice(0, 80),
            where: describe(parent),
          });
        }
      }
      // Text cut off by its box: an element that hides overflow and has more content than room.
      for (const element of document.body.querySelectorAll('*')) {
        if (!shown(element) || !(element.textContent ?? '').trim()) continue;
        const style = getComputedStyle(element);
        // Hidden on purpose for sight and kept for screen readers: clipped to a pixel.
        if (style.clip !== 'auto' || style.clipPath !== 'none') continue;
        const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
        const ellipsis = style.textOverflow === 'ellipsis';
        if ((hidesX || ellipsis) && element.scrollWidth > element.clientWidth + 1) {
          findings.push({
            kind: 'clipped',
            text: (element.textContent ?? '').trim().slice(0, 80),
            where: describe(element),
          });
        }
      }
      const root = document.scrollingElement ?? document.documentElement;
      if (root.scrollWidth > root.clientWidth) {
        findings.push({
          kind: 'page overflows',
          text: `${root.scrollWidth} > ${root.clientWidth}`,
          where: 'html',
        });
      }
      return findings;
    },
    {
      exempt: [...NOT_CATALOGUE_TEXT.map((entry) => entry.selector), ...NOT_YET_IN_THE_CATALOGUE],
      same: SAME_IN_EVERY_LANGUAGE.map(
        (entry) => [entry.pattern.source, entry.pattern.flags] as const,
      ),
    },
  );
}

/** With WALK_REPORT=1 the walk lists every finding, step by step, instead of stopping at one. */
async function expectNoProblems(lab: Lab, where: string) {
  await expect(lab.page.locator('html')).toHaveAttribute('lang', 'en-XA');
  const problems = await findProblems(lab.page);
  if (process.env.WALK_REPORT) {
    for (const p of problems) console.log(`FINDING\t${where}\t${p.kind}\t${p.where}\t${p.text}`);
    return;
  }
  expect(problems, where).toEqual([]);
}

/**
 * A page's HTML, rendered ahead of time in English, stands until the app has loaded the
 * pseudo-locale and rendered the page afresh in it: nothing is read or pressed before that.
 */
async function openInPseudoLocale(page: Page, path: string) {
  await page.goto(`${path}${QUERY}`);
  await expect(page.locator('main')).toContainText(/\[[^\]]*·\]/);
}

for (const lesson of LESSONS) {
  test(`every step of ${lesson.id} in the pseudo-locale: no untranslated, clipped or overflowing text`, async ({
    lab,
    page,
  }) => {
    await openInPseudoLocale(page, `/lesson/${lesson.id}/1/`);
    for (const n of lesson.steps.keys()) {
      if (n > 0) await page.getByTestId('next-step').click();
      await expect(page).toHaveURL(
        new RegExp(`/lesson/${lesson.id}/${n + 1}/\\?embed=1&lang=en-XA`),
      );
      await lab.waitUntilComputed();
      // The step's pause shows the most; the toolbar's name is in the pseudo-locale too.
      await lab.speed.selectOption('instant');
      await expect(page.locator('[data-at-pause]')).toHaveAttribute('data-at-pause', 'true');
      await expectNoProblems(lab, `${lesson.id} step ${n + 1}`);
    }
    lab.expectCleanSession();
  });
}

for (const [name, path] of [
  ['home', '/'],
  ['sandbox', '/sandbox/'],
  ['matrix', '/matrix/'],
] as const) {
  test(`the ${name} page in the pseudo-locale: no untranslated, clipped or overflowing text`, async ({
    lab,
    page,
  }) => {
    await openInPseudoLocale(page, path);
    if (name !== 'home') await lab.waitUntilComputed();
    await expectNoProblems(lab, name);
    lab.expectCleanSession();
  });
}

test('an unknown language keeps English and says so', async ({ lab, page }) => {
  await page.goto('/lesson/postcards/1/?lang=tlh');
  await expect(page.getByTestId('language-notice')).toContainText('“tlh”');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(lab.stepTitle).toHaveText(LESSONS[0]?.steps[0]?.title ?? '');
  lab.expectCleanSession();
});
