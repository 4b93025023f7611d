import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures.ts';

/**
 * npm run bench: "Can Oscar win?" from the click on a defence to the grid's last cell, with
 * warm keys, and the longest main-thread task meanwhile. Every number is printed; the
 * budgets are DESIGN.md's: 1 s to the last cell, 1 s for the depth-4 search, no task over 50 ms.
 */
const LAST_CELL_BUDGET_MS = 1000;
const LONG_TASK_BUDGET_MS = 50;
const SEARCH_BUDGET_MS = 1000;

/** Toggles that each change the grid; the same set is run twice, the first pass only to warm keys. */
const TOGGLES: [string, string][] = [
  ['sequence-numbers', 'on'],
  ['exchange', 'ecdh'],
  ['certificates', 'on'],
  ['cipher', 'aes-ctr'],
  ['signatures', 'ecdsa'],
  ['ephemeral', 'off'],
  ['check', 'out-of-band'],
];

interface Timing {
  readonly clickToLastCell: number;
  /** The best-attack search that follows the grid, at depth 4, in the worker. */
  readonly search: number;
  readonly scripts: number;
  readonly states: number;
  readonly worker: number;
  readonly webCrypto: number;
  readonly longestTask: number;
}

/** Changes one defence in the page and times it until the status says every row ran. */
function toggle(page: Page, name: string, value: string): Promise<Timing> {
  return page.evaluate(
    ([name, value]) =>
      new Promise<Timing>((resolve) => {
        const status = document.querySelector<HTMLElement>('[data-testid="matrix-status"]');
        const select = document.querySelector<HTMLSelectElement>(`[data-testid="defence-${name}"]`);
        if (!status || !select) throw new Error('The matrix page is not showing.');
        const tasks: number[] = [];
        const tasksSeen = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        });
        tasksSeen.observe({ type: 'longtask' });
        const started = performance.now();
        let running = false;
        let clickToLastCell: number | null = null;
        const watch = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text.startsWith('Running')) running = true;
          if (!running) return;
          if (clickToLastCell === null && text.startsWith('All'))
            clickToLastCell = performance.now() - started;
          const result = document.querySelector<HTMLElement>('[data-testid="search-result"]');
          if (clickToLastCell === null || !result?.dataset.milliseconds) return;
          watch.disconnect();
          const grid = clickToLastCell;
          // The stage then plays the best attack: its run and its render count too. Long tasks
          // are reported a little after they end.
          const stage = document.querySelector('[data-testid="stage"]');
          const settled = () =>
            stage?.getAttribute('aria-busy') === 'false'
              ? setTimeout(finish, 300)
              : setTimeout(settled, 20);
          setTimeout(settled, 100);
          const finish = () => {
            tasksSeen.disconnect();
            resolve({
              clickToLastCell: grid,
              search: Number(result.dataset.milliseconds),
              scripts: Number(result.dataset.scripts),
              states: Number(result.dataset.states),
              worker: Number(status.dataset.milliseconds),
              webCrypto: Number(status.dataset.cryptoMilliseconds),
              longestTask: Math.max(0, ...tasks),
            });
          };
        });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true });
        const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
        setValue?.call(select, value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    [name, value] as const,
  );
}

test('Can Oscar win?: every strategy and a depth-4 search within 1 s each, warm keys, no long task', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/matrix');
  const status = page.getByTestId('matrix-status');
  await expect(status).toHaveText(/^All \d+ strategies ran/, { timeout: 120_000 });
  const rows = await page.getByTestId('matrix-grid').locator('tbody tr').count();

  for (const [name, value] of TOGGLES) await toggle(page, name, value); // warm every key
  await page.goto('/#/matrix');
  await expect(status).toHaveText(/^All \d+ strategies ran/, { timeout: 120_000 });
  const timings: Timing[] = [];
  for (const [name, value] of TOGGLES) {
    const timing = await toggle(page, name, value);
    timings.push(timing);
    console.log(
      `matrix, ${name}=${value}: click to last cell ${timing.clickToLastCell.toFixed(0)} ms; ` +
        `in the worker ${timing.worker.toFixed(0)} ms, of it WebCrypto ${timing.webCrypto.toFixed(0)} ms ` +
        `(ratio click-to-last-cell / WebCrypto ${(timing.clickToLastCell / timing.webCrypto).toFixed(1)}); ` +
        `best attack to depth 4: ${timing.search.toFixed(0)} ms, ${timing.scripts} scripts, ${timing.states} states; ` +
        `longest main-thread task ${timing.longestTask.toFixed(0)} ms`,
    );
  }
  const worst = Math.max(...timings.map((t) => t.clickToLastCell));
  const total = timings.reduce((sum, t) => sum + t.clickToLastCell, 0);
  const crypto = timings.reduce((sum, t) => sum + t.webCrypto, 0);
  console.log(
    `matrix: ${rows} rows at the defaults; worst click to last cell ${worst.toFixed(0)} ms; ` +
      `all ${timings.length} runs ${total.toFixed(0)} ms against ${crypto.toFixed(0)} ms in WebCrypto (ratio ${(total / crypto).toFixed(1)})`,
  );
  const worstSearch = Math.max(...timings.map((t) => t.search));
  console.log(`matrix: worst depth-4 search ${worstSearch.toFixed(0)} ms`);

  // The deepest search the page offers, at the defences the last toggle left.
  await page.getByTestId('search-depth').selectOption('6');
  const deep = page.locator('[data-testid="search-result"][data-depth="6"]');
  await expect(deep).toBeVisible({ timeout: 120_000 });
  console.log(
    `matrix: depth-6 search ${Number(await deep.getAttribute('data-milliseconds')).toFixed(0)} ms, ` +
      `${await deep.getAttribute('data-scripts')} scripts, ${await deep.getAttribute('data-states')} states`,
  );
  expect(worst, 'click to last cell, worst of the warm runs').toBeLessThanOrEqual(
    LAST_CELL_BUDGET_MS,
  );
  expect(worstSearch, 'depth-4 search, worst of the warm runs').toBeLessThanOrEqual(
    SEARCH_BUDGET_MS,
  );
  expect(Math.max(...timings.map((t) => t.longestTask))).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
});
