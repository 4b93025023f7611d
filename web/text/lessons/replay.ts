import { registerLessonText } from './register.ts';
import './step-titles/replay.ts';

// The prose of the lesson “Replay”, step by step: narration, check questions and their choices. It
// loads with the lesson; its step titles are in step-titles/replay.ts, its explanations in
// explanations/replay.ts, its own title in titles.ts.

registerLessonText('replay', [
  {
    body: 'Alice and Bob do everything the earlier lessons taught: a key only they hold, AES-GCM, and a signature inside every message. Alice sends three payment orders, the first “pay 100 to Carol”.\n\nOscar cannot read it and cannot change it. He does not need to: he records the packet and sends the same bytes to Bob again. Watch what Bob’s checks say about the copy.',
    prompt: 'How many payment orders did Bob accept, counting every copy?',
    choices: ['Three: the copy was refused', 'Four: he paid Carol twice'],
  },
  {
    body: 'Now each message carries a sequence number: 1, 2, 3. It travels in the clear, and it is bound to the message twice: AES-GCM takes it as associated data (authenticated, not encrypted), and the signature covers it with the text.\n\nBob remembers the last number he accepted in this session and refuses any number that is not above it. Only in this session: the numbers start again at 1 in the next one (the last two steps).',
    prompt: 'Oscar sent the copy again. What refused it?',
    choices: [
      'The sequence number: “sequence 1 already seen”',
      'The GCM tag',
      'Nothing: Bob paid twice',
    ],
  },
  {
    body: 'The number travels in the clear, so Oscar changes it: his copy says 2, the next number Bob expects.\n\nBut the number was associated data: the GCM tag covers it. Changing one byte of it changes what the tag must be, and Oscar cannot compute a tag without the key.',
    prompt: 'Which check refused the copy with the changed number?',
    choices: ['The GCM tag', 'The sequence number', 'None: Bob accepted it'],
  },
  {
    body: 'Take the tag and the signature away: AES-CTR, no signature. The numbers are still there, but nothing authenticates them: the setting’s label warns of it, and the note on each number in the inspector says so.\n\nOscar sends his copy numbered 2 again. It is accepted. When Alice’s real order 2 arrives, Bob refuses it as already seen. A number protects only inside what a tag or a signature covers.',
    prompt: 'What happened to Alice’s real order 2?',
    choices: [
      'Bob refused it as already seen, and paid Carol twice',
      'Bob accepted it',
      'The tag caught Oscar’s copy',
    ],
  },
  {
    body: 'Oscar can also throw a message away. Without numbers Bob could not tell that one is missing. With them, order 3 arrives where 2 was expected: Bob notices the gap. He cannot get the lost order back, but he knows to ask for it.',
    prompt: 'Did Bob notice that an order went missing?',
    choices: ['Yes: the numbers have a gap', 'No'],
  },
  {
    body: 'Last, Oscar holds the first order back so that it arrives after the other two. Bob notices the gap when order 2 arrives first, and refuses order 1 when it finally comes: its number is not above the last one he accepted. Real protocols either refuse late messages, as here, or keep a small window of numbers and remember which ones inside it they have seen.',
  },
  {
    body: 'The next day Alice and Bob talk again, under the same pre-shared key, and the numbers start again at 1. Oscar recorded yesterday’s session. In today’s, he throws away Alice’s order 2 and puts yesterday’s order 2 in its place.\n\nIts number is 2, the one Bob expects. Its tag and signature verify: same key, same number, Alice’s own bytes. Nothing in them says which session they belong to.',
    prompt: 'What did Bob do with yesterday’s order 2?',
    choices: ['He accepted it in today’s place', 'He refused it'],
  },
  {
    body: 'Now each session starts with a fresh nonce from each side; together they are the session id. The tag and the signature cover the session id, the direction (Alice to Bob) and the number, although only the number travels with each message.\n\nYesterday’s order 2 was bound to yesterday’s id. Under today’s, its tag does not verify. TLS gets the same from fresh keys for every session and direction.',
    prompt: 'Which check refused yesterday’s order 2?',
    choices: [
      'The GCM tag: it covers today’s session id',
      'The sequence number',
      'None: Bob accepted it',
    ],
  },
]);
