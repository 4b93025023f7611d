import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * A teacher's reveal.js deck with two slides, each embedding a lesson step. The deck is served
 * from another origin than the app (another port), as a real deck would be.
 */
interface LabEvent {
  namespace: string;
  eventName: string;
  frame: number;
  origin: string;
  state: { lesson: string; step: number; steps: number; event: number; events: number };
  result?: unknown;
}

declare global {
  interface Window {
    labEvents: LabEvent[];
    Reveal: { getIndices(): { h: number } };
  }
}

const FILES: Record<string, { path: string; type: string }> = {
  'index.html': { path: 'e2e/deck/index.html', type: 'text/html' },
  'deck.js': { path: 'e2e/deck/deck.js', type: 'text/javascript' },
  'reveal.js': { path: 'node_modules/reveal.js/dist/reveal.js', type: 'text/javascript' },
  'reveal.css': { path: 'node_modules/reveal.js/dist/reveal.css', type: 'text/css' },
  'white.css': { path: 'node_modules/reveal.js/dist/theme/white.css', type: 'text/css' },
};

/** Serves the deck from its own little server, so that it has an origin of its own. */
function serveDeck(app: string, edit: (html: string) => string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = (request.url ?? '').replace(/^\/(deck\/)?/, '').replace(/\?.*$/, '');
    const file = FILES[name];
    if (name === 'favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file.path, 'utf8');
    if (name === 'index.html') {
      const { port } = server.address() as AddressInfo;
      const deck = `http://127.0.0.1:${port}`;
      body = edit(body.replaceAll('{{APP}}', app).replaceAll('{{DECK}}', deck));
    }
    response.writeHead(200, { 'content-type': file.type }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const servers: Server[] = [];
test.afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function openDeck(page: Page, baseURL: string, edit: (html: string) => string = (h) => h) {
  const app = new URL(baseURL).origin;
  const server = await serveDeck(app, edit);
  servers.push(server);
  const deck = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await page.goto(`${deck}/deck/index.html`);
  return { deck, app };
}

const slide = (page: Page) => page.evaluate(() => window.Reveal.getIndices().h);
const events = (page: Page) => page.evaluate(() => window.labEvents);
const frame = (page: Page, n: 1 | 2): FrameLocator =>
  page.frameLocator(`[data-testid="slide-${n}"] iframe`);

async function waitForReady(page: Page) {
  await expect
    .poll(async () => (await events(page)).filter((e) => e.eventName === 'ready').length)
    .toBe(2);
}

async function post(page: Page, n: 1 | 2, message: unknown) {
  await page.evaluate(
    ({ n, message }) => {
      const frames = document.querySelectorAll('iframe');
      frames[n - 1]?.contentWindow?.postMessage(message, '*');
    },
    { n, message },
  );
}

/**
 * The deck's frames with the links decks were made with (hash links, `?embed=1#/lesson/…`),
 * or with the path links the site gives now (`/lesson/…/?embed=1`).
 */
function withLinks(links: 'hash' | 'path', html: string): string {
  if (links === 'hash') return html;
  return html.replace(/src="([^"?#]*)\/\?([^"#]*)#\/([^"]*)"/g, 'src="$1/$3/?$2"');
}

for (const links of ['hash', 'path'] as const) {
  test.describe(`with ${links} links`, () => {
    const open = (page: Page, baseURL: string, edit: (html: string) => string = (h) => h) =>
      openDeck(page, baseURL, (html) => edit(withLinks(links, html)));

    test('a presenter drives the deck, goes through a frame, and comes out at its end', async ({
      lab,
      page,
      baseURL,
    }) => {
      await open(page, baseURL ?? '');
      await waitForReady(page);
      const ready = (await events(page)).filter((e) => e.eventName === 'ready');
      expect(ready.map((e) => [e.frame, e.state.lesson, e.state.step]).sort()).toEqual([
        [0, 'postcards', 2],
        [1, 'oscar-in-the-middle', 1],
      ]);

      // Keys in the deck move the deck.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slide(page)).toBe(1);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slide(page)).toBe(0);

      // Into the frame: a click, then → plays the step beat by beat and opens the next step.
      // (reveal.js posted 'slide:start' to the frame, so the step is already playing its part.)
      const first = frame(page, 1);
      await expect(first.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
      await first.getByTestId('stage-caption').click();
      let presses = 0;
      for (; presses < 8 && (await slide(page)) === 0; presses++) {
        await page.keyboard.press('ArrowRight');
        await expect(first.getByTestId('stage')).toHaveAttribute('aria-busy', 'false');
      }
      // Out again: → at the last step's pause asked the deck for its next slide.
      expect(await slide(page)).toBe(1);
      expect(presses, 'postcards 2: two beats, → to step 3, → out').toBeLessThanOrEqual(4);
      const changed = (await events(page)).filter((e) => e.eventName === 'stepchanged');
      expect(changed.map((e) => [e.frame, e.state.lesson, e.state.step])).toEqual([
        [0, 'postcards', 3],
      ]);
      // The keys are the deck's again.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slide(page)).toBe(0);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slide(page)).toBe(1);

      // ← at the very start of the second frame's first step asks the deck for the previous slide.
      const second = frame(page, 2);
      await second.getByTestId('stage-caption').click();
      for (presses = 0; presses < 4 && (await slide(page)) === 1; presses++)
        await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slide(page)).toBe(0);
      await expect(second.getByTestId('progress')).toHaveText('event 0 of 27');

      expect(lab.consoleErrors).toEqual([]);
      expect(lab.pageErrors).toEqual([]);
    });

    test('a deck drives a frame through the API and hears its events', async ({
      lab,
      page,
      baseURL,
    }) => {
      const { app } = await open(page, baseURL ?? '');
      await waitForReady(page);
      const since = async (count: number) => (await events(page)).slice(count);
      const first = frame(page, 1);
      const second = frame(page, 2);
      await post(page, 1, 'slide:stop');
      await expect(first.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');

      let seen = (await events(page)).length;
      await post(page, 1, JSON.stringify({ method: 'getState', args: [] }));
      await expect
        .poll(async () => (await since(seen)).map((e) => e.eventName))
        .toEqual(['callback']);
      const [reply] = await since(seen);
      expect(reply?.origin).toBe(app);
      expect(reply?.result).toEqual(reply?.state);
      expect(reply?.state).toMatchObject({ lesson: 'postcards', step: 2, steps: 3, events: 15 });

      // Shapes that are not commands change nothing and get no answer.
      seen = (await events(page)).length;
      const before = await first.getByTestId('progress').textContent();
      for (const junk of [
        'next',
        { method: 'next', args: 'x' },
        { method: 'step', args: [9] },
        { method: 'eval', args: ['alert(1)'] },
        '{"method":',
      ])
        await post(page, 1, junk);
      await post(page, 1, { method: 'getState' });
      await expect
        .poll(async () => (await since(seen)).map((e) => e.eventName))
        .toEqual(['callback']);
      await expect(first.getByTestId('progress')).toHaveText(before ?? '');

      // next, prev and step, as objects or as reveal.js's JSON strings.
      await post(page, 1, { method: 'step', args: [1] });
      await expect(first.getByRole('heading', { level: 1 })).toContainText('Two people, one wire');
      await expect
        .poll(async () => (await events(page)).at(-1))
        .toMatchObject({ eventName: 'stepchanged', frame: 0, state: { step: 1, event: 0 } });
      await post(page, 1, JSON.stringify({ method: 'next', args: [] }));
      await expect(first.getByTestId('progress')).toHaveText('event 6 of 10');
      await post(page, 1, { method: 'next' });
      await expect(first.getByTestId('progress')).toHaveText('event 10 of 10');
      await expect
        .poll(async () => (await events(page)).at(-1))
        .toMatchObject({
          eventName: 'outcome',
          frame: 0,
          state: { step: 1, event: 10, events: 10 },
        });
      await post(page, 1, { method: 'prev' });
      await expect(first.getByTestId('progress')).toHaveText('event 6 of 10');

      // The two frames run independently: the second one has not moved.
      await post(page, 2, 'slide:stop');
      seen = (await events(page)).length;
      await post(page, 2, { method: 'getState' });
      await expect.poll(async () => (await since(seen)).length).toBe(1);
      const [other] = await since(seen);
      expect(other).toMatchObject({ frame: 1, state: { lesson: 'oscar-in-the-middle', step: 1 } });
      await expect(second.getByRole('heading', { level: 1 })).toContainText(
        'Sealed, but for whom?',
      );

      expect(lab.consoleErrors).toEqual([]);
      expect(lab.pageErrors).toEqual([]);
    });

    test('?parent= lets only that origin drive the frame', async ({ lab, page, baseURL }) => {
      // The first frame names another origin as its parent: the deck can no longer drive it.
      await open(page, baseURL ?? '', (html) =>
        html.replace(/parent=[^#"]*/, 'parent=https://slides.example.org'),
      );
      await expect
        .poll(async () => (await events(page)).filter((e) => e.eventName === 'ready').length)
        .toBe(1);
      const first = frame(page, 1);
      await expect(first.getByTestId('stage')).toHaveAttribute('aria-busy', 'false');
      await post(page, 1, 'slide:stop');
      await post(page, 1, { method: 'step', args: [3] });
      await post(page, 1, { method: 'getState' });
      await post(page, 2, { method: 'getState' });
      await expect
        .poll(async () => (await events(page)).filter((e) => e.eventName === 'callback').length)
        .toBe(1);
      expect((await events(page)).every((e) => e.frame === 1)).toBe(true);
      await expect(first.getByRole('heading', { level: 1 })).toContainText('Oscar joins the wire');
      expect(lab.pageErrors).toEqual([]);
    });
  });
}
