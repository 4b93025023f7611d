import { expect, type Lab, lessonById, stepHash, test } from './fixtures.ts';

/**
 * The two seed lessons walked by keyboard alone, on the page and in an embed: → plays each
 * step to its end and opens the next; every step passes axe. The outcomes below are worked
 * out from the protocols, not read from the lesson files.
 */
const OUTCOMES: Record<'handshake' | 'relays', readonly (readonly string[])[]> = {
  handshake: [
    ['Oscar learns nothing.', 'Their recipients read 2 of 2 exactly as written.'],
    ['Oscar learns nothing.', 'Oscar read 0 of 2 messages.'],
    ['Oscar wins.', 'Oscar read 2 of 2 messages', 'Their recipients read 0 of 2'],
    ['Oscar is caught.', 'Alice and Bob stopped before sending anything'],
    ['Oscar wins.', 'Oscar read 2 of 2 messages'],
    ['Oscar wins.', 'Their recipients read 1 of 2', '1 message never reached its recipient.'],
    ['Oscar wins.', 'Their recipients read 1 of 2', '1 message never reached its recipient.'],
    ['Oscar is caught.', 'Their recipients read 1 of 2', 'Detected by: CLOSE signed'],
  ],
  relays: [
    ['Broker 1 read 2 of 2 messages not meant for it.', 'Broker 2 read 2 of 2 messages'],
    ['Broker 1 read 2 of 2 messages not meant for it.'],
    ['Oscar wins.', 'Oscar read 2 of 2 messages; Alice and Bob detected nothing.'],
    ['Oscar learns nothing.', 'Oscar read 0 of 2 messages.', 'Their recipients read 2 of 2'],
    ['Oscar learns nothing.', 'Their recipients read 2 of 2'],
  ],
};

const onStep = (lab: Lab, lessonId: string, n: number) => () =>
  new URL(lab.page.url()).hash === stepHash(lessonId, n);

/** Presses → until `done` holds; the whole trace of a step is well under `limit` events. */
async function pressRightUntil(lab: Lab, done: () => boolean | Promise<boolean>, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await done()) return;
    await lab.page.keyboard.press('ArrowRight');
  }
  expect(await done(), `→ pressed ${limit} times`).toBe(true);
}

for (const embed of [false, true]) {
  for (const lessonId of ['handshake', 'relays'] as const) {
    test(`${lessonId}${embed ? ' (embed)' : ''}: → walks every step, outcomes computed, axe clean`, async ({
      lab,
    }) => {
      test.setTimeout(120_000);
      const steps = lessonById(lessonId).steps;
      expect(OUTCOMES[lessonId]).toHaveLength(steps.length);
      await lab.openStep(lessonId, 1, { embed });
      for (const [index, want] of OUTCOMES[lessonId].entries()) {
        const n = index + 1;
        await test.step(`step ${n}`, async () => {
          await lab.expectStep(lessonId, n, { embed });
          await lab.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await pressRightUntil(lab, async () => lab.outcome.isVisible());
          for (const sentence of want) await lab.expectOutcome(sentence);
          await lab.expectNoAxeViolations();
          if (n < steps.length) {
            await pressRightUntil(lab, onStep(lab, lessonId, n + 1));
          }
        });
      }
      lab.expectCleanSession();
    });
  }
}

test('handshake: a DATA packet in the wrong state is refused, in the narration', async ({
  lab,
}) => {
  await lab.openStep('handshake', 3);
  await lab.playToEnd();
  await expect(lab.narration).toContainText('Bob is in WAIT_ACK; a DATA packet is refused.');
  lab.expectCleanSession();
});

test('relays: end to end, a broker still notes who, to whom and how many bytes', async ({
  lab,
}) => {
  await lab.openStep('relays', 5);
  await lab.playToEnd();
  await expect(lab.narration).toContainText(
    /Broker 1 sees packet \d+: from Bob to Alice, \d+ bytes/,
  );
  lab.expectCleanSession();
});
