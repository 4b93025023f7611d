import { fileURLToPath } from 'node:url';
import { type Page, test as plain } from '@playwright/test';
import { expect, lessonById, routeOf, test } from './fixtures.ts';
import { folder, serveStatic } from './static-server.ts';

// Every page is HTML of its own, rendered at build time: readable before (and without) any
// script, taken over by the app without a warning and without moving.

const STEPS = [
  { lessonId: 'postcards', step: 1 },
  { lessonId: 'handshake', step: 3 },
  { lessonId: 'certificate-authority', step: 2 },
  { lessonId: 'relays', step: 2 },
] as const;

const firstSentence = (text: string) => text.replace(/\s+/g, ' ').match(/^.*?[.!?](?=\s|$)/)?.[0];

plain.describe('with JavaScript off', () => {
  plain.use({ javaScriptEnabled: false });
  for (const { lessonId, step } of STEPS) {
    plain(
      `${lessonId} step ${step} shows its words, its question and its stage`,
      async ({ page }) => {
        const lesson = lessonById(lessonId);
        const own = lesson.steps[step - 1];
        if (!own) throw new Error(`${lessonId} has no step ${step}`);
        await page.goto(`/lesson/${lessonId}/${step}/`);
        await expect(page).toHaveTitle(`${own.title} · ${lesson.title} · Handshake Lab`);
        await expect(page.getByTestId('step-title')).toHaveText(own.title);
        const paragraphs = own.body.split('\n\n');
        for (const paragraph of paragraphs)
          await expect(page.locator('.lesson-panel')).toContainText(paragraph);
        if (own.question)
          await expect(page.getByTestId('check-question')).toContainText(own.question.prompt);
        await expect(page.getByTestId('step-outline')).toContainText(lesson.steps[0]?.title ?? '');
        await expect(page.getByTestId('stage').getByText('Alice', { exact: true })).toBeVisible();
        await expect(page.getByTestId('stage').getByText('Bob', { exact: true })).toBeVisible();
        await expect(page.locator('meta[name="description"]')).toHaveAttribute(
          'content',
          firstSentence(own.body) ?? '',
        );
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
          'href',
          new RegExp(`/lesson/${lessonId}/${step}/$`),
        );
        await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
          'content',
          new RegExp(`/og/${lessonId}\\.png$`),
        );
      },
    );
  }
});

/**
 * Sums every layout shift the page makes that no input caused, from its first paint. A packet
 * travelling along the wire is the run's animation, not the page moving: shifts whose every
 * source is a packet sprite are left out.
 */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number; __shifted: string[] };
    w.__shifts = 0;
    w.__shifted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: readonly { node?: Node | null }[];
      })[]) {
        const sources = entry.sources ?? [];
        const travelling =
          sources.length > 0 &&
          sources.every((s) => s.node instanceof Element && s.node.closest('.packet') !== null);
        if (!entry.hadRecentInput && !travelling) {
          w.__shifts += entry.value;
          // What moved, to say so when the check fails.
          for (const { node } of sources) {
            const element = node instanceof Element ? node : node?.parentElement;
            const name = element
              ? `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`
              : 'text';
            w.__shifted.push(`${name} (${entry.value.toFixed(3)})`);
          }
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The design's budget for layout shift (and Lighthouse's, on every page). */
const MOST_SHIFT = 0.02;

/** The page's layout shift so far, and what moved. */
async function shifts(page: Page): Promise<{ total: number; shifted: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: number; __shifted: string[] };
    return { total: w.__shifts, shifted: w.__shifted };
  });
}

const HYDRATION_TROUBLE = /hydrat|did not match|#418|#423|#425|server rendered/i;

test.describe('with JavaScript', () => {
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });
  for (const { lessonId, step } of STEPS) {
    test(`${lessonId} step ${step} hydrates without a warning and without moving`, async ({
      lab,
      page,
    }) => {
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      await watchLayoutShifts(page);
      await page.goto(`/lesson/${lessonId}/${step}/`);
      await lab.expectStep(lessonId, step);
      await lab.playToPause();
      // The parts that load after the page have arrived in their frames.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      const { total, shifted } = await shifts(page);
      expect(messages.filter((text) => HYDRATION_TROUBLE.test(text))).toEqual([]);
      expect(total, `layout shift; what moved: ${shifted.join(', ')}`).toBeLessThanOrEqual(
        MOST_SHIFT,
      );
      lab.expectCleanSession();
    });
  }

  for (const path of ['/', '/sandbox/', '/matrix/']) {
    test(`${path} hydrates without a warning`, async ({ lab, page }) => {
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      await watchLayoutShifts(page);
      await page.goto(path);
      await expect(page.locator('#main')).toBeVisible();
      await page.waitForLoadState('networkidle');
      const { total, shifted } = await shifts(page);
      expect(messages.filter((text) => HYDRATION_TROUBLE.test(text))).toEqual([]);
      expect(total, `layout shift; what moved: ${shifted.join(', ')}`).toBeLessThanOrEqual(
        MOST_SHIFT,
      );
      lab.expectCleanSession();
    });
  }
});

// A page arrives in parts on a slow network, and the browser may paint what it has so far.
// Whatever it has painted must stay where it is as the rest arrives: on a phone the step's
// text stands above the stage, so it must come first in the HTML, or the stage would be
// drawn at the top and then pushed a screen down.
const SPLITS = ['<section class="lesson-panel"', '<div class="stage-column"'] as const;
const WIDTHS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
] as const;
for (const split of SPLITS)
  for (const viewport of WIDTHS)
    plain(
      `a page paused before ${split}> at ${viewport.width} px wide does not move`,
      async ({ page }) => {
        const dist = folder(fileURLToPath(new URL('../dist', import.meta.url)));
        const host = await serveStatic({
          '/': (path) => {
            const file = dist(path);
            if (!file || !path.endsWith('/')) return file;
            const html =
              typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
            const at = html.indexOf(split);
            if (at === -1) throw new Error(`${path} has no ${split}> to pause before`);
            return { ...file, body: html, pause: { at, ms: 1500 } };
          },
        });
        try {
          await page.setViewportSize(viewport);
          await watchLayoutShifts(page);
          await page.goto(`${host.origin}/lesson/handshake/3/`);
          await expect(page.getByTestId('check-question')).toBeVisible();
          await expect(page.getByTestId('stage')).toBeVisible();
          const { total, shifted } = await shifts(page);
          expect(total, `layout shift; what moved: ${shifted.join(', ')}`).toBeLessThanOrEqual(
            MOST_SHIFT,
          );
        } finally {
          await host.close();
        }
      },
    );

// Before any module runs, the head's early script (scripts/first-paint.mjs) has painted the
// page in the theme the app will choose, and kept an embed link's full page out of sight.
plain.describe('before the scripts have run', () => {
  plain.beforeEach(async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
  });

  plain('a page is painted in the dark theme on a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/lesson/handshake/3/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('step-title')).toBeVisible();
  });

  plain('a saved theme is painted; a link’s theme wins over it', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('handshake-lab:theme', 'projector'));
    await page.goto('/lesson/handshake/3/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await page.goto('/lesson/handshake/3/?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  plain(
    'a step’s embed link shows the step’s embed view, rendered by the build',
    async ({ page }) => {
      await page.goto('/lesson/oscar-in-the-middle/2/?embed=1&theme=projector');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
      await expect(page.locator('html')).not.toHaveAttribute('data-embed-pending');
      await expect(page.locator('#root .is-embed')).toBeVisible();
      await expect(page.locator('#root .embed-title')).toHaveText(/Oscar swaps the key/);
      await expect(page.locator('#root .site-header')).toHaveCount(0);
      await expect(page.getByTestId('stage').getByText('Alice', { exact: true })).toBeVisible();
    },
  );

  plain('an old embed link shows nothing of the page it is served', async ({ page }) => {
    await page.goto('/?embed=1&theme=projector#/lesson/oscar-in-the-middle/2');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expect(page.locator('html')).not.toHaveAttribute('data-embed-pending');
    await expect(page.locator('#root')).toBeEmpty();
    // Not even an empty text node: the start script sees a page with nothing of its own to
    // paint and starts the app after its first frame, instead of waiting a second for a paint
    // that only the app can make.
    expect(await page.locator('#root').evaluate((root) => root.childNodes.length)).toBe(0);
    await expect(page.getByText('Handshake Lab did not start')).toBeVisible();
  });
});

test('an embed link is drawn as the embed, in its theme, once the app has started', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  await page.goto('/lesson/oscar-in-the-middle/2/?embed=1&theme=projector');
  await expect(page.locator('.is-embed')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.locator('html')).not.toHaveAttribute('data-embed-pending');
  await expect(page.locator('#root')).toHaveCSS('visibility', 'visible');
  expect(messages.filter((text) => /Content.Security.Policy|Refused/i.test(text))).toEqual([]);
});

test.describe('old hash links become path links', () => {
  const LINKS = [
    ['/#/lesson/postcards/2', '/lesson/postcards/2/'],
    ['/?embed=1#/lesson/oscar-in-the-middle/2', '/lesson/oscar-in-the-middle/2/?embed=1'],
    [
      '/?embed=1&theme=projector&parent=https://slides.example.org#/lesson/handshake/3',
      '/lesson/handshake/3/?embed=1&theme=projector&parent=https://slides.example.org',
    ],
    ['/#/sandbox?exchange=ecdh&oscar=mitm', '/sandbox/?exchange=ecdh'],
    ['/#/matrix?sequence-numbers=on', '/matrix/?sequence-numbers=on'],
    ['/#/', '/'],
  ] as const;
  for (const [hashLink, pathLink] of LINKS) {
    test(`${hashLink} → ${pathLink}`, async ({ lab, page }) => {
      await page.goto(hashLink);
      await expect
        .poll(() => new URL(page.url()).href.slice(new URL(page.url()).origin.length))
        .toBe(pathLink);
      await expect(page.locator('#main')).toBeVisible();
      lab.expectCleanSession();
    });
  }
});

test('links inside the app open their page without reloading, and Back returns', async ({
  lab,
  page,
}) => {
  await lab.openStep('postcards', 1);
  await page.evaluate(() => {
    (window as unknown as { __samePage: boolean }).__samePage = true;
  });
  await page.getByTestId('next-step').click();
  await lab.expectStep('postcards', 2);
  expect(new URL(page.url()).pathname).toBe('/lesson/postcards/2/');
  await page.goBack();
  await lab.expectStep('postcards', 1);
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Sandbox' })
    .click();
  await expect.poll(() => routeOf(page.url())).toBe('#/sandbox');
  expect(
    await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage),
  ).toBe(true);
  lab.expectCleanSession();
});

test('the site works from a sub-path: relative assets, links and old hash links', async ({
  lab,
  page,
}) => {
  // The same build, served one folder down.
  await page.route(/\/deep\/site\//, async (route) => {
    const url = route.request().url().replace('/deep/site/', '/');
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  await page.goto('/deep/site/#/lesson/locked-box/2');
  await expect.poll(() => new URL(page.url()).pathname).toBe('/deep/site/lesson/locked-box/2/');
  await expect(lab.stepTitle).toHaveText(lessonById('locked-box').steps[1]?.title ?? '');
  await lab.waitUntilComputed();
  await page.getByTestId('next-step').click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/deep/site/lesson/locked-box/3/');
  await page.reload();
  await expect(lab.stepTitle).toHaveText(lessonById('locked-box').steps[2]?.title ?? '');
  await lab.waitUntilComputed();
  // The icons are PNGs (an SVG icon is drawn as a document on the page's thread), found from here.
  for (const rel of ['icon', 'apple-touch-icon']) {
    const href = await page
      .locator(`link[rel="${rel}"]`)
      .evaluate((l) => (l as HTMLLinkElement).href);
    expect(new URL(href).pathname).toMatch(/^\/deep\/site\/[\w-]+\.png$/);
    const icon = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') };
    }, href);
    expect(icon, href).toEqual({ status: 200, type: 'image/png' });
  }
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Lessons' })
    .click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/deep/site/');
  await expect(page.getByTestId('lesson-list')).toBeVisible();
  lab.expectCleanSession();
});
