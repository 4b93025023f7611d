import { expect, type Lab, lessonById, routeOf, stepHash, test } from './fixtures.ts';

/**
 * The two seed lessons walked by keyboard alone, on the page and in an embed: → plays each
 * step to its pause and then opens the next; every step passes axe. The outcomes below are
 * worked out from the protocols, not read from the lesson files; an empty list is a step
 * that pauses before the run's end, where no outcome shows yet.
 */
const OUTCOMES: Record<'handshake' | 'relays', readonly (readonly string[])[]> = {
  handshake: [
    [],
    ['Oscar cannot read the messages.', 'Oscar read 0 of 2 messages.'],
    ['Oscar wins.', 'Oscar read 2 of 2 messages', 'Their recipients read 0 of 2'],
    ['Oscar is caught.', 'Alice and Bob stopped before sending anything'],
    ['Oscar wins.', 'Oscar read 2 of 2 messages'],
    ['Oscar wins.', 'Their recipients read 1 of 2', '1 message never reached its recipient.'],
    ['Oscar wins.', 'Their recipients read 1 of 2', '1 message never reached its recipient.'],
    [
      'Oscar is caught.',
      'The recipient knows the conversation was cut short',
      'Detected by: a CLOSE',
    ],
    ['Oscar is caught.', 'Their recipients read 1 of 2', 'Detected by: CLOSE signed'],
    ['Oscar wins.', '2 copies accepted, 1 of them replayed.', '1 message never reached'],
    ['Oscar wins.', 'Oscar read 2 of 2 messages', 'Detected by: the client’s Finished'],
    [
      'Oscar is caught.',
      'The recipient knows the conversation was cut short',
      'Detected by: record',
    ],
  ],
  relays: [
    [],
    [],
    [],
    ['No attacker on the wire this run.', 'Broker 1 read 2 of 2 messages not meant for it.'],
    // Seed 002's group key, copied from Alice, opens the last link and seals Oscar's message.
    [
      'Oscar wins.',
      'Oscar read 2 of 2 messages; Alice and Bob detected nothing.',
      '1 message accepted that the sender never wrote.',
    ],
    [],
    // A key per link: Alice's key opens nothing on the last link, and Bob's tag check fails.
    ['Oscar is caught.', 'Oscar read 0 of 2 messages.', 'Detected by: AES-GCM tag.'],
    ['Oscar wins.', 'Oscar read 2 of 2 messages; Alice and Bob detected nothing.'],
    // Inside Broker 1 he changes the text before it is sealed for the next link.
    ['Oscar wins.', '1 message accepted that the sender never wrote.'],
    [
      'Oscar cannot read the messages.',
      'Oscar read 0 of 2 messages.',
      'Their recipients read 2 of 2',
    ],
    ['Oscar is caught.', '1 message rejected.', 'Detected by: AES-GCM tag.'],
    ['No attacker on the wire this run.', 'Their recipients read 2 of 2'],
  ],
};

const onStep = (lab: Lab, lessonId: string, n: number) => () =>
  routeOf(lab.page.url()) === stepHash(lessonId, n);

/** Presses → until `done` holds, at most `limit` times (a step's own part fits 6 presses). */
async function pressRightUntil(lab: Lab, done: () => boolean | Promise<boolean>, limit: number) {
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
      const steps = lessonById(lessonId).steps;
      // Each step plays, is checked and runs axe: a longer lesson gets proportionally longer.
      test.setTimeout(Math.max(120_000, steps.length * 15_000));
      expect(OUTCOMES[lessonId]).toHaveLength(steps.length);
      await lab.openStep(lessonId, 1, { embed });
      // On the page autoplay plays each step to its pause (at once, at "instant"); in an embed
      // nothing plays by itself, and → walks each step beat by beat.
      if (!embed) await lab.setSpeed('instant');
      for (const [index, want] of OUTCOMES[lessonId].entries()) {
        const n = index + 1;
        await test.step(`step ${n}`, async () => {
          await lab.expectStep(lessonId, n, { embed });
          await lab.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          const atPause = async () => (await lab.playback.getAttribute('data-at-pause')) === 'true';
          await pressRightUntil(lab, atPause, 7);
          if (want.length === 0) await expect(lab.outcome).toBeHidden();
          for (const sentence of want) await lab.expectOutcome(sentence);
          await lab.expectNoAxeViolations();
          if (n < steps.length) {
            await lab.page.keyboard.press('ArrowRight');
            await expect.poll(onStep(lab, lessonId, n + 1)).toBe(true);
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
  await lab.openStep('relays', 12);
  await lab.playToEnd();
  await expect(lab.narration).toContainText(
    /Broker 1 sees packet \d+: from Bob to Alice, \d+ bytes/,
  );
  lab.expectCleanSession();
});
