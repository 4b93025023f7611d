import { checkLabel } from '../protocol/checks.ts';
import type { Outcome } from '../protocol/types.ts';
import { after, atEnd, type Lesson } from './types.ts';

/** The keys are in place: the step tells the story of the three payment orders. */
const afterKeys = after(
  (e) => e.type === 'key-learned' && e.actor === 'bob' && e.key.kind === 'aes',
);

const copies = (o: Outcome) => o.acceptedCopies ?? o.delivered;
const replayAccepted = (o: Outcome) => copies(o) > o.delivered;

export const replay: Lesson = {
  id: 'replay',
  title: 'Replay',
  summary:
    'Oscar cannot read or change Alice’s payment order, so he sends it again. Bob pays twice, until messages carry numbers.',
  seed: '003',
  steps: [
    {
      title: 'Pay twice',
      body: 'Alice and Bob do everything the earlier lessons taught: a key only they hold, AES-GCM, and a signature inside every message. Alice sends three payment orders, the first “pay 100 to Carol”.\n\nOscar cannot read it and cannot change it. He does not need to: he records the packet and sends the same bytes to Bob again. Watch what Bob’s checks say about the copy.',
      preset: 'replay',
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        prompt: 'How many payment orders did Bob accept, counting every copy?',
        choices: [
          { label: 'Three: the copy was refused', isCorrect: (o) => copies(o) === 3 },
          { label: 'Four: he paid Carol twice', isCorrect: (o) => copies(o) === 4 },
        ],
        explain: (o) =>
          `Bob accepted ${copies(o)} copies of ${o.sent} orders${replayAccepted(o) ? `: ${copies(o) - o.delivered} of them a replay` : ''}. The tag and the signature verified on the copy because it is exactly what Alice sent: they prove who wrote it and that nobody changed it, not that it is new.`,
      },
    },
    {
      title: 'Number every message',
      body: 'Now each message carries a sequence number: 1, 2, 3. It travels in the clear, and it is bound to the message twice: AES-GCM takes it as associated data (authenticated, not encrypted), and the signature covers it with the text.\n\nBob remembers the last number he accepted and refuses any number that is not above it.',
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        prompt: 'Oscar sent the copy again. What refused it?',
        choices: [
          {
            label: 'The sequence number: “sequence 1 already seen”',
            isCorrect: (o) => o.detectedBy === 'sequence-number' && !replayAccepted(o),
          },
          { label: 'The GCM tag', isCorrect: (o) => o.detectedBy === 'gcm-tag' },
          { label: 'Nothing: Bob paid twice', isCorrect: replayAccepted },
        ],
        explain: (o) =>
          `Bob accepted ${copies(o)} copies of ${o.sent} orders and rejected ${o.rejected}, caught by the check: ${o.detectedBy ? checkLabel(o.detectedBy) : 'none'}. The copy’s tag and signature still verified: only the number gave it away.`,
      },
    },
    {
      title: 'Change the number?',
      body: 'The number travels in the clear, so Oscar changes it: his copy says 2, the next number Bob expects.\n\nBut the number was associated data: the GCM tag covers it. Changing one byte of it changes what the tag must be, and Oscar cannot compute a tag without the key.\n\nHad nothing authenticated the number (AES-CTR and no signature), his copy would have passed, and Alice’s real order 2 would then have been refused as already seen: a number protects only inside what the tag or the signature covers.',
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'replay', rewriteSequence: true },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        prompt: 'Which check refused the copy with the changed number?',
        choices: [
          { label: 'The GCM tag', isCorrect: (o) => o.detectedBy === 'gcm-tag' },
          { label: 'The sequence number', isCorrect: (o) => o.detectedBy === 'sequence-number' },
          { label: 'None: Bob accepted it', isCorrect: replayAccepted },
        ],
        explain: (o) =>
          `Caught by: ${o.detectedBy ? checkLabel(o.detectedBy) : 'nothing'}; Bob accepted ${copies(o)} copies of ${o.sent} orders. A number is a defence only when it is authenticated with the message.`,
      },
    },
    {
      title: 'Drop one',
      body: 'Oscar can also throw a message away. Without numbers Bob could not tell that one is missing. With them, order 3 arrives where 2 was expected: Bob notices the gap. He cannot get the lost order back, but he knows to ask for it.',
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'drop' },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        prompt: 'Did Bob notice that an order went missing?',
        choices: [
          {
            label: 'Yes: the numbers have a gap',
            isCorrect: (o) => o.detectedBy === 'sequence-number' && o.delivered < o.sent,
          },
          { label: 'No', isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: (o) =>
          `Bob read ${o.delivered} of ${o.sent} orders; detected by: ${o.detectedBy ? checkLabel(o.detectedBy) : 'nothing'}.`,
      },
    },
    {
      title: 'Hold one back',
      body: 'Last, Oscar holds the first order back so that it arrives after the other two. Bob notices the gap when order 2 arrives first, and refuses order 1 when it finally comes: its number is not above the last one he accepted. Real protocols either refuse late messages, as here, or keep a small window of numbers and remember which ones inside it they have seen.',
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'reorder' },
      opensAt: afterKeys,
      pausesAt: atEnd,
    },
  ],
};
