import { expect, type Lab, routeOf, test } from './fixtures.ts';

/** Presses → with nothing focused until the URL shows `hash` (at most `limit` presses). */
async function pressOnTo(lab: Lab, hash: string, limit = 8): Promise<number> {
  for (let presses = 0; presses < limit; presses++) {
    if (routeOf(lab.page.url()) === hash) return presses;
    await lab.page.keyboard.press('ArrowRight');
  }
  expect(routeOf(lab.page.url()), `→ pressed ${limit} times`).toBe(hash);
  return limit;
}

/**
 * What each lesson must compute, step by step, written from what it teaches: a sentence the
 * outcome banner shows at the step's end (null when the step pauses before the run ends).
 */
const WALKS: Record<string, readonly (string | null)[]> = {
  replay: [
    '4 copies accepted, 1 of them replayed.',
    'Detected by: sequence number.',
    'Detected by: AES-GCM tag.',
    '3 copies accepted, 1 of them replayed.',
    'Detected by: sequence number.',
    'Detected by: sequence number.',
    '4 copies accepted, 1 of them replayed.',
    'Detected by: AES-GCM tag.',
  ],
  'forward-secrecy': [
    null,
    'Oscar read 2 later, with a stolen key.',
    'Later he tried the keys he held on 4 recorded packets, 4 tries: none opened.',
    'Oscar read 2 later, with a stolen key.',
    null,
    'In the session after the theft, Oscar read 2 of 2 messages.',
  ],
  'nonce-reuse': [
    'Oscar read 1 of 2 messages',
    'Oscar recovered 60 of 86 bytes of message 2 without the key.',
    'AES-GCM accepted a tag Oscar computed without the key.',
  ],
};

for (const [lessonId, outcomes] of Object.entries(WALKS)) {
  test(`${lessonId}: walked by → alone, at most 6 presses a step, axe clean`, async ({ lab }) => {
    // Each step is pressed through, replayed to its pause and checked by axe: the limit grows
    // with the lesson.
    test.setTimeout(Math.max(60_000, 15_000 * outcomes.length));
    await lab.openStep(lessonId, 1);
    for (const [index, outcome] of outcomes.entries()) {
      const n = index + 1;
      await lab.expectStep(lessonId, n);
      const next = n < outcomes.length ? `#/lesson/${lessonId}/${n + 1}` : null;
      if (outcome === null) await expect(lab.outcome).toBeHidden();
      if (!next) {
        await lab.playToEnd();
        await lab.expectOutcome(outcome ?? '');
        await lab.expectNoAxeViolations();
        break;
      }
      // The step's own part, one press at a time; the last press opens the next step.
      const presses = await pressOnTo(lab, next, 6);
      expect(presses, `presses of → from step ${n}`).toBeLessThanOrEqual(6);
      await lab.openStep(lessonId, n);
      await lab.playToPause();
      if (outcome !== null) await lab.expectOutcome(outcome);
      await lab.expectNoAxeViolations();
      await lab.openStep(lessonId, n + 1);
    }
    lab.expectCleanSession();
  });

  test(`${lessonId}: every step in the embed passes axe`, async ({ lab }) => {
    test.setTimeout(Math.max(60_000, 10_000 * outcomes.length));
    for (let n = 1; n <= outcomes.length; n++) {
      await lab.openStep(lessonId, n, { embed: true });
      await lab.playToPause();
      await lab.expectNoAxeViolations();
    }
    lab.expectCleanSession();
  });
}

test('Can Oscar win?: the grid answers every strategy, defences and row live in the link', async ({
  lab,
  page,
}) => {
  await page.goto('/#/matrix');
  const status = page.getByTestId('matrix-status');
  await expect(status).toHaveText(/^All \d+ strategies ran in \d+ ms/, { timeout: 60_000 });
  const grid = page.getByTestId('matrix-grid');
  const cell = (row: string) => grid.locator(`tr[data-row="${row}"] .matrix-winner`);
  // The defaults: AES-GCM over RSA transport, no sequence numbers.
  await expect(cell('replay')).toHaveText('Oscar wins: 1 accepted');
  await expect(cell('tamper')).toHaveText('Caught by AES-GCM tag');
  await expect(cell('steal-key-later')).toHaveText('Oscar wins: read 2 of 2 (2 later)');
  await expect(cell('passive')).toHaveText('Oscar gains nothing');
  // RSA transport: the search's shortest win is to steal Bob's key afterwards.
  await expect(cell('best-attack')).toHaveText(
    'Oscar wins in 1 action: afterwards: steals Bob’s long-term keys (run twice, won twice)',
  );
  await lab.expectNoAxeViolations();

  // Keyboard only: the sequence-number select, then the replay row's button.
  await page.getByTestId('defence-sequence-numbers').focus();
  await page.getByTestId('defence-sequence-numbers').selectOption('on');
  await expect(status).toHaveText(/^All \d+ strategies ran/, { timeout: 60_000 });
  await expect(cell('replay')).toHaveText('Caught by sequence number');
  await expect(cell('drop')).toHaveText('Caught by sequence number');
  await expect(page).toHaveURL(/sequence-numbers=on/);

  await page.getByTestId('defence-exchange').selectOption('ecdh');
  await expect(status).toHaveText(/^All \d+ strategies ran/, { timeout: 60_000 });
  await expect(cell('steal-key-later')).toHaveText('Oscar gains nothing');
  // Numbers reveal a gap only when a later message arrives: he drops a session's last order.
  await expect(cell('best-attack')).toHaveText(
    'Oscar wins in 2 actions: session 1, order 1: lets it through; session 1, order 2: drops it (run twice, won twice)',
  );
  const best = grid.locator('tr[data-row="best-attack"] button');
  await best.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/row=best-attack/);
  await lab.waitUntilComputed();
  await lab.playToEnd();
  await lab.expectOutcome('Oscar wins.');
  await lab.expectOutcome('1 message never reached its recipient.');

  const play = grid.locator('tr[data-row="replay"] button');
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/row=replay/);
  await lab.waitUntilComputed();
  await lab.playToEnd();
  await lab.expectOutcome('Detected by: sequence number.');
  await lab.expectNoAxeViolations();

  // The link alone brings back the same defences and row.
  await page.goto(page.url());
  await expect(status).toHaveText(/^All \d+ strategies ran/, { timeout: 60_000 });
  await expect(cell('replay')).toHaveText('Caught by sequence number');
  await expect(grid.locator('tr[data-row="replay"] button')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  lab.expectCleanSession();
});

test('Can Oscar win? in the embed: the grid computes and axe finds nothing', async ({
  lab,
  page,
}) => {
  await page.goto('/?embed=1#/matrix?signatures=ecdsa&row=tamper');
  await expect(page.getByTestId('matrix-status')).toHaveText(/^All \d+ strategies ran/, {
    timeout: 60_000,
  });
  await expect(
    page.getByTestId('matrix-grid').locator('tr[data-row="tamper"] .matrix-winner'),
  ).toHaveText('Caught by AES-GCM tag');
  await lab.waitUntilComputed();
  await lab.playToEnd();
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
});

test('Can Oscar win? without Web Workers: the page runs the rows itself', async ({ lab, page }) => {
  await page.addInitScript(() => {
    // A browser that refuses to start workers (a policy, an old engine).
    Object.defineProperty(window, 'Worker', {
      value: class {
        constructor() {
          throw new Error('Workers are disabled here.');
        }
      },
    });
  });
  await page.goto('/#/matrix?sequence-numbers=on');
  await expect(page.getByTestId('matrix-status')).toHaveText(
    /^All \d+ strategies ran in \d+ ms \(on the page: no worker could start\)\.$/,
    { timeout: 60_000 },
  );
  await expect(
    page.getByTestId('matrix-grid').locator('tr[data-row="replay"] .matrix-winner'),
  ).toHaveText('Caught by sequence number');
  lab.expectCleanSession();
});
