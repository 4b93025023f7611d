import { expect, test } from './fixtures.ts';

/**
 * A plain-http origin that is not this machine (not localhost, not 127.0.0.1): browsers give
 * such pages no WebCrypto. The built app is served there by routing requests to the preview.
 */
const INSECURE_ORIGIN = 'http://handshake-lab.test';

test('on a non-secure page the lab explains why it cannot run', async ({ lab, page, baseURL }) => {
  if (!baseURL) throw new Error('Set use.baseURL in playwright.config.ts.');
  await page.route(`${INSECURE_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: new URL(url.pathname + url.search, baseURL).href });
    await route.fulfill({ response });
  });

  await page.goto(`${INSECURE_ORIGIN}/#/lesson/postcards/1`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Handshake Lab needs a secure page',
  );
  await expect(page.getByRole('main')).toContainText('https://');
  await expect(page.getByRole('main')).toContainText(`Address now: ${INSECURE_ORIGIN}`);
  // Only advice that works: the normal build opened from disk does not run (module scripts
  // are blocked); the single-file edition does.
  await expect(page.getByRole('main')).toContainText('http://localhost:8000');
  await expect(page.getByRole('main')).toContainText(
    'open the single-file edition, handshake-lab.html (made by npm run build:single), straight from disk',
  );
  await expect(page.getByRole('main')).not.toContainText('index.html');
  await expect(lab.stage).toHaveCount(0);
  await lab.expectNoAxeViolations();
});

test('the build opened from disk says why it cannot start instead of staying blank', async ({
  page,
}) => {
  await page.goto(`file://${process.cwd()}/dist/index.html`);
  // The page's words are there (rendered at build time), and so is why nothing runs.
  await expect(page.locator('#root')).toContainText('Lessons');
  await expect(page.getByText('Handshake Lab did not start')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('opened from disk (file://)')).toBeVisible();
});
