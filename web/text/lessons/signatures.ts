import { registerLessonText } from './register.ts';
import './step-titles/signatures.ts';

// The prose of the lesson “Signatures”, step by step: narration, check questions and their choices.
// It loads with the lesson; its step titles are in step-titles/signatures.ts, its explanations in
// explanations/signatures.ts, its own title in titles.ts.

registerLessonText('signatures', [
  {
    body: 'Alice and Bob exchange RSA keys and verify keys, then every message carries a signature made with the sender’s private key and checked with the public verify key.\n\nSelect Alice’s encrypted message under “On the wire”: the IV, then the RSA-PSS signature (as long as the modulus: 256 bytes at RSA-2048), then the ciphertext and tag. That is seed 004’s order, modernised: seed 004 sends a 16-byte nonce, a PKCS#1 v1.5 signature and a ciphertext with no tag.',
  },
  {
    body: 'To see the signature alone at work, the message travels unencrypted. Oscar changes one byte. Bob verifies the signature with Alice’s verify key: it fails, and he rejects the message.\n\nSeed 004 calls signing “encrypting the checksum with the private key”; that holds only for textbook RSA. A signature is made with a private key and checked with the public one. A MAC uses one shared key: it cannot tell Alice from Bob, and anyone who can check it can forge it.',
    prompt: 'Did Bob accept the changed message?',
    choices: ['No, the signature check failed', 'Yes'],
  },
  {
    body: 'This time Oscar throws Alice’s message away and writes his own, “pay 900 to Oscar”, in her name. He can sign it, but only with his own key: Bob checks it with Alice’s verify key, and it does not verify.',
    prompt: 'Did Bob accept Oscar’s message as Alice’s?',
    choices: ['No: it was not signed with Alice’s key', 'Yes: it was signed'],
  },
  {
    body: 'The message is encrypted, but its signature is over the plaintext and travels in the clear. Oscar copied Alice’s verify key. He suspects a payment and tries three guesses: a signature that verifies against a guess tells him the message.',
    prompt: 'Oscar never decrypted anything. How many messages does he know?',
    choices: ['None', 'One: the signature confirmed his guess', 'Both'],
  },
  {
    body: 'Now the signature is encrypted together with the message. Signing the ciphertext instead would leave the signature outside the encryption: Oscar could strip it and sign the same ciphertext with his own key, and the message would pass as his, unless the recipient checks it against the one sender he expects or the sender’s identity is bound inside what is encrypted. The packet shows fewer fields (IV, ciphertext and tag) but is no smaller: the signature now travels inside the ciphertext. Oscar has nothing to test his guesses against.',
  },
  {
    body: 'Seed 004 admits it: if Oscar swapped the keys before the first message, he swapped the verify keys too. He re-signs every message with his own key, and every signature check passes.',
    prompt: 'Every signature verified. How many messages did Oscar read?',
    choices: ['None', 'All of them'],
  },
]);
