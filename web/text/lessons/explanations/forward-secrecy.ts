import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Forward secrecy”, by step number: each is rendered
// from the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
/** What Oscar's stolen keys opened of the recorded session. */
const TRIES = `Oscar tried {keys, plural, =1 {the one key} other {# keys}} he held on {packets} recorded packets: {opened, plural, =0 {none of his {tries} tries opened anything} other {# of his {tries} tries opened something}}, and he read ${countOf('later')} recorded messages.`;

registerExplanations('forward-secrecy', {
  2: `${TRIES} With RSA key transport, every past session key is wrapped for one long-term key: steal it, and all of the past opens.`,
  3: `${TRIES} The private values that made the session key were erased; the key he stole signs, and WebCrypto refuses it for decryption or key agreement. This is forward secrecy, and it is why TLS 1.3 removed RSA key transport: its full handshakes always use ephemeral (EC)DHE. Resumption with a pre-shared key alone does not, and 0-RTT early data is never covered by a fresh (EC)DHE: whoever steals the key behind the resumption ticket opens those records.`,
  4: `${TRIES} Forward secrecy comes from throwing the private values away, not from the name Diffie-Hellman.`,
  6: `Oscar read ${countOf('next')} messages of the new session, and {caught, select, yes {a check caught him} other {no check failed}}. The recorded session stayed closed: ${countOf('later')} of its messages read. Fresh ephemeral keys do not help when the key that proves who sent them is Oscar’s.`,
});
