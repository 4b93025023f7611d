import { expect, stepHash, test } from './fixtures.ts';
import { layoutProblems } from './layout-geometry.ts';
import { LESSONS } from './lesson-words.ts';

const THEMES = ['light', 'dark', 'projector'] as const;
/** The ways the lab is seen: a laptop, a 16:9 slide, and a phone opening a page or an embed link. */
const VIEWS = [
  { name: 'page 1280×800', width: 1280, height: 800, embed: false },
  { name: 'embed 960×540', width: 960, height: 540, embed: true },
  { name: 'page 390×844', width: 390, height: 844, embed: false },
  { name: 'embed 390×844', width: 390, height: 844, embed: true },
] as const;

/**
 * Each lesson is loaded once per view; its steps are then opened by their links, in each theme.
 * A theme is what <html data-theme> says (web/app/theme.ts sets only that, and themes.spec.ts
 * covers choosing one), so switching it in place re-uses the runs already computed.
 */
for (const lesson of LESSONS) {
  test(`${lesson.id}: no step's layout collides, spills text or scrolls sideways`, async ({
    lab,
    page,
  }) => {
    test.setTimeout(30_000 + lesson.steps.length * VIEWS.length * THEMES.length * 2_500);
    const problems: string[] = [];
    for (const view of VIEWS) {
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.goto(`/${view.embed ? '?embed=1' : ''}${stepHash(lesson.id, 1)}`);
      for (const theme of THEMES) {
        await page.evaluate((name) => {
          document.documentElement.dataset.theme = name;
        }, theme);
        for (let n = 1; n <= lesson.steps.length; n++) {
          if (!page.url().endsWith(stepHash(lesson.id, n))) {
            await page.evaluate(
              (hash) => {
                window.location.hash = hash;
              },
              stepHash(lesson.id, n),
            );
          }
          await lab.expectStep(lesson.id, n, { embed: view.embed });
          await lab.playToPause();
          for (const problem of await layoutProblems(page)) {
            problems.push(`${view.name}, ${theme}, step ${n}: ${problem}`);
          }
        }
      }
    }
    expect(problems, 'layout problems').toEqual([]);
    lab.expectCleanSession();
  });
}
