import { fileURLToPath } from 'node:url';
import { expect, Lab, lessonById, test } from './fixtures.ts';
import { folder, type StaticServer, serveStatic } from './static-server.ts';

// The production build as GitHub Pages serves it: under a sub-path (a project site lives at
// https://<owner>.github.io/handshake-lab/), and with no headers beyond the content type.
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const PREFIX = '/handshake-lab/';

let host: StaticServer;
test.beforeAll(async () => {
  host = await serveStatic({ [PREFIX]: folder(DIST) });
});
test.afterAll(async () => {
  await host.close();
});

test('under /handshake-lab/: from the lesson list through a whole lesson, every request stays under it', async ({
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The one exception: the address without its slash, which the host redirects.
    if (url.pathname === PREFIX.slice(0, -1)) return;
    if (url.protocol !== 'data:' && !url.pathname.startsWith(PREFIX)) outside.push(request.url());
  });
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const lab = new Lab(page, host.origin);
  const lesson = lessonById('sealed-envelope');

  await page.goto(`${host.origin}/handshake-lab`);
  await expect(page).toHaveURL(`${host.origin}${PREFIX}`);
  await page.getByRole('link', { name: new RegExp(`^${lesson.title}`) }).click();
  await lab.expectStep(lesson.id, 1);
  for (let n = 1; n <= lesson.steps.length; n++) {
    if (n > 1) {
      await page.getByTestId('next-step').click();
      await lab.expectStep(lesson.id, n);
    }
    await lab.playToPause();
  }
  // The last step has played its run to the end: Oscar saw only the wrapped key.
  await lab.expectOutcome('Oscar cannot read the messages.');
  await lab.expectNoAxeViolations();

  // The embed dialog gives this page's own address, sub-path included.
  await page.getByRole('button', { name: 'Embed this step' }).click();
  await expect(page.getByRole('textbox', { name: 'Plain link' })).toHaveValue(
    `${host.origin}${PREFIX}lesson/${lesson.id}/${lesson.steps.length}/`,
  );
  await page.keyboard.press('Escape');

  // A reload of a step's link under the sub-path opens that step again.
  await page.reload();
  await lab.expectStep(lesson.id, lesson.steps.length);
  expect(page.url()).toBe(`${host.origin}${PREFIX}lesson/${lesson.id}/${lesson.steps.length}/`);

  lab.expectCleanSession();
  expect(outside, 'requests outside the sub-path').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});
