import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Mixing secrets”, by step number: each is rendered
// from the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('mixing-secrets', {
  2: `On the stage Oscar divided A′ by n and got a = {secret}, then read ${countOf('read')} messages. Multiplication is undone by division, so the secrets were on the wire in all but name.`,
  4: 'Oscar’s searches here grew ×{growth} per bit of p: each bit doubles the exponents to try, and the time follows the count.',
  5: `Oscar read ${countOf('read')} messages; Alice and Bob read ${countOf('delivered')}. No known method turns the two public values into the session key without a private key: that is an assumption, the computational Diffie-Hellman problem, not a proof.`,
});
