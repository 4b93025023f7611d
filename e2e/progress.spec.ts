import type { Page } from '@playwright/test';
import { expect, Lab, stepHash, test } from './fixtures.ts';

const KEY = 'handshake-lab:progress';

async function goHome(page: Page) {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
}

function lessonCard(page: Page, title: string) {
  return page.getByTestId('lesson-list').getByRole('listitem').filter({ hasText: title });
}

/** Postcards: steps 1 and 2 played to where they pause. */
async function doTwoPostcardSteps(lab: Lab) {
  await lab.openStep('postcards', 1);
  await lab.playToPause();
  await lab.page.getByTestId('next-step').click();
  await lab.expectStep('postcards', 2);
  await lab.playToPause();
}

/** Postcards step 3 opens at its end, with a question: answer it. */
async function answerPostcardsQuestion(lab: Lab) {
  await lab.page.getByTestId('next-step').click();
  await lab.expectStep('postcards', 3);
  await lab.answer('Every one of them');
  await expect(lab.checkFeedback).toHaveText(/^Right\./);
}

test('steps played through and answers are remembered after a reload', async ({ lab, page }) => {
  await doTwoPostcardSteps(lab);
  await goHome(page);
  await expect(lessonCard(page, 'Postcards').getByTestId('lesson-progress')).toHaveText(
    '2 of 3 steps done',
  );
  await expect(lessonCard(page, 'Locked box').getByTestId('lesson-progress')).toHaveCount(0);

  await page.reload();
  await expect(lessonCard(page, 'Postcards').getByTestId('lesson-progress')).toHaveText(
    '2 of 3 steps done',
  );
  await page.goto(`/${stepHash('postcards', 2)}`);
  await lab.expectStep('postcards', 2);
  await answerPostcardsQuestion(lab);
  await page.reload();
  await lab.expectStep('postcards', 3);
  await expect(
    lab.checkQuestion.getByRole('radio', { name: 'Every one of them', exact: true }),
  ).toBeChecked();
  await goHome(page);
  await expect(lessonCard(page, 'Postcards').getByTestId('lesson-progress')).toHaveText(
    'Done: all 3 steps',
  );
  await expect(page.getByTestId('progress-notice')).toHaveCount(0);
  lab.expectCleanSession();
});

const UNREADABLE: readonly (readonly [string, string])[] = [
  ['corrupted', '{"app":"handshake-lab","version":1,"lessons":{"postcards":{"done":"all'],
  ['foreign', JSON.stringify({ app: 'another-app', score: 12 })],
];

for (const [what, text] of UNREADABLE) {
  test(`${what} saved progress is reset, with a one-line notice`, async ({ lab, page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('seeded')) return;
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      },
      [KEY, text] as const,
    );
    await page.goto('/');
    const notice = page.getByTestId('progress-notice');
    await expect(notice).toHaveText(
      /^Saved progress in this browser could not be read, so it was reset\./,
    );
    await expect(page.getByTestId('lesson-progress')).toHaveCount(0);
    const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
    expect(JSON.parse(stored ?? 'null')).toEqual({ app: 'handshake-lab', version: 1, lessons: {} });
    await lab.expectNoAxeViolations();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    // What is saved from now on is kept, and the notice does not come back.
    await doTwoPostcardSteps(lab);
    await page.reload();
    await goHome(page);
    await expect(lessonCard(page, 'Postcards').getByTestId('lesson-progress')).toHaveText(
      '2 of 3 steps done',
    );
    await expect(notice).toHaveCount(0);
    lab.expectCleanSession();
  });
}

test('where storage throws (a sandboxed or cross-site frame) everything works without saving', async ({
  lab,
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByTestId('progress-not-saved')).toBeVisible();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await doTwoPostcardSteps(lab);
  await answerPostcardsQuestion(lab);
  await goHome(page);
  // Kept for as long as the page is open.
  await expect(lessonCard(page, 'Postcards').getByTestId('lesson-progress')).toHaveText(
    'Done: all 3 steps',
  );
  await expect(page.getByTestId('progress-notice')).toHaveCount(0);
  lab.expectCleanSession();
});

test('two tabs that finish different steps both keep their steps', async ({
  lab,
  page,
  baseURL,
}) => {
  // Tab B is opened first and sits on locked-box step 1; tab A then finishes postcards step 1.
  const tabB = await page.context().newPage();
  await tabB.addInitScript(() => {
    window.__HANDSHAKE_LAB_SKIP_ANIMATIONS__ = true;
  });
  const labB = new Lab(tabB, new URL(baseURL ?? '').origin);
  await tabB.goto(`/${stepHash('locked-box', 1)}`);
  await labB.expectStep('locked-box', 1);

  await lab.openStep('postcards', 1);
  await lab.playToPause();
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), KEY))
    .toContain('postcards');

  // The older tab finishes its own step afterwards.
  await labB.playToPause();
  await expect
    .poll(
      async () =>
        JSON.parse((await tabB.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').lessons,
    )
    .toEqual({
      postcards: { done: [0], answers: {} },
      'locked-box': { done: [0], answers: {} },
    });
  // Tab A hears of B's step without a reload.
  await goHome(page);
  await expect(lessonCard(page, 'Locked box').getByTestId('lesson-progress')).toHaveText(
    '1 of 3 steps done',
  );
  await expect(lessonCard(page, 'Postcards').getByTestId('lesson-progress')).toHaveText(
    '1 of 3 steps done',
  );
  await tabB.close();
  lab.expectCleanSession();
});

test('when saving throws (storage full), one notice says progress is not being saved', async ({
  lab,
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await doTwoPostcardSteps(lab);
  const notice = page.getByTestId('progress-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveText(/^Progress is not being saved in this browser/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // Another step saved (and failing) says nothing more; the page still keeps it.
  await page.getByTestId('next-step').click();
  await lab.expectStep('postcards', 3);
  await lab.answer('Every one of them');
  await goHome(page);
  await expect(lessonCard(page, 'Postcards').getByTestId('lesson-progress')).toHaveText(
    'Done: all 3 steps',
  );
  await expect(notice).toHaveCount(0);
  lab.expectCleanSession();
});
