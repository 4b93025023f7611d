/**
 * Oscar's brute-force search, timed off the page's thread. For one toy group it runs searches
 * for fresh random secrets until about half a second of searching has been timed (at least one
 * search, at most MAX_SEARCHES), and reports the totals.
 */
import { bruteForceDiscreteLog, modPow, randomBelow, TOY_GROUPS } from '../../crypto/index.ts';
import type { MeasureRequest, WorkerReply } from './brute-force-messages.ts';

const MIN_MS = 500;
const MAX_SEARCHES = 5_000;
/** Exponents between progress messages: a few tens of milliseconds. */
const PROGRESS_EVERY = 1 << 20;

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MeasureRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);

/** One search, in pieces only to report progress. Returns the exponents tried. */
function search(g: bigint, A: bigint, p: bigint, onProgress: (tried: number) => void): number {
  let from = 0n;
  let tried = 0;
  for (;;) {
    const result = bruteForceDiscreteLog(g, A, p, { fromExponent: from, maxSteps: PROGRESS_EVERY });
    tried += result.steps;
    if (result.status === 'found') {
      if (modPow(g, result.exponent, p) !== A)
        throw new Error('The search found a wrong exponent.');
      return tried;
    }
    if (result.status === 'not-found') throw new Error(`${A} is not a power of ${g} mod ${p}.`);
    from = result.nextExponent;
    onProgress(tried);
  }
}

function measure(groupIndex: number): void {
  const group = TOY_GROUPS[groupIndex];
  if (!group) throw new Error(`There is no toy group number ${groupIndex}.`);
  const { p, q, g, bits } = group;
  let searches = 0;
  let steps = 0;
  let ms = 0;
  let batch = 1;
  while (ms < MIN_MS && searches < MAX_SEARCHES) {
    // Alice's part, outside the timing: fresh secrets in [1, q) and their public values.
    const targets = Array.from({ length: batch }, () => modPow(g, 1n + randomBelow(q - 1n), p));
    const start = performance.now();
    for (const A of targets) {
      steps += search(g, A, p, (tried) =>
        post({ type: 'progress', groupIndex, searches, steps: steps + tried }),
      );
      searches++;
    }
    ms += performance.now() - start;
    // Time the next batch in one go (tiny searches are below the timer's resolution),
    // sized to fill what is left of MIN_MS.
    const perSearch = ms / searches;
    const left = perSearch > 0 ? Math.ceil((MIN_MS - ms) / perSearch) : batch * 2;
    batch = Math.max(1, Math.min(batch * 2, left, MAX_SEARCHES - searches));
  }
  post({
    type: 'result',
    groupIndex,
    measurement: { bits, searches, steps, seconds: ms / 1000 },
  });
}

/**
 * Untimed searches first, so the engine has compiled the search loop before anything is
 * timed: otherwise the first (smallest) size pays for the warm-up and looks slow.
 */
let warm = false;
function warmUp(): void {
  const group = TOY_GROUPS[1];
  if (warm || !group) return;
  const deadline = performance.now() + 50;
  while (performance.now() < deadline) {
    search(group.g, modPow(group.g, 1n + randomBelow(group.q - 1n), group.p), group.p, () => {});
  }
  warm = true;
}

scope.addEventListener('message', (event: MessageEvent<MeasureRequest>) => {
  try {
    warmUp();
    measure(event.data.groupIndex);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
