import { countOf } from './count-of.ts';
import { registerLessonText } from './register.ts';

// The prose of the lesson “Locked box”, step by step: titles, narration, check questions,
// choices and explanations, in step order. It loads with the lesson; the lesson's own title is in
// titles.ts.

registerLessonText('locked-box', [
  {
    title: 'A key they both hold',
    body: 'Under Alice’s and Bob’s names you see the same key: same colour, same fingerprint. It is an AES key, and both already have it.\n\nAlice now encrypts with AES-GCM before sending. The packet carries a lock.',
  },
  {
    title: 'What Oscar sees',
    body: 'Select the encrypted message in the wire list. Oscar sees a 12-byte IV, a ciphertext exactly as long as the message, and a 16-byte tag. He copies every byte but cannot read the text: he has no key to try. He still learns who talks to whom, when, and how long each message is.',
    prompt: 'How many of the messages could Oscar read?',
    choices: ['None', 'The first one', 'All of them'],
    explain: `Oscar read ${countOf('read')} messages; Bob and Alice read ${countOf('delivered')}. Without the key the ciphertext hides the text, though not its length.`,
  },
  {
    title: 'The open question',
    body: 'Their key never crossed this wire, and Alice and Bob have never met. So how could she get it to him?\n\nThe stage tries the obvious way: Alice sends the key first, as a postcard. Watch Oscar copy it, then every message. The next lesson, Sealed envelope, answers the question.',
    prompt: 'Alice sent the AES key to Bob first, in the clear. What happened?',
    choices: [
      'Oscar copied the key, then read everything',
      'The key did not reach Bob, so they could not talk',
      'Oscar could not use a key someone else made',
    ],
    explain: `Oscar read ${countOf('read')} messages; Bob and Alice read ${countOf('delivered')}. Anything sent in the clear, Oscar copies: the key has to travel in a form only Bob can open.`,
  },
]);
