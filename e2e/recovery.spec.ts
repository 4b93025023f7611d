import { expect, test } from './fixtures.ts';

// A part that throws must never blank the page: it is replaced by one sentence and a
// "Reload this step" button that mounts it again without reloading the page. The app reads
// a test-only flag that makes the named part throw once.
for (const place of ['stage', 'page'] as const) {
  test(`when the ${place} throws, the rest stays and “Reload this step” recovers it`, async ({
    lab,
    page,
  }) => {
    await page.addInitScript((where) => {
      window.__HANDSHAKE_LAB_FAULT__ = where;
    }, place);
    await page.goto('/#/lesson/postcards/2');

    const failure = page.getByTestId('error-boundary');
    await expect(failure).toBeVisible();
    await expect(failure).toContainText(
      `${place === 'stage' ? 'The stage' : 'This page'} stopped with an error: A test made the ${place} fail once.`,
    );
    await expect(page.locator('#root')).not.toBeEmpty();
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
    if (place === 'stage') await expect(lab.stepTitle).toBeVisible();
    await lab.expectNoAxeViolations();

    // A full reload would lose this marker (and run the init script, failing again).
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await failure.getByRole('button', { name: 'Reload this step' }).click();

    await expect(failure).toHaveCount(0);
    await lab.expectStep('postcards', 2);
    await lab.playToEnd();
    await lab.expectOutcome('Oscar read 2 of 2 messages');
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);

    // React reports the error it caught; nothing else may go wrong.
    expect(lab.consoleErrors).toEqual([
      expect.stringContaining(`A test made the ${place} fail once.`),
    ]);
    lab.consoleErrors.length = 0;
    lab.expectCleanSession();
  });
}
