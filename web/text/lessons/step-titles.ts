import { registerStepTitles } from './register.ts';

// Each lesson's step titles, in order: a step's outline and page title need them before its lesson
// has loaded, so they load with the lesson page rather than the lesson.
registerStepTitles('postcards', [
  'Two people, one wire',
  'Oscar joins the wire',
  'What did Oscar learn?',
]);
registerStepTitles('locked-box', ['A key they both hold', 'What Oscar sees', 'The open question']);
registerStepTitles('sealed-envelope', [
  'Bob sends an open padlock',
  'Alice seals the session key',
  'Talking privately',
  'Try it yourself',
]);
registerStepTitles('mixing-secrets', [
  'Multiply and hope',
  'One division',
  'Powers, not products',
  'How long would Oscar take?',
  'The real thing: ECDH',
]);
registerStepTitles('oscar-in-the-middle', [
  'Sealed, but for whom?',
  'Oscar swaps the key',
  'Two session keys',
  'Diffie-Hellman does not save them',
  'Flip the switch',
]);
registerStepTitles('compare-fingerprints', [
  'A hash of both keys',
  'Oscar rewrites the checksum',
  'Pick up the phone',
  'The same with ECDH',
  'What seed 004 admits',
]);
registerStepTitles('tampering', [
  'Locked, so safe?',
  'Flip a bit',
  'Pick your own byte',
  'AES-GCM says no',
]);
registerStepTitles('signatures', [
  'Seed 004’s packet',
  'A changed message fails',
  'A forged message fails',
  'The flaw: a signature in the clear',
  'The fix: sign inside',
  'What signatures cannot do',
]);
registerStepTitles('certificate-authority', [
  'Someone vouches for Bob',
  'Oscar swaps the key again',
  'Every forgery Oscar can make',
  'A compromised CA',
  'Check it yourself',
  'Bring your own certificate',
]);
registerStepTitles('handshake', [
  'HELLO, HELLO+ACK, ACK',
  'A key, the messages, CLOSE',
  'Oscar answers HELLO',
  'Sign the handshake',
  'When the keys come in HELLO',
  'A message goes missing',
  'Oscar says goodbye for Alice',
  'No CLOSE at all',
  'A signed CLOSE with a count',
  'A count is not a transcript',
  'Key confirmation: Finished',
  'Records and close_notify',
]);
registerStepTitles('relays', [
  'Two brokers share a key',
  'Each broker hands it to its session',
  'One key on every link',
  'Bob’s reply',
  'A stolen group key works on any link',
  'A key per link',
  'One link’s key opens one link',
  'Oscar inside a broker',
  'A relay that alters',
  'End to end',
  'End to end catches the change',
  'What a relay still sees',
]);
registerStepTitles('replay', [
  'Pay twice',
  'Number every message',
  'Change the number?',
  'Nothing covers the number',
  'Drop one',
  'Hold one back',
  'Another session, the same numbers',
  'Bind the number to the session',
]);
registerStepTitles('forward-secrecy', [
  'Record now',
  'Decrypt later',
  'Ephemeral Diffie-Hellman',
  'Ephemeral means thrown away',
  'The next session',
  'Every new session is his',
]);
registerStepTitles('nonce-reuse', [
  'One counter, two messages',
  'Only as far as he knows',
  'AES-GCM does not save it',
]);
