import { LESSONS } from '../web/lessons/index.ts';
import { expect, stepHash, test } from './fixtures.ts';

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
        if (page.url().endsWith(stepHash(lesson.id, n + 1))) break;
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
