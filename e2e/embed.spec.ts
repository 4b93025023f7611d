import { expect, type Lab, test } from './fixtures.ts';
import { LESSONS } from './lesson-words.ts';

test.use({ viewport: { width: 960, height: 540 } });

/** A slide has no room for scrollbars: the page fits the frame exactly. */
async function expectNoScrollbars(lab: Lab) {
  const size = await lab.page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
    };
  });
  expect(size.scrollHeight, 'page height fits').toBeLessThanOrEqual(size.clientHeight);
  expect(size.scrollWidth, 'page width fits').toBeLessThanOrEqual(size.clientWidth);
}

for (const lesson of LESSONS) {
  for (const [index, step] of lesson.steps.entries()) {
    const n = index + 1;
    test(`embed ${lesson.id} step ${n} (${step.title}) fits a 960×540 slide`, async ({
      lab,
      page,
    }) => {
      await lab.openStep(lesson.id, n, { embed: true });

      await expect(page.getByRole('banner')).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Handshake Lab' })).toHaveCount(0);
      // Beside the stage: the narration, or the step's exercise when it has one.
      const side = step.widget
        ? page.getByRole('region', { name: 'This step’s exercise' })
        : lab.narration;
      await expect(lab.stage).toBeVisible();
      await expect(side).toBeVisible();
      await expect(page.getByRole('toolbar', { name: 'Playback' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Lesson steps' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(step.title);
      await expectNoScrollbars(lab);

      // The step's pause shows the most: every narration line, and the outcome at the run's end.
      await lab.playToPause();
      await expect(lab.stage).toBeVisible();
      await expect(side).toBeVisible();
      const { shown, total } = await lab.progressCount();
      if (shown === total) await expect(lab.outcome).toBeVisible();
      await expectNoScrollbars(lab);
      await lab.expectNoAxeViolations();
      lab.expectCleanSession();
    });
  }
}
