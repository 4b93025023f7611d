import { expect, type Lab, routeOf, test } from './fixtures.ts';

/** Presses → with nothing focused until the URL shows `hash` (at most `limit` presses). */
async function pressOnTo(lab: Lab, hash: string, limit = 8): Promise<number> {
  for (let presses = 0; presses < limit; presses++) {
    if (routeOf(lab.page.url()) === hash) return presses;
    await lab.page.keyboard.press('ArrowRight');
  }
  expect(routeOf(lab.page.url()), `→ pressed ${limit} times`).toBe(hash);
  return limit;
}

/**
 * What each lesson must compute, step by step, written from what it teaches: a sentence the
 * outcome banner shows at the step's end (null when the step pauses before the run ends).
 */
const WALKS: Record<string, readonly (string | null)[]> = {
  replay: [
    '4 copies accepted, 1 of them replayed.',
    'Detected by: sequence number.',
    'Detected by: AES-GCM tag.',
    '3 copies accepted, 1 of them replayed.',
    'Detected by: sequence number.',
    'Detected by: sequence number.',
    '4 copies accepted, 1 of them replayed.',
    'Detected by: AES-GCM tag.',
  ],
  'forward-secrecy': [
    null,
    'Oscar read 2 later, with a stolen key.',
    'Later he tried the keys he held on 4 recorded packets, 4 tries: none opened.',
    'Oscar read 2 later, with a stolen key.',
    null,
    'In the session after the theft, Oscar read 2 of 2 messages.',
  ],
  'nonce-reuse': [
    'Oscar read 1 of 2 messages',
    'Oscar recovered 60 of 86 bytes of message 2 without the key.',
    'AES-GCM accepted a tag Oscar computed without the key.',
  ],
};

for (const [lessonId, outcomes] of Object.entries(WALKS)) {
  test(`${lessonId}: walked by → alone, at most 6 presses a step, axe clean`, async ({ lab }) => {
    // Each step is pressed through, replayed to its pause and checked by axe: the limit grows
    // with the lesson.
    test.setTimeout(Math.max(60_000, 15_000 * outcomes.length));
    await lab.openStep(lessonId, 1);
    for (const [index, outcome] of outcomes.entries()) {
      const n = index + 1;
      await lab.expectStep(lessonId, n);
      const next = n < outcomes.length ? `#/lesson/${lessonId}/${n + 1}` : null;
      if (outcome === null) await expect(lab.outcome).toBeHidden();
      if (!next) {
        await lab.playToEnd();
        await lab.expectOutcome(outcome ?? '');
        await lab.expectNoAxeViolations();
        break;
      }
      // The step's own part, one press at a time; the last press opens the next step.
      const presses = await pressOnTo(lab, next, 6);
      expect(presses, `presses of → from step ${n}`).toBeLessThanOrEqual(6);
      await lab.openStep(lessonId, n);
      await lab.playToPause();
      if (outcome !== null) await lab.expectOutcome(outcome);
      await lab.expectNoAxeViolations();
      await lab.openStep(lessonId, n + 1);
    }
    lab.expectCleanSession();
  });

  test(`${lessonId}: every step in the embed passes axe`, async ({ lab }) => {
    test.setTimeout(Math.max(60_000, 10_000 * outcomes.length));
    for (let n = 1; n <= outcomes.length; n++) {
      await lab.openStep(lessonId, n, { embed: true });
      await lab.playToPause();
      await lab.expectNoAxeViolations();
    }
    lab.expectCleanSession();
  });
}
