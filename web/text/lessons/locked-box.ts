import { registerLessonText } from './register.ts';
import './step-titles/locked-box.ts';

// The prose of the lesson “Locked box”, step by step: narration, check questions and their choices.
// It loads with the lesson; its step titles are in step-titles/locked-box.ts, its explanations in
// explanations/locked-box.ts, its own title in titles.ts.

registerLessonText('locked-box', [
  {
    body: 'Under Alice’s and Bob’s names you see the same key: same colour, same fingerprint. It is an AES key, and both already have it.\n\nAlice now encrypts with AES-GCM before sending. The packet carries a lock.',
  },
  {
    body: 'Select the encrypted message in the wire list. Oscar sees a 12-byte IV, a ciphertext exactly as long as the message, and a 16-byte tag. He copies every byte but cannot read the text: he has no key to try. He still learns who talks to whom, when, and how long each message is.',
    prompt: 'How many of the messages could Oscar read?',
    choices: ['None', 'The first one', 'All of them'],
  },
  {
    body: 'Their key never crossed this wire, and Alice and Bob have never met. So how could she get it to him?\n\nThe stage tries the obvious way: Alice sends the key first, as a postcard. Watch Oscar copy it, then every message. The next lesson, Sealed envelope, answers the question.',
    prompt: 'Alice sent the AES key to Bob first, in the clear. What happened?',
    choices: [
      'Oscar copied the key, then read everything',
      'The key did not reach Bob, so they could not talk',
      'Oscar could not use a key someone else made',
    ],
  },
]);
