import { expect, lessonById, routeOf, stepHash, test } from './fixtures.ts';
import { layoutProblems } from './layout-geometry.ts';
import { LESSONS } from './lesson-words.ts';

/** A4 with the handout's page margins (12 mm each side): the width text may use, in CSS px. */
const A4_CONTENT = { width: Math.floor(((210 - 2 * 12) / 25.4) * 96), height: 1000 };

function printHash(lessonId: string): string {
  return `#/lesson/${lessonId}/print`;
}

/** Pages in a PDF written by Chromium: its page objects are plain dictionaries. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

for (const lesson of LESSONS) {
  test(`${lesson.id}: the handout prints every step, its answers, and nothing past the page edge`, async ({
    lab,
    page,
  }) => {
    // Every step is computed and checked twice by axe: a long lesson takes its time.
    test.setTimeout(30_000 + lesson.steps.length * 12_000);
    await page.setViewportSize(A4_CONTENT);
    await page.goto(`/${printHash(lesson.id)}`);
    const handout = page.getByTestId('handout');
    await expect(handout).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });

    // One section per step, in order, each with its stage at the pause (not a blank canvas).
    const sections = page.getByTestId('handout-step');
    await expect(sections).toHaveCount(lesson.steps.length);
    for (const [index, step] of lesson.steps.entries()) {
      const section = sections.nth(index);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(
        `Step ${index + 1} of ${lesson.steps.length}: ${step.title}`,
      );
      await expect(section.getByTestId('stage')).toHaveAttribute('aria-busy', 'false');
      await expect(section.locator('.party').first()).toBeVisible();
      await expect(section.getByTestId('stage-caption')).not.toHaveText(
        'Press → or Play to start.',
      );
    }
    const questions = lesson.steps.filter((s) => s.question).length;
    await expect(page.getByTestId('handout-question')).toHaveCount(questions);
    // Every question names its right answers, computed from that step's run.
    for (const question of await page.getByTestId('handout-question').all()) {
      await expect(question.locator('.is-right').first()).toBeVisible();
    }
    await lab.expectNoAxeViolations();

    // Laid out for paper: each step starts a page, and nothing runs past the page's width.
    await page.emulateMedia({ media: 'print' });
    const breaks = await sections.evaluateAll((all) =>
      all.map((s) => getComputedStyle(s).breakBefore),
    );
    expect(breaks.slice(1)).toEqual(breaks.slice(1).map(() => 'page'));
    const wide = await page.evaluate((width) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('[data-testid="handout"] *')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.right > width + 1 || box.left < -1))
          out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
      }
      return out;
    }, A4_CONTENT.width);
    expect(wide, 'boxes past the page edge').toEqual([]);
    expect(await layoutProblems(page), 'layout problems in print').toEqual([]);
    await lab.expectNoAxeViolations();

    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf), 'a page per step, and one for the answers').toBeGreaterThanOrEqual(
      lesson.steps.length + (questions > 0 ? 1 : 0),
    );
    lab.expectCleanSession();
  });
}

test('"Print this lesson" opens the handout, which loads only when asked for', async ({
  lab,
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const lesson = lessonById('sealed-envelope');
  await lab.openStep(lesson.id, 2);
  await lab.playToPause();
  expect(
    scripts.filter((url) => /PrintPage/.test(url)),
    'handout code on a lesson page',
  ).toEqual([]);
  await page.getByTestId('print-lesson').click();
  await expect.poll(() => routeOf(page.url())).toBe(printHash(lesson.id));
  // The handout has a page of its own on the site: its link survives a reload.
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/lesson/${lesson.id}/print/`);
  await page.reload();
  await expect(page).toHaveTitle(`${lesson.title}: handout · Handshake Lab`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expect(page.getByTestId('handout')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('handout-step')).toHaveCount(lesson.steps.length);
  await page.getByRole('link', { name: 'Back to the lesson' }).click();
  await expect.poll(() => routeOf(page.url())).toBe(stepHash(lesson.id, 1));
  lab.expectCleanSession();
});
