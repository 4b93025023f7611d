import { registerLessonText } from './register.ts';
import './step-titles/nonce-reuse.ts';

// The prose of the lesson “Nonce reuse”, step by step: narration, check questions and their
// choices. It loads with the lesson; its step titles are in step-titles/nonce-reuse.ts, its
// explanations in explanations/nonce-reuse.ts, its own title in titles.ts.

registerLessonText('nonce-reuse', [
  {
    body: 'A deliberate mistake, made here on purpose: everywhere else in the app each message gets a nonce of its own. Alice encrypts two messages with AES-CTR under the same key and the same counter block.\n\nCTR encrypts by XOR with a key stream made from the key and the counter. Same key, same counter: same key stream. So C1 ⊕ C2 = P1 ⊕ P2 (over the length of the shorter one), and the key is gone from the equation. The first message is a public announcement Oscar knows; XORing it in gives him the second, byte for byte, as far as the announcement reaches. This second message is shorter, so he gets all of it.',
    prompt: 'What did Oscar need to read the second message?',
    choices: ['The two ciphertexts and the first message’s text', 'The key'],
  },
  {
    body: 'The same mistake, but this time the second message is longer than the announcement Oscar knows. XOR gives him P2 only where he knows P1: as many bytes as the announcement has. Past its end he holds C2 alone, and without the key stream that tells him only how long the rest is.\n\nThe outcome counts, byte by byte, what he recovered. A part can be all he wanted: here, who is paid and how much.',
    prompt: 'How much of the second message did Oscar recover?',
    choices: ['All of it', 'Its start: as many bytes as the text he knows', 'None of it'],
  },
  {
    body: 'The same mistake with AES-GCM and a repeated IV. GCM encrypts in counter mode too, so the key stream repeats and Oscar reads as he did with CTR. Bob’s tag checks on Alice’s messages still pass, because nobody changed them.\n\nWorse, the tags give away GCM’s hash key H. A tag is GHASH_H(A, C) ⊕ E_K(J0), and E_K(J0) is the same for every message under one key and IV, so two tags cancel it: what remains is a polynomial equation in H over GF(2¹²⁸) (Joux’s “forbidden attack”). Oscar finds its roots, his candidates for H; when there are several, the tag of a third message under the IV picks the true one. With H he computes E_K(J0), then a valid tag for a message of his own, and Bob’s AES-GCM decrypt accepts it. The narration shows the candidates and the forged message.\n\nSo an IV must never repeat under one key. With random 96-bit IVs, NIST SP 800-38D (§8.3) allows at most 2³² messages per key: by the birthday bound, the chance that any two of 2³² random 96-bit IVs are equal is about 2⁻³³, within the 2⁻³² the standard asks for. An IV built from a counter (the standard’s deterministic construction, §8.2.1; TLS 1.3 builds its nonces from record numbers) has no such bound: it never repeats as long as the counter is never reset or wrapped under the same key.',
    prompt: 'Did Bob’s AES-GCM check stop the message Oscar wrote?',
    choices: ['No: the tag Oscar computed verified', 'Yes: it refused his tag'],
  },
]);
