import { expect, type Lab, lessonById, routeOf, stepHash, test } from './fixtures.ts';
import {
  expectMultiplication,
  measureCost,
  runOscarsSearch,
  setToyExchange,
  toyGroup,
} from './toy-exchange.ts';

const LESSON = 'mixing-secrets';
const OSCAR_READS_NOTHING = 'Oscar read 0 of 2 messages.';
/** Steps 1–4 run the toy exchanges on the stage: Oscar recovers the secret and reads both. */
const OSCAR_READS_ALL = 'Oscar read 2 of 2 messages';

async function answer(lab: Lab, right: string, wrong: string) {
  await lab.answer(right);
  await expect(lab.checkFeedback).toHaveText(/^Right\./);
  await lab.answer(wrong);
  await expect(lab.checkFeedback).toHaveText(/^Not quite\./);
}

test('Mixing secrets: every step plays, its widget computes, axe passes', async ({ lab, page }) => {
  test.setTimeout(180_000);
  const lesson = lessonById(LESSON);
  expect(lesson.steps).toHaveLength(5);
  await lab.openStep(LESSON, 1);

  for (const [index, step] of lesson.steps.entries()) {
    const n = index + 1;
    await test.step(`step ${n}: ${step.title}`, async () => {
      await lab.expectStep(LESSON, n);
      await lab.playToEnd();
      await lab.expectOutcome(n <= 4 ? OSCAR_READS_ALL : OSCAR_READS_NOTHING);

      if (n === 1) {
        await expectMultiplication(page, 300n, 5n, 7n);
        await expect(page.getByTestId('mult-alice-shared')).toHaveText('10500');
        await expectMultiplication(page, 123_456_789_012_345n, 98_765n, 4_321n);
      }
      if (n === 2) {
        await expectMultiplication(page, 987_654_321_987_654_321n, 424_242n, 1_000_003n);
        const widget = page.getByTestId('multiplication-scheme');
        await widget.getByLabel('Common number n (public)').fill('-3');
        await expect(page.getByTestId('mult-n-error')).toHaveText(/must not be negative/);
        await expect(widget).toContainText('Fix the number above');
        await widget.getByLabel('Common number n (public)').fill('1'.repeat(31));
        await expect(page.getByTestId('mult-n-error')).toHaveText(/31 digits; the limit is 30/);
        await expectMultiplication(page, 300n, 5n, 7n);
        await answer(lab, 'One division and one multiplication', 'Years of guessing');
      }
      if (n === 3) {
        const group = toyGroup(16);
        const a = group.q - 17n;
        const shared = await setToyExchange(page, group, a, 12_345n);
        await runOscarsSearch(page, a, shared);
        await page.getByTestId('toy-a').fill('0');
        await expect(page.getByTestId('toy-a-error')).toHaveText(
          `Alice’s secret a must be a whole number from 1 to ${group.q - 1n}; 0 is not.`,
        );
        await expect(page.getByTestId('toy-found')).toBeHidden();
        await page.getByRole('button', { name: 'Random a' }).click();
        await expect(page.getByTestId('toy-a-error')).toBeHidden();
      }
      if (n === 4) {
        const status = await measureCost(page);
        await expect(status).toContainText(/exponents a second/);
        const rows = page.getByTestId('brute-force-cost').locator('tbody tr');
        expect(await rows.count()).toBeGreaterThanOrEqual(4);
        // Space on the toggle opens the table; it does not step the lesson on.
        const toggle = page.getByRole('button', { name: 'The measurements as a table' });
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await toggle.focus();
        await page.keyboard.press(' ');
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expect(rows.first()).toBeVisible();
        await expect.poll(() => routeOf(page.url())).toBe(stepHash(LESSON, 4));
        await expect(rows.first().getByRole('rowheader')).toHaveText('8');
        await expect(page.getByTestId('cost-extrapolation')).toContainText(
          /P-256.*about 10 to the power \d+ years/,
        );
        await expect(page.getByTestId('cost-extrapolation')).toContainText(
          /2048-bit p: about 10 to the power \d{3} years/,
        );
        await answer(lab, 'It about doubles', 'It barely changes');
      }
      if (n === 5) {
        await answer(lab, 'None', 'All of them');
      }

      await lab.expectNoAxeViolations();
      lab.expectCleanSession();
    });

    if (n < lesson.steps.length) {
      await page.getByTestId('next-step').click();
      await expect.poll(() => routeOf(page.url())).toBe(stepHash(LESSON, n + 1));
    } else {
      await expect(page.getByTestId('lesson-done')).toBeVisible();
    }
  }
});
