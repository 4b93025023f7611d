import { expect, lessonById, routeOf, stepHash, test } from './fixtures.ts';
import { LESSONS } from './lesson-words.ts';

/** A presenter reaches the next step in at most this many presses of → (issue: budgets). */
const PRESS_BUDGET = 6;
const ENOUGH = 30;

test.use({ viewport: { width: 960, height: 540 } });

for (const lesson of LESSONS) {
  test(`presenter: ${lesson.title} needs at most ${PRESS_BUDGET} presses of → per step`, async ({
    lab,
    page,
  }) => {
    await lab.openStep(lesson.id, 1, { embed: true });
    const counts: number[] = [];
    for (const [index] of lesson.steps.entries()) {
      const n = index + 1;
      const last = n === lesson.steps.length;
      let presses = 0;
      while (presses < ENOUGH) {
        if (last && (await lab.playback.getAttribute('data-at-pause')) === 'true') {
          presses++; // the press that leaves the lesson (inside a deck: the next slide)
          break;
        }
        await page.keyboard.press('ArrowRight');
        presses++;
        if (routeOf(page.url()) === stepHash(lesson.id, n + 1)) break;
        await lab.waitUntilComputed();
      }
      if (!last) await lab.expectStep(lesson.id, n + 1, { embed: true });
      counts.push(presses);
    }
    const most = Math.max(...counts);
    test.info().annotations.push({
      type: 'presses',
      description: `${lesson.id}: ${counts.join(', ')} (max ${most})`,
    });
    console.log(`presses of → per step, ${lesson.id}: ${counts.join(', ')} (max ${most})`);
    expect(most, `presses per step: ${counts.join(', ')}`).toBeLessThanOrEqual(PRESS_BUDGET);
    lab.expectCleanSession();
  });
}

test('the step outline lists every step, marks the open one, and works by keyboard', async ({
  lab,
  page,
}) => {
  const lesson = lessonById('oscar-in-the-middle');
  await page.setViewportSize({ width: 1280, height: 800 });
  await lab.openStep(lesson.id, 2);
  const outline = page.getByRole('navigation', { name: 'Steps of this lesson' });
  const links = outline.getByRole('link');
  await expect(links).toHaveText(lesson.steps.map((s) => s.title));
  await expect(outline.locator('[aria-current="step"]')).toHaveText(lesson.steps[1]?.title ?? '');

  const third = links.nth(2);
  await third.focus();
  await page.keyboard.press('Enter');
  await lab.expectStep(lesson.id, 3);
  await expect(outline.locator('[aria-current="step"]')).toHaveText(lesson.steps[2]?.title ?? '');
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
});

test('in the embed the outline folds into "3 / 5" and opens by keyboard', async ({ lab, page }) => {
  const lesson = lessonById('oscar-in-the-middle');
  await lab.openStep(lesson.id, 3, { embed: true });
  const outline = page.getByRole('navigation', { name: 'Steps of this lesson' });
  const summary = outline.locator('summary');
  // On screen "3 / 5"; read aloud "Step 3 / 5: all steps".
  await expect(summary).toHaveText(`Step 3 / ${lesson.steps.length}: all steps`);
  await expect(summary).toHaveAccessibleName(/^Step 3 \/ 5\s?: all steps$/);
  await expect(outline.getByRole('link').first()).toBeHidden();

  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(outline.getByRole('link')).toHaveCount(lesson.steps.length);
  await lab.expectNoAxeViolations();
  await outline.getByRole('link', { name: lesson.steps[3]?.title ?? '' }).click();
  await lab.expectStep(lesson.id, 4, { embed: true });
  await expect(summary).toHaveText(`Step 4 / ${lesson.steps.length}: all steps`);
  await expect(outline.getByRole('link').first()).toBeHidden();
  lab.expectCleanSession();
});

test.describe('with motion on', () => {
  test.use({ skipAnimations: false, contextOptions: { reducedMotion: 'no-preference' } });

  test('one press of → plays its packet’s story event by event, then stops', async ({
    lab,
    page,
  }) => {
    await lab.openStep('postcards', 1, { embed: true });
    const seen = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const texts: string[] = [];
          const progress = document.querySelector('[data-testid="progress"]');
          if (!progress) return resolve(texts);
          new MutationObserver(() => texts.push(progress.textContent ?? '')).observe(progress, {
            childList: true,
            subtree: true,
            characterData: true,
          });
          // A packet's story is a handful of events, under half a second each.
          setTimeout(() => resolve(texts), 6000);
        }),
    );
    await page.keyboard.press('ArrowRight');
    const texts = await seen;
    const shown = [...new Set(texts)].map((t) => Number(t.match(/^event (\d+)/)?.[1]));
    // Several events, one after another, then a stop short of the end of the run.
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    const { shown: last, total } = await lab.progressCount();
    expect(last).toBe(shown.at(-1));
    expect(last).toBeLessThan(total);
    lab.expectCleanSession();
  });
});
