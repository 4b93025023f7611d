import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { TOY_GROUPS } from '../web/crypto/toy-dh.ts';
import { expect, Lab, lessonById, stepHash, test } from './fixtures.ts';

// The one-file build, opened from disk as on a lecture-hall laptop with no network.
const FILE = fileURLToPath(new URL('../dist-single/handshake-lab.html', import.meta.url));
const PAGE_URL = pathToFileURL(FILE).href;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'build:single'], { stdio: 'ignore' });
  if (!existsSync(FILE)) throw new Error(`npm run build:single wrote no ${FILE}.`);
});

/** Everything the page asks for beyond itself: there must be nothing. */
function watchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.split('#')[0] === PAGE_URL || /^(data|blob):/.test(url)) return;
    requests.push(url);
  });
  return requests;
}

/** Workers the page started, by URL: the single file's come from Blob URLs. */
function watchWorkers(page: Page): string[] {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  return workers;
}

async function open(page: Page, lessonId: string, step: number): Promise<Lab> {
  const lab = new Lab(page, 'null');
  await page.goto(`${PAGE_URL}${stepHash(lessonId, step)}`);
  await lab.expectStep(lessonId, step);
  return lab;
}

async function nextStep(lab: Lab, lessonId: string, step: number) {
  await lab.page.getByTestId('next-step').click();
  await lab.expectStep(lessonId, step);
}

test('from file://: the certificate lesson runs real X.509, with no request and no error', async ({
  page,
}) => {
  const requests = watchRequests(page);
  const lesson = lessonById('certificate-authority');
  const lab = await open(page, lesson.id, 1);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'sha256-[^']+'; style-src 'sha256-[^']+';.*worker-src blob:.*require-trusted-types-for 'script'; trusted-types default/,
  );
  for (let n = 1; n <= lesson.steps.length; n++) {
    if (n > 1) await nextStep(lab, lesson.id, n);
    await lab.playToPause();
    if (n === 2) await lab.expectOutcome('Oscar is caught');
    if (n === 5) {
      await expect(page.getByTestId('certificate-export')).toContainText(
        '-----BEGIN CERTIFICATE-----',
      );
    }
  }
  lab.expectCleanSession();
  expect(requests, 'requests beyond the file').toEqual([]);
});

test('from file://: Oscar’s searches run in Blob-URL workers, with no request and no error', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const requests = watchRequests(page);
  const workers = watchWorkers(page);
  const lab = await open(page, 'mixing-secrets', 3);
  await lab.playToPause();

  // Step 3: Oscar's discrete-log search, in its worker.
  const group = TOY_GROUPS.find((g) => g.bits === 16);
  if (!group) throw new Error('No 16-bit toy group.');
  const a = group.q - 17n;
  const widget = page.getByTestId('toy-diffie-hellman');
  await widget
    .getByLabel('Public prime p and base g')
    .selectOption({ label: `p = ${group.p} (${group.bits} bits), g = ${group.g}` });
  await widget.getByLabel('Alice’s secret a').fill(String(a));
  await widget.getByLabel('Bob’s secret b').fill('12345');
  await page.getByRole('button', { name: /Run (Oscar’s search|it again)/ }).click();
  await expect(page.getByTestId('toy-found')).toHaveText(String(a), { timeout: 30_000 });

  // Step 4: the brute-force cost, timed in its worker.
  await nextStep(lab, 'mixing-secrets', 4);
  await page.getByRole('button', { name: 'Measure on this computer' }).click();
  await expect(page.getByTestId('cost-status')).toContainText('Done:', { timeout: 60_000 });

  expect(workers.length, 'workers started').toBeGreaterThanOrEqual(2);
  for (const url of workers) expect(url).toMatch(/^blob:/);
  lab.expectCleanSession();
  expect(requests, 'requests beyond the file').toEqual([]);
});
