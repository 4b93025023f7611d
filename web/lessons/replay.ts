import { checkLabel, type Outcome } from '../protocol/index.ts';
import { render } from '../text/index.ts';
import { after, atEnd, type Lesson } from './types.ts';

/** The keys are in place: the step tells the story of the three payment orders. */
const afterKeys = after(
  (e) => e.type === 'key-learned' && e.actor === 'bob' && e.key.kind === 'aes',
);

/** The first session is already on the stage: the step opens once Bob has read its order 2. */
const secondSession = after(
  (e) => e.type === 'message-read' && e.actor === 'bob' && e.messageId === 'm2',
);

const copies = (o: Outcome) => o.acceptedCopies ?? o.delivered;
const replayAccepted = (o: Outcome) => copies(o) > o.delivered;

export const replay: Lesson = {
  id: 'replay',
  title: 'Replay',
  summary:
    'Oscar cannot read or change Alice’s payment order, so he sends it again. Bob pays twice, until messages carry numbers, bound to what a tag or signature covers and to the session.',
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
      body: 'Now each message carries a sequence number: 1, 2, 3. It travels in the clear, and it is bound to the message twice: AES-GCM takes it as associated data (authenticated, not encrypted), and the signature covers it with the text.\n\nBob remembers the last number he accepted in this session and refuses any number that is not above it. Only in this session: the numbers start again at 1 in the next one (the last two steps).',
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
          `Bob accepted ${copies(o)} copies of ${o.sent} orders and rejected ${o.rejected}, caught by the check: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'none'}. The copy’s tag and signature still verified: only the number gave it away.`,
      },
    },
    {
      title: 'Change the number?',
      body: 'The number travels in the clear, so Oscar changes it: his copy says 2, the next number Bob expects.\n\nBut the number was associated data: the GCM tag covers it. Changing one byte of it changes what the tag must be, and Oscar cannot compute a tag without the key.',
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
          `Caught by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}; Bob accepted ${copies(o)} copies of ${o.sent} orders. A number is a defence only when it is authenticated with the message.`,
      },
    },
    {
      title: 'Nothing covers the number',
      body: 'Take the tag and the signature away: AES-CTR, no signature. The numbers are still there, but nothing authenticates them: the setting’s label warns of it, and the note on each number in the inspector says so.\n\nOscar sends his copy numbered 2 again. It is accepted. When Alice’s real order 2 arrives, Bob refuses it as already seen. A number protects only inside what a tag or a signature covers.',
      preset: 'replay',
      config: { sequenceNumbers: 'on', cipher: 'aes-ctr', signatures: 'off' },
      plan: { presence: 'replay', rewriteSequence: true },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        prompt: 'What happened to Alice’s real order 2?',
        choices: [
          {
            label: 'Bob refused it as already seen, and paid Carol twice',
            isCorrect: (o) => replayAccepted(o) && o.rejected > 0,
          },
          { label: 'Bob accepted it', isCorrect: (o) => o.rejected === 0 },
          {
            label: 'The tag caught Oscar’s copy',
            isCorrect: (o) => o.detectedBy === 'gcm-tag' && !replayAccepted(o),
          },
        ],
        explain: (o) =>
          `Bob accepted ${copies(o)} copies of ${o.sent} orders and rejected ${o.rejected}: the one Alice really sent.`,
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
          `Bob read ${o.delivered} of ${o.sent} orders; detected by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}.`,
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
    {
      title: 'Another session, the same numbers',
      body: 'The next day Alice and Bob talk again, under the same pre-shared key, and the numbers start again at 1. Oscar recorded yesterday’s session. In today’s, he throws away Alice’s order 2 and puts yesterday’s order 2 in its place.\n\nIts number is 2, the one Bob expects. Its tag and signature verify: same key, same number, Alice’s own bytes. Nothing in them says which session they belong to.',
      preset: 'two-sessions',
      opensAt: secondSession,
      pausesAt: atEnd,
      question: {
        prompt: 'What did Bob do with yesterday’s order 2?',
        choices: [
          { label: 'He accepted it in today’s place', isCorrect: replayAccepted },
          { label: 'He refused it', isCorrect: (o) => o.rejected > 0 && !replayAccepted(o) },
        ],
        explain: (o) =>
          `Bob accepted ${copies(o)} orders of the ${o.sent} Alice wrote over both sessions; ${o.missing} never reached him. Detected by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}.`,
      },
    },
    {
      title: 'Bind the number to the session',
      body: 'Now each session starts with a fresh nonce from each side; together they are the session id. The tag and the signature cover the session id, the direction (Alice to Bob) and the number, although only the number travels with each message.\n\nYesterday’s order 2 was bound to yesterday’s id. Under today’s, its tag does not verify. TLS gets the same from fresh keys for every session and direction.',
      preset: 'two-sessions',
      config: { sequenceNumbers: 'bound' },
      opensAt: secondSession,
      pausesAt: atEnd,
      question: {
        prompt: 'Which check refused yesterday’s order 2?',
        choices: [
          {
            label: 'The GCM tag: it covers today’s session id',
            isCorrect: (o) => o.detectedBy === 'gcm-tag' && !replayAccepted(o),
          },
          { label: 'The sequence number', isCorrect: (o) => o.detectedBy === 'sequence-number' },
          { label: 'None: Bob accepted it', isCorrect: replayAccepted },
        ],
        explain: (o) =>
          `Caught by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}; Bob accepted ${copies(o)} orders and rejected ${o.rejected}. The number 2 was right; the session was not.`,
      },
    },
  ],
};
