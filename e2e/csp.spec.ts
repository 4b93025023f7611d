import { expect, type Lab, lessonById, stepHash, test } from './fixtures.ts';
import { LESSONS } from './lesson-words.ts';
import { runOscarsSearch, setToyExchange, toyGroup } from './toy-exchange.ts';

// The production page's Content-Security-Policy requires Trusted Types for scripts. Every
// violation is recorded from the first moment, before the app starts.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim());
    });
  });
});

async function violations(lab: Lab): Promise<string[]> {
  return lab.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the policy requires Trusted Types, and HTML from a string is refused', async ({
  lab,
  page,
}) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).toContain('trusted-types default');
  const outcome = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<i>injected</i>');
      return 'inserted';
    } catch (error) {
      return error instanceof TypeError ? 'refused' : String(error);
    }
  });
  expect(outcome).toBe('refused');
  expect(await violations(lab)).toEqual([expect.stringContaining('require-trusted-types-for')]);

  // Static hosts get the same policy as headers, with frame-ancestors and a Referrer-Policy.
  const headers = await (await page.request.get('/_headers')).text();
  expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'self' https:`);
  expect(headers).toContain('Referrer-Policy: no-referrer');
});

test('every step of every lesson, the sandbox and an embed run with zero violations', async ({
  lab,
  page,
}) => {
  test.slow();
  await page.goto('/');
  for (const lesson of LESSONS) {
    for (const [index] of lesson.steps.entries()) {
      await page.evaluate(
        (hash) => {
          window.location.hash = hash;
        },
        stepHash(lesson.id, index + 1),
      );
      await lab.expectStep(lesson.id, index + 1);
      await lab.playToPause();
    }
  }
  await page.goto('/#/sandbox?exchange=ecdh&certificates=on&signatures=ed25519');
  await lab.waitUntilComputed();
  await page.goto(`/?embed=1${stepHash('postcards', 2)}`);
  await lab.expectStep('postcards', 2, { embed: true });
  expect(await violations(lab)).toEqual([]);
  lab.expectCleanSession();
});

test('the stage’s engine and Oscar’s search run in their workers with zero violations', async ({
  lab,
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const step = lessonById('mixing-secrets').steps.findIndex(
    (s) => s.widget === 'toy-diffie-hellman',
  );
  await lab.openStep('mixing-secrets', step + 1);
  const group = toyGroup(16);
  const a = group.q - 17n;
  const shared = await setToyExchange(page, group, a, 12_345n);
  await runOscarsSearch(page, a, shared);
  // The stage's runs come from the engine's worker; the search has one of its own.
  expect(workers, 'workers started').toEqual([
    expect.stringMatching(/\/engine\.worker-[\w-]+\.js$/),
    expect.stringMatching(/discrete-log/),
  ]);
  expect(await violations(lab)).toEqual([]);
  lab.expectCleanSession();
});
