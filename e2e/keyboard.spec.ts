import { expect, type Lab, routeOf, test } from './fixtures.ts';

/** Presses a key with nothing focused until `done` holds (at most `limit` presses). */
async function pressUntil(lab: Lab, key: string, done: () => Promise<boolean>, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (await done()) return;
    await lab.page.keyboard.press(key);
  }
  expect(await done(), `${key} pressed ${limit} times`).toBe(true);
}

const onStep = (lab: Lab, n: number) => async () =>
  routeOf(lab.page.url()) === `#/lesson/postcards/${n}`;

async function expectNothingFocused(lab: Lab) {
  expect(await lab.page.evaluate(() => document.activeElement === document.body)).toBe(true);
}

test('→ walks the postcards lesson event by event, step by step', async ({ lab }) => {
  await lab.openStep('postcards', 1);
  await expectNothingFocused(lab);

  await pressUntil(lab, 'ArrowRight', onStep(lab, 2));
  await lab.expectStep('postcards', 2);
  await expect(lab.outcome).toBeHidden();

  await pressUntil(lab, 'ArrowRight', onStep(lab, 3));
  await lab.expectStep('postcards', 3);
  await lab.expectOutcome('Oscar read 2 of 2 messages');
  await expectNothingFocused(lab);
  lab.expectCleanSession();
});

test('← at the start of a step goes back to the end of the previous one', async ({ lab }) => {
  await lab.openStep('postcards', 2);
  await expectNothingFocused(lab);

  await pressUntil(lab, 'ArrowLeft', async () => (await lab.progressCount()).shown === 0);
  await expect(lab.outcome).toBeHidden();

  await lab.page.keyboard.press('ArrowLeft');
  await lab.expectStep('postcards', 1);
  await expect(lab.progress).toHaveText(/^event (\d+) of \1$/);
  await lab.expectOutcome('Oscar read 0 of 2 messages');
  lab.expectCleanSession();
});

test('Tab reaches the playback buttons and Enter on "Next →" plays the next packet', async ({
  lab,
  page,
}) => {
  await lab.openStep('postcards', 2);
  // → stops the autoplay and shows the first packet's whole story: Alice's postcard read by Bob.
  await page.keyboard.press('ArrowRight');
  await expect(lab.narration).toContainText('Bob reads it');
  await expect(lab.narration).not.toContainText('Bob writes to Alice');
  const { shown, total } = await lab.progressCount();
  expect(shown).toBeLessThan(total);

  const next = page.getByTestId('forward');
  await expect(next).toHaveText('Next →');
  await pressUntil(lab, 'Tab', () => next.evaluate((el) => el === document.activeElement));
  await expect(next).toBeFocused();

  // Bob's reply is the second and last packet: one more press shows all of it.
  await page.keyboard.press('Enter');
  await expect(lab.progress).toHaveText(`event ${total} of ${total}`);
  await lab.expectStep('postcards', 2);
  await expect(next).toBeFocused();
  lab.expectCleanSession();
});
