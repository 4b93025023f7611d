import { expect, routeOf, stepHash, test } from './fixtures.ts';
import { LESSONS } from './lesson-words.ts';

interface Expected {
  /**
   * Sentences the outcome banner shows once the step has played; none when the step pauses
   * before the run's end (the outcome counts the whole run, so it is not shown yet).
   */
  readonly outcome: readonly string[];
  /** The check question's right and one wrong answer, by label, when the step asks one. */
  readonly answers?: { readonly right: string; readonly wrong: string };
}

const OSCAR_READS_ALL = ['Oscar wins.', 'Oscar read 2 of 2 messages'];
const OSCAR_READS_NOTHING = [
  'Oscar cannot read the messages.',
  'Oscar read 0 of 2 messages',
  'He still sees who talks to whom, when, and how long each message is.',
];
const OSCAR_CAUGHT = ['Oscar is caught.', 'Oscar read 0 messages'];
const NOT_YET: readonly string[] = [];

/** What a student should see on each step, written independently of the lesson files. */
const EXPECTED: Record<string, readonly Expected[]> = {
  postcards: [
    { outcome: ['No attacker on the wire this run.', 'Oscar read 0 of 2 messages'] },
    { outcome: OSCAR_READS_ALL },
    {
      outcome: OSCAR_READS_ALL,
      answers: { right: 'Every one of them', wrong: 'None: he only passed them on' },
    },
  ],
  'locked-box': [
    { outcome: OSCAR_READS_NOTHING },
    { outcome: OSCAR_READS_NOTHING, answers: { right: 'None', wrong: 'All of them' } },
    {
      outcome: OSCAR_READS_ALL,
      answers: {
        right: 'Oscar copied the key, then read everything',
        wrong: 'Oscar could not use a key someone else made',
      },
    },
  ],
  'sealed-envelope': [
    { outcome: NOT_YET },
    { outcome: NOT_YET },
    { outcome: OSCAR_READS_NOTHING, answers: { right: 'None', wrong: 'All of them' } },
    { outcome: OSCAR_READS_NOTHING },
  ],
  'oscar-in-the-middle': [
    { outcome: OSCAR_READS_NOTHING },
    { outcome: NOT_YET },
    {
      outcome: OSCAR_READS_ALL,
      answers: { right: 'All of them', wrong: 'None: the messages were encrypted' },
    },
    { outcome: OSCAR_READS_ALL, answers: { right: 'All of them', wrong: 'None' } },
    { outcome: OSCAR_READS_ALL },
  ],
  'compare-fingerprints': [
    { outcome: NOT_YET },
    {
      outcome: OSCAR_READS_ALL,
      answers: { right: 'No, and Oscar read the messages', wrong: 'Yes, Bob saw a mismatch' },
    },
    { outcome: OSCAR_CAUGHT, answers: { right: 'None', wrong: 'All of them' } },
    { outcome: OSCAR_CAUGHT },
    { outcome: OSCAR_READS_NOTHING },
  ],
  tampering: [
    { outcome: OSCAR_READS_NOTHING },
    {
      outcome: [
        'Oscar wins.',
        'Oscar read 0 of 2 messages',
        '1 message accepted that the sender never wrote',
      ],
      answers: {
        right: 'Accepted it, with a text Alice never wrote',
        wrong: 'Rejected it: the change was detected',
      },
    },
    { outcome: ['Oscar wins.', '1 message accepted that the sender never wrote'] },
    {
      outcome: ['Oscar is caught.', '1 message rejected', 'Detected by: AES-GCM tag'],
      answers: { right: 'Bob rejected the message', wrong: 'Bob read “pay 900”' },
    },
  ],
  signatures: [
    { outcome: OSCAR_READS_NOTHING },
    {
      outcome: ['1 message rejected', 'Detected by: signature'],
      answers: { right: 'No, the signature check failed', wrong: 'Yes' },
    },
    {
      outcome: ['1 message rejected', 'Detected by: signature'],
      answers: { right: 'No: it was not signed with Alice’s key', wrong: 'Yes: it was signed' },
    },
    {
      outcome: ['Oscar wins.', 'Oscar read 1 of 2 messages'],
      answers: { right: 'One: the signature confirmed his guess', wrong: 'None' },
    },
    { outcome: OSCAR_READS_NOTHING },
    { outcome: OSCAR_READS_ALL, answers: { right: 'All of them', wrong: 'None' } },
  ],
  'certificate-authority': [
    { outcome: OSCAR_READS_NOTHING },
    {
      outcome: [...OSCAR_CAUGHT, 'a certificate is required'],
      answers: { right: 'Alice caught it and sent nothing', wrong: 'It worked, as before' },
    },
    { outcome: [...OSCAR_CAUGHT, 'signed by a CA Alice trusts'] },
    {
      outcome: OSCAR_READS_ALL,
      answers: { right: 'All of them', wrong: 'None: the checks caught him' },
    },
    { outcome: OSCAR_READS_NOTHING },
    { outcome: OSCAR_CAUGHT },
  ],
  handshake: [
    { outcome: NOT_YET },
    {
      outcome: OSCAR_READS_NOTHING,
      answers: { right: 'None', wrong: 'At least one' },
    },
    {
      outcome: [...OSCAR_READS_ALL, 'Their recipients read 0 of 2', '2 messages never reached'],
      answers: { right: 'Oscar, and Bob none', wrong: 'Bob' },
    },
    {
      outcome: ['Oscar is caught.', 'detected by the server’s signature over the handshake'],
      answers: {
        right: 'Alice stopped before sending anything',
        wrong: 'Nothing: Oscar still read her messages',
      },
    },
    {
      outcome: OSCAR_READS_ALL,
      answers: { right: 'No: he read her messages', wrong: 'Yes' },
    },
    {
      outcome: [
        'Oscar wins.',
        'Oscar read 0 of 2 messages',
        '1 message never reached its recipient',
      ],
      answers: { right: 'No: CLOSE looks like the end', wrong: 'Yes, a check failed' },
    },
    { outcome: ['Oscar wins.', 'Their recipients read 1 of 2', '1 message never reached'] },
    {
      outcome: [
        'Oscar is caught.',
        'The recipient knows the conversation was cut short',
        'Detected by: a CLOSE or close_notify at the end.',
      ],
      answers: {
        right: 'He reports the conversation as truncated',
        wrong: 'Nothing: he waits forever',
      },
    },
    {
      outcome: ['Oscar is caught.', 'Detected by: CLOSE signed by the client'],
      answers: { right: 'He rejects it: the conversation was cut', wrong: 'He closes as before' },
    },
    {
      outcome: [
        'Oscar wins.',
        '2 copies accepted, 1 of them replayed.',
        '1 message never reached its recipient.',
      ],
      answers: {
        right: 'No: he read message 1 twice and never message 2',
        wrong: 'Yes: the count matched',
      },
    },
    {
      outcome: [
        'Oscar wins.',
        'Oscar read 2 of 2 messages',
        'Detected by: the client’s Finished (key confirmation).',
      ],
      answers: {
        right: 'Bob’s check of Alice’s Finished; Oscar still read her messages',
        wrong: 'Nothing caught him',
      },
    },
    {
      outcome: [
        'Oscar is caught.',
        'The recipient knows the conversation was cut short',
        'Detected by: record opens under its direction’s key and sequence number.',
      ],
      answers: {
        right: 'It did not open as record 1: Bob reported the conversation truncated',
        wrong: 'Nothing: Bob read it twice',
      },
    },
  ],
  relays: [
    { outcome: NOT_YET },
    { outcome: NOT_YET },
    { outcome: NOT_YET },
    {
      outcome: ['Broker 1 read 2 of 2 messages', 'Broker 2 read 2 of 2 messages'],
      answers: { right: 'All of them', wrong: 'None: they were encrypted' },
    },
    {
      outcome: ['Oscar wins.', '1 message accepted that the sender never wrote.'],
      answers: { right: 'Yes, and no check failed', wrong: 'No: the GCM tag caught it' },
    },
    { outcome: NOT_YET },
    {
      outcome: ['Oscar is caught.', 'Detected by: AES-GCM tag.'],
      answers: {
        right: 'Nothing: Bob’s tag check caught his message',
        wrong: 'Read and forge, as with the group key',
      },
    },
    {
      outcome: [...OSCAR_READS_ALL, 'Alice and Bob detected nothing'],
      answers: { right: 'No, and he read every message', wrong: 'Yes, a check failed' },
    },
    {
      outcome: ['Oscar wins.', '1 message accepted that the sender never wrote.'],
      answers: { right: 'No: he accepted it', wrong: 'Yes: a check failed' },
    },
    {
      outcome: [...OSCAR_READS_NOTHING, 'Their recipients read 2 of 2'],
      answers: { right: 'None', wrong: 'Every one' },
    },
    {
      outcome: ['Oscar is caught.', 'Detected by: AES-GCM tag.'],
      answers: { right: 'Rejected it: the GCM tag did not verify', wrong: 'Accepted it' },
    },
    // Oscar is off the wire here; the relays are the ones that see the traffic.
    { outcome: ['No attacker on the wire this run.', 'Their recipients read 2 of 2'] },
  ],
  'mixing-secrets': [
    { outcome: OSCAR_READS_ALL },
    {
      outcome: OSCAR_READS_ALL,
      answers: { right: 'One division and one multiplication', wrong: 'Years of guessing' },
    },
    { outcome: OSCAR_READS_ALL },
    {
      outcome: OSCAR_READS_ALL,
      answers: { right: 'It about doubles', wrong: 'It barely changes' },
    },
    { outcome: OSCAR_READS_NOTHING, answers: { right: 'None', wrong: 'All of them' } },
  ],
  replay: [
    {
      outcome: ['Oscar wins.', '4 copies accepted, 1 of them replayed.'],
      answers: { right: 'Four: he paid Carol twice', wrong: 'Three: the copy was refused' },
    },
    {
      outcome: ['Oscar is caught.', '1 message rejected.', 'Detected by: sequence number.'],
      answers: {
        right: 'The sequence number: “sequence 1 already seen”',
        wrong: 'Nothing: Bob paid twice',
      },
    },
    {
      outcome: ['Oscar is caught.', 'Detected by: AES-GCM tag.'],
      answers: { right: 'The GCM tag', wrong: 'None: Bob accepted it' },
    },
    {
      outcome: ['Oscar wins.', '3 copies accepted, 1 of them replayed.', '1 message rejected.'],
      answers: {
        right: 'Bob refused it as already seen, and paid Carol twice',
        wrong: 'Bob accepted it',
      },
    },
    {
      outcome: ['Oscar is caught.', 'read 2 of 3 exactly', 'Detected by: sequence number.'],
      answers: { right: 'Yes: the numbers have a gap', wrong: 'No' },
    },
    { outcome: ['Oscar is caught.', 'Detected by: sequence number.'] },
    {
      outcome: [
        'Oscar wins.',
        '4 copies accepted, 1 of them replayed.',
        '1 message never reached its recipient.',
      ],
      answers: { right: 'He accepted it in today’s place', wrong: 'He refused it' },
    },
    {
      outcome: ['Oscar is caught.', '1 message rejected.', 'Detected by: AES-GCM tag.'],
      answers: {
        right: 'The GCM tag: it covers today’s session id',
        wrong: 'None: Bob accepted it',
      },
    },
  ],
  'forward-secrecy': [
    { outcome: NOT_YET },
    {
      outcome: [...OSCAR_READS_ALL, 'Oscar read 2 later, with a stolen key.'],
      answers: { right: 'All of them', wrong: 'None: the session is over' },
    },
    {
      outcome: [...OSCAR_READS_NOTHING, '4 tries: none opened.'],
      answers: { right: 'None', wrong: 'All of them' },
    },
    {
      outcome: [...OSCAR_READS_ALL, 'Oscar read 2 later, with a stolen key.'],
      answers: { right: 'Every recorded message', wrong: 'Nothing' },
    },
    { outcome: NOT_YET },
    {
      outcome: ['Oscar wins.', 'In the session after the theft, Oscar read 2 of 2 messages.'],
      answers: { right: 'All of them', wrong: 'None: the keys were fresh' },
    },
  ],
  'nonce-reuse': [
    {
      outcome: ['Oscar wins.', 'Oscar read 1 of 2 messages'],
      answers: { right: 'The two ciphertexts and the first message’s text', wrong: 'The key' },
    },
    {
      outcome: [
        'Oscar wins.',
        'Oscar read 0 of 2 messages',
        'Oscar recovered 60 of 86 bytes of message 2 without the key.',
      ],
      answers: { right: 'Its start: as many bytes as the text he knows', wrong: 'None of it' },
    },
    {
      outcome: [
        'Oscar wins.',
        'Oscar read 2 of 3 messages',
        'AES-GCM accepted a tag Oscar computed without the key.',
        '1 message accepted that the sender never wrote.',
      ],
      answers: {
        right: 'No: the tag Oscar computed verified',
        wrong: 'Yes: it refused his tag',
      },
    },
  ],
};

for (const lesson of LESSONS) {
  test(`${lesson.title}: every step plays, answers, passes axe and links on`, async ({
    lab,
    page,
  }) => {
    // Each step plays, answers and runs axe: a longer lesson gets proportionally longer.
    test.setTimeout(Math.max(60_000, lesson.steps.length * 20_000));
    const expected = EXPECTED[lesson.id];
    // A new lesson needs its expected outcomes written here, independently of its file.
    expect(expected, `expected outcomes written for "${lesson.id}"`).toBeDefined();
    expect(expected, 'an expectation for every step').toHaveLength(lesson.steps.length);

    await lab.openStep(lesson.id, 1);
    for (const [index, step] of lesson.steps.entries()) {
      const n = index + 1;
      const want = expected?.[index];

      await test.step(`step ${n}: ${step.title}`, async () => {
        await lab.expectStep(lesson.id, n);
        await lab.playToPause();
        if (want?.outcome.length === 0) await expect(lab.outcome).toBeHidden();
        for (const sentence of want?.outcome ?? []) await lab.expectOutcome(sentence);

        if (want) {
          expect(Boolean(step.question), 'the step asks a question').toBe(Boolean(want.answers));
        }
        if (want?.answers) {
          await lab.answer(want.answers.right);
          await expect(lab.checkFeedback).toHaveText(/^Right\./);
          await lab.answer(want.answers.wrong);
          await expect(lab.checkFeedback).toHaveText(/^Not quite\./);
        }

        await lab.expectNoAxeViolations();
        lab.expectCleanSession();
      });

      if (n < lesson.steps.length) {
        await page.getByTestId('next-step').click();
        await expect.poll(() => routeOf(page.url())).toBe(stepHash(lesson.id, n + 1));
      } else {
        await expect(page.getByTestId('lesson-done')).toBeVisible();
      }
    }
  });
}
