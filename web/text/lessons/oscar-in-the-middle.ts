import { registerLessonText } from './register.ts';
import './step-titles/oscar-in-the-middle.ts';

// The prose of the lesson “Oscar in the middle”, step by step: titles, narration, check questions
// and their choices. It loads with the lesson; its step titles are in
// step-titles/oscar-in-the-middle.ts, its explanations in explanations/oscar-in-the-middle.ts, its
// own title in titles.ts.

registerLessonText('oscar-in-the-middle', [
  {
    body: 'This is the sealed envelope again, with Oscar only copying. Alice wraps the session key with the public key that arrived as Bob’s. Nothing on the stage proves it is Bob’s: she just believes the label.',
  },
  {
    body: 'Now Oscar is active. Watch Bob’s public key reach Oscar: he keeps it and sends his own key on, still labelled as Bob’s.\n\nLook under Alice’s name: the key she holds as Bob’s has Oscar’s colour and fingerprint. The red note tells you what Alice cannot see.\n\nA chip shows only 32 bits of the key’s fingerprint: with about 2³² key generations Oscar could make one whose chip matches. Real checks compare far longer numbers.',
  },
  {
    body: 'Alice wrapped her session key with Oscar’s key, so Oscar’s private key opens it. He makes a second key for Bob and wraps it with Bob’s real key.\n\nIn “What each party knows”, Alice’s key is also held by Oscar, and so is Bob’s. Every message is decrypted, read and re-encrypted on the way.',
    prompt: 'Every tag verified and both got every message. How many messages did Oscar read?',
    choices: ['None: the messages were encrypted', 'All of them'],
  },
  {
    body: 'Now they agree on a key with ECDH instead. Oscar answers each of them with his own public value, so he runs one key agreement with Alice and another with Bob.\n\nCompare the session-key fingerprints: Alice’s and Bob’s differ, and Oscar holds both.',
    prompt: 'With ECDH, how many messages did Oscar read?',
    choices: ['None', 'All of them'],
  },
  {
    body: 'Switch Oscar between passive and man in the middle, and play the run again each time. The cryptography is the same; only who answered changes.\n\nThe missing piece is a way for Alice to know which key is really Bob’s. The next lesson compares fingerprints.',
  },
]);
