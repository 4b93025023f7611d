import { registerLessonText } from './register.ts';
import './step-titles/compare-fingerprints.ts';

// The prose of the lesson “Compare fingerprints”, step by step: titles, narration, check questions
// and their choices. It loads with the lesson; its step titles are in
// step-titles/compare-fingerprints.ts, its explanations in explanations/compare-fingerprints.ts,
// its own title in titles.ts.

registerLessonText('compare-fingerprints', [
  {
    body: 'As in seed 004, Alice and Bob both send their public keys. Each computes a number over the pair of keys they hold, six groups of five digits. Seed 004 calls it a checksum; it must be a cryptographic hash (SHA-256 here), since a CRC could be forged. Alice’s app sends hers to Bob automatically.\n\nWith Oscar only copying, Bob’s number matches.',
  },
  {
    body: 'Now Oscar swaps the keys. Bob should get a different number, but Alice’s number travels on the wire, through Oscar. He computes the number Bob expects and puts it in its place.\n\nThe short fingerprint on each key chip is only 32 bits: with about 2³² key generations Oscar can grind a key that matches it. Compare the full safety number, not the chips.',
    prompt: 'Did the automatic checksum catch Oscar?',
    choices: ['Yes, Bob saw a mismatch', 'No, and Oscar read the messages'],
  },
  {
    body: 'This time Alice calls Bob and reads her safety number aloud. The phone line, drawn at the bottom of the stage, does not pass through Oscar.\n\nBob’s number is computed over the keys he holds, one of which is Oscar’s: the numbers differ. They hang up and send nothing.\n\nThese RSA key pairs are long-term: the same ones come back session after session (the forward-secrecy lesson steals one), so one call checks them until a key changes. Signal likewise compares long-term identity keys once, and warns when one changes.',
    prompt: 'How many messages did Oscar read this time?',
    choices: ['None', 'All of them'],
  },
  {
    body: 'Safety numbers work for any public keys: here over the two ECDH public values. Oscar swaps them, the numbers differ, and Alice and Bob stop.\n\nEphemeral values change every session, so comparing them would be needed every time; protocols instead compare, or certify, the long-term key that signs them.',
  },
  {
    body: 'Seed 004 says that nothing protects peers from someone who replaced both keys from the start. That is true of checks made on the same wire.\n\nThe comparison only helps when it happens out of band, and when people actually do it. Next: a Certificate Authority that vouches for keys in advance.',
  },
]);
