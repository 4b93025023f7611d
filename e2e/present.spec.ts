import type { BrowserContext, Page } from '@playwright/test';
import { expect, Lab, lessonById, routeOf, stepHash, test } from './fixtures.ts';

// "Present": a projector window with the stage, and the speaker view in the window that
// opened it; two pages of one browser context, talking over a BroadcastChannel.
const LESSON = lessonById('oscar-in-the-middle');
const title = (step: number) => LESSON.steps[step - 1]?.title ?? '';
const firstParagraph = (step: number) =>
  (LESSON.steps[step - 1]?.body ?? '').split('\n\n')[0] ?? '';

async function present(page: Page, context: BrowserContext, lab: Lab, baseURL: string) {
  // The projector window is a new page: it finishes animations at once too.
  await context.addInitScript(() => {
    window.__HANDSHAKE_LAB_SKIP_ANIMATIONS__ = true;
  });
  await lab.openStep(LESSON.id, 1);
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present' }).click();
  const projector = await opened;
  const stage = new Lab(projector, new URL(baseURL).origin);
  await stage.waitUntilComputed();
  return { projector, stage, speaker: page.getByTestId('speaker-view') };
}

/** "Projector: event 3 of 12", as numbers. */
async function projectorEvent(page: Page): Promise<number> {
  const text = (await page.getByTestId('speaker-progress').textContent()) ?? '';
  const match = text.match(/^Projector: event (\d+) of \d+/);
  if (!match) throw new Error(`Unexpected speaker progress "${text}".`);
  return Number(match[1]);
}

test('Present: the projector shows the stage, the speaker sees notes, next step, outline and clock; keys in either window step both', async ({
  page,
  context,
  lab,
  baseURL,
}) => {
  const { projector, stage, speaker } = await present(page, context, lab, baseURL ?? '');

  // The projector: the stage, the narration and the outcome, in the projector theme, nothing else.
  await expect(projector).toHaveURL(/theme=projector/);
  expect(routeOf(projector.url())).toBe(stepHash(LESSON.id, 1));
  await expect(projector.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(stage.stage).toBeVisible();
  await expect(projector.getByTestId('narration-log')).toBeVisible();
  await expect(stage.playback).toBeHidden();
  await expect(projector.getByRole('navigation')).toHaveCount(0);
  await expect(projector.getByRole('button', { name: 'Present' })).toHaveCount(0);

  // The speaker view: step 1's text as notes, step 2's title next, the outline, a running clock.
  await expect(speaker).toBeVisible();
  await expect(page.getByTestId('speaker-step-title')).toHaveText(title(1));
  await expect(page.getByTestId('speaker-notes')).toContainText(firstParagraph(1));
  await expect(page.getByTestId('speaker-next')).toHaveText(title(2));
  const outline = page.getByTestId('speaker-outline').getByRole('button');
  await expect(outline).toHaveText(LESSON.steps.map((s) => s.title));
  await expect(outline.nth(0)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('stage')).toHaveCount(0);
  const clock = page.getByTestId('speaker-clock');
  await expect(clock).toHaveText(/^0:0\d$/);
  const started = await clock.textContent();
  await expect(clock).not.toHaveText(started ?? '');
  await expect(page.getByTestId('speaker-progress')).toHaveText(/^Projector: event 0 of \d+/);
  await lab.expectNoAxeViolations();
  await stage.expectNoAxeViolations();

  // → in the speaker window steps the projector; the speaker reports where it stands.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => projectorEvent(page)).toBeGreaterThan(0);
  expect((await stage.progressCount()).shown).toBe(await projectorEvent(page));
  // On to the pause and past it: both windows are on step 2.
  for (let press = 0; press < 6; press++) {
    if (routeOf(projector.url()) === stepHash(LESSON.id, 2)) break;
    const before = await projectorEvent(page);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () =>
        routeOf(projector.url()) === stepHash(LESSON.id, 2) ? Infinity : projectorEvent(page),
      )
      .toBeGreaterThan(before);
  }
  await stage.expectStep(LESSON.id, 2, { embed: true });
  await expect(page.getByTestId('speaker-step-title')).toHaveText(title(2));
  await expect.poll(() => routeOf(page.url())).toBe(stepHash(LESSON.id, 2));
  await expect(page.getByTestId('speaker-next')).toHaveText(title(3));

  // → in the projector window steps it, and the speaker follows.
  await projector.keyboard.press('ArrowRight');
  await expect.poll(() => projectorEvent(page)).toBe((await stage.progressCount()).shown);
  expect((await stage.progressCount()).shown).toBeGreaterThan(0);

  // ← back from the projector to step 1's pause: the speaker is on step 1 again.
  for (let press = 0; press < 8; press++) {
    if (routeOf(projector.url()) === stepHash(LESSON.id, 1)) break;
    await projector.keyboard.press('ArrowLeft');
  }
  await stage.expectStep(LESSON.id, 1, { embed: true });
  await expect(page.getByTestId('speaker-step-title')).toHaveText(title(1));
  await expect(projector.locator('.playback')).toHaveAttribute('data-at-pause', 'true');

  // A step chosen in the speaker's outline opens on the projector.
  await outline.nth(3).click();
  await stage.expectStep(LESSON.id, 4, { embed: true });
  await expect(page.getByTestId('speaker-step-title')).toHaveText(title(4));
  await expect(outline.nth(3)).toHaveAttribute('aria-current', 'step');
  await lab.expectNoAxeViolations();
  await stage.expectNoAxeViolations();

  // Closing the projector window ends presenting: the ordinary page, on the step it reached.
  await projector.close();
  await expect(speaker).toHaveCount(0);
  await lab.expectStep(LESSON.id, 4);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
  stage.expectCleanSession();
});

test('Present, then "Stop presenting": the projector window closes and the page comes back', async ({
  page,
  context,
  lab,
  baseURL,
}) => {
  const { projector, speaker } = await present(page, context, lab, baseURL ?? '');
  await expect(speaker).toBeVisible();
  const closed = projector.waitForEvent('close');
  await page.getByRole('button', { name: 'Stop presenting' }).click();
  await closed;
  await expect(speaker).toHaveCount(0);
  await lab.expectStep(LESSON.id, 1);
  lab.expectCleanSession();
});
