import { expect, routeOf, test } from './fixtures.ts';
import { LESSONS } from './lesson-words.ts';

test('home lists every lesson, each linking to its first step', async ({ lab, page }) => {
  await page.goto('/');
  const items = page.getByTestId('lesson-list').getByRole('listitem');
  await expect(items).toHaveCount(LESSONS.length);
  for (const [index, lesson] of LESSONS.entries()) {
    const link = items.nth(index).getByRole('link');
    await expect(link).toContainText(lesson.title);
    await expect(link).toHaveAttribute('href', `./lesson/${lesson.id}/1/`);
  }
  await items.nth(1).getByRole('link').click();
  await lab.expectStep('locked-box', 1);
  lab.expectCleanSession();
});

test('reloading keeps the student on the same step', async ({ lab, page }) => {
  await lab.openStep('locked-box', 2);
  await page.reload();
  await lab.expectStep('locked-box', 2);
  await lab.playToEnd();
  await lab.expectOutcome('Oscar read 0 of 2 messages');
  lab.expectCleanSession();
});

const BROKEN_LINKS = [
  { hash: '#/lesson/nope/1', says: 'There is no lesson called “nope”.' },
  { hash: '#/lesson/postcards/99', says: 'has steps 1 to 3; there is no step “99”' },
];

for (const { hash, says } of BROKEN_LINKS) {
  test(`${hash} explains the problem and links to the lessons`, async ({ lab, page }) => {
    await page.goto(`/${hash}`);
    const notFound = page.getByTestId('not-found');
    await expect(notFound).toBeVisible();
    await expect(notFound).toContainText(says);
    await expect(lab.stage).toHaveCount(0);

    await notFound.getByRole('link', { name: 'See all lessons' }).click();
    await expect(page.getByTestId('lesson-list').getByRole('listitem')).toHaveCount(LESSONS.length);
    await expect(notFound).toHaveCount(0);
    await lab.expectNoAxeViolations();
    lab.expectCleanSession();
  });
}

// Going from one lesson to another used to ping-pong the URL between the two steps until
// React gave up ("Maximum update depth exceeded") and the page went blank.
test.describe('moving from one lesson to another keeps the page alive', () => {
  test('through the lesson list in the header', async ({ lab, page }) => {
    await lab.openStep('postcards', 1);
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Lessons' })
      .click();
    await page
      .getByTestId('lesson-list')
      .getByRole('link', { name: /Locked box/ })
      .click();
    await lab.expectStep('locked-box', 1);
    await page.waitForTimeout(500);
    await lab.expectStep('locked-box', 1);
    await expect.poll(() => routeOf(page.url())).toBe('#/lesson/locked-box/1');
    lab.expectCleanSession();
  });

  test('through a bad link and then another lesson', async ({ lab, page }) => {
    await lab.openStep('postcards', 1);
    await page.evaluate(() => {
      window.location.hash = '#/lesson/nope/1';
    });
    await expect(page.getByTestId('not-found')).toBeVisible();
    await page.evaluate(() => {
      window.location.hash = '#/lesson/tampering/1';
    });
    await lab.expectStep('tampering', 1);
    await page.waitForTimeout(500);
    await expect.poll(() => routeOf(page.url())).toBe('#/lesson/tampering/1');
    lab.expectCleanSession();
  });
});

test('a step opened from a link says "Loading the lesson…" until its lesson arrives', async ({
  lab,
  page,
}) => {
  // Hold the lesson's own file back, so the step is seen before its narration has loaded.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/postcards-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/#/lesson/postcards/2');
  const loading = page.getByRole('status').filter({ hasText: 'Loading the lesson…' });
  await expect(loading).toBeVisible();
  await expect(lab.stepTitle).toHaveText('Oscar joins the wire');
  await expect(page.getByTestId('step-count')).toHaveText('Postcards · step 2 of 3');
  await lab.expectNoAxeViolations();
  const stage = await page.getByTestId('stage').boundingBox();

  release();
  await lab.expectStep('postcards', 2);
  await expect(loading).toHaveCount(0);
  await expect(page.locator('.lesson-panel')).toContainText('Oscar');
  // The stage stays where it stood: only the narration's own place fills in.
  expect(await page.getByTestId('stage').boundingBox()).toEqual(stage);
  lab.expectCleanSession();
});
