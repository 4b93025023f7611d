import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Page } from '@playwright/test';
import { unzip } from '../scripts/zip.ts';
import { expect, lessonById, stepHash, test } from './fixtures.ts';
import { type Files, folder, type StaticServer, serveStatic, typeOf } from './static-server.ts';

// The SCORM 1.2 package in a test LMS (e2e/lms) whose run-time is scorm-again's Scorm12API, a
// real implementation of the specification's API and data model, not a stub.
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** What the LMS stored of an attempt: the values the SCO committed. */
interface Attempt {
  core: {
    lesson_status: string;
    lesson_location: string;
    exit: string;
    score: { raw: string; min: string; max: string };
  };
  suspend_data: string;
}

let host: StaticServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(240_000);
  execFileSync('npm', ['run', 'build:scorm'], { stdio: 'ignore' });
  // The course is served from the zip as read back, so the archive itself is under test.
  const entries = unzip(new Uint8Array(readFileSync(root('dist-scorm/handshake-lab-scorm12.zip'))));
  expect(entries.map((e) => e.name).sort()).toEqual(['handshake-lab.html', 'imsmanifest.xml']);
  const course: Files = (path) => {
    const entry = entries.find((e) => e.name === path);
    return entry ? { body: entry.bytes, type: typeOf(entry.name) } : null;
  };
  const lms = folder(root('e2e/lms'));
  const runtime = readFileSync(root('node_modules/scorm-again/dist/scorm12.min.js'));
  host = await serveStatic({
    '/lms/course/': course,
    '/lms/': (path) =>
      path === 'scorm12.min.js' ? { body: runtime, type: typeOf(path) } : lms(path),
  });
});
test.afterAll(async () => {
  await host?.close();
});

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function launch(page: Page, sco: string, query = ''): Promise<FrameLocator> {
  await page.goto(`${host.origin}/lms/index.html?sco=${sco}${query}`);
  await expect(page.locator('#status')).toHaveText('launched');
  return page.frameLocator('iframe[title="Course"]');
}

const attempt = (page: Page, sco: string): Promise<Attempt | null> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `test-lms:${sco}`);

/** The step is open and computed, and played to where it pauses. */
async function playStep(course: FrameLocator, lessonId: string, step: number) {
  const title = lessonById(lessonId).steps[step - 1]?.title ?? '';
  await expect(course.getByTestId('step-title')).toHaveText(title);
  await expect(course.getByTestId('stage')).toHaveAttribute('aria-busy', 'false');
  await course.getByTestId('speed').selectOption('instant');
  await expect(course.getByRole('toolbar', { name: 'Playback' })).toHaveAttribute(
    'data-at-pause',
    'true',
  );
}

async function answer(course: FrameLocator, label: string, verdict: 'Right.' | 'Not quite.') {
  await course
    .getByTestId('check-question')
    .getByRole('radio', { name: label, exact: true })
    .check();
  await expect(course.getByTestId('check-feedback')).toContainText(verdict);
}

test('in an LMS: every step reached completes the lesson; first-try answers make the score', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const course = await launch(page, 'postcards');
  await playStep(course, 'postcards', 1);
  await expect
    .poll(async () => (await attempt(page, 'postcards'))?.core.lesson_status)
    .toBe('incomplete');
  for (const step of [2, 3]) {
    await course.getByTestId('next-step').click();
    await playStep(course, 'postcards', step);
  }
  // Postcards asks one question, on its last step: right on the first try is 100.
  await answer(course, 'Every one of them', 'Right.');
  await answer(course, 'None: he only passed them on', 'Not quite.');
  await expect
    .poll(async () => (await attempt(page, 'postcards'))?.core)
    .toMatchObject({
      lesson_status: 'completed',
      lesson_location: '3',
      score: { raw: '100', min: '0', max: '100' },
    });
  expect((await attempt(page, 'postcards'))?.suspend_data.length).toBeLessThanOrEqual(4096);
  // Leaving the course finishes the session; a completed lesson is not left suspended.
  await page.goto('about:blank');
  await page.goto(`${host.origin}/lms/index.html`);
  expect((await attempt(page, 'postcards'))?.core.exit).toBe('');
  expect(errors).toEqual([]);
});

test('in an LMS: after a reload the lesson resumes at its step, with what was reached and first answers kept', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lesson = lessonById('locked-box');
  let course = await launch(page, lesson.id);
  await playStep(course, lesson.id, 1);
  await course.getByTestId('next-step').click();
  await playStep(course, lesson.id, 2);
  await answer(course, 'All of them', 'Not quite.');
  await expect.poll(async () => (await attempt(page, lesson.id))?.core.score.raw).toBe('0');
  expect((await attempt(page, lesson.id))?.core.lesson_status).toBe('incomplete');

  // A new session: the LMS launches the SCO again, with what it stored.
  await page.reload();
  course = page.frameLocator('iframe[title="Course"]');
  // The host page counts sessions in a script that may run after the reload resolves.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { lmsSessions?: number }).lmsSessions))
    .toBe(2);
  await playStep(course, lesson.id, 2);
  expect(
    await page
      .frameLocator('iframe')
      .locator(':root')
      .evaluate(() => location.hash),
  ).toBe(stepHash(lesson.id, 2));
  // A second answer to the same question does not change its first try.
  await answer(course, 'None', 'Right.');
  await course.getByTestId('next-step').click();
  await playStep(course, lesson.id, 3);
  // Step 1 was reached in the first session only: completion needs the resumed record.
  await expect
    .poll(async () => (await attempt(page, lesson.id))?.core.lesson_status)
    .toBe('completed');
  await answer(course, 'Oscar copied the key, then read everything', 'Right.');
  await expect.poll(async () => (await attempt(page, lesson.id))?.core.score.raw).toBe('50');
  expect(errors).toEqual([]);
});

test('without an LMS API the course runs as the lab does, and reports nothing', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const course = await launch(page, 'postcards', '&api=off');
  await playStep(course, 'postcards', 1);
  await course.getByTestId('next-step').click();
  await playStep(course, 'postcards', 2);
  await expect(course.getByTestId('outcome')).toContainText('Oscar wins.');
  expect(await page.evaluate(() => 'API' in window)).toBe(false);
  expect(await attempt(page, 'postcards')).toBeNull();
  expect(errors).toEqual([]);
});
