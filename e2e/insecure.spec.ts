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
  await expect(lab.stage).toHaveCount(0);
  await lab.expectNoAxeViolations();
});
