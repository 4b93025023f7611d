import { registerMessages } from '../catalogue.ts';
import { countOf } from './count-of.ts';

// The prose of the lesson “Locked box”, step by step: narration, check questions, choices and
// explanations. It loads with the lesson. The title and step titles are in titles.ts.
registerMessages({
  'lesson.locked-box.step.1.body':
    'Under Alice’s and Bob’s names you see the same key: same colour, same fingerprint. It is an AES key, and both already have it.\n\nAlice now encrypts with AES-GCM before sending. The packet carries a lock.',
  'lesson.locked-box.step.2.body':
    'Select the encrypted message in the wire list. Oscar sees a 12-byte IV, a ciphertext exactly as long as the message, and a 16-byte tag. He copies every byte but cannot read the text: he has no key to try. He still learns who talks to whom, when, and how long each message is.',
  'lesson.locked-box.step.2.prompt': 'How many of the messages could Oscar read?',
  'lesson.locked-box.step.2.choice.1': 'None',
  'lesson.locked-box.step.2.choice.2': 'The first one',
  'lesson.locked-box.step.2.choice.3': 'All of them',
  'lesson.locked-box.step.2.explain': `Oscar read ${countOf('read')} messages; Bob and Alice read ${countOf('delivered')}. Without the key the ciphertext hides the text, though not its length.`,
  'lesson.locked-box.step.3.body':
    'Their key never crossed this wire, and Alice and Bob have never met. So how could she get it to him?\n\nThe stage tries the obvious way: Alice sends the key first, as a postcard. Watch Oscar copy it, then every message. The next lesson, Sealed envelope, answers the question.',
  'lesson.locked-box.step.3.prompt':
    'Alice sent the AES key to Bob first, in the clear. What happened?',
  'lesson.locked-box.step.3.choice.1': 'Oscar copied the key, then read everything',
  'lesson.locked-box.step.3.choice.2': 'The key did not reach Bob, so they could not talk',
  'lesson.locked-box.step.3.choice.3': 'Oscar could not use a key someone else made',
  'lesson.locked-box.step.3.explain': `Oscar read ${countOf('read')} messages; Bob and Alice read ${countOf('delivered')}. Anything sent in the clear, Oscar copies: the key has to travel in a form only Bob can open.`,
});
