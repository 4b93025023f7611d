import { registerLessonText } from './register.ts';
import './step-titles/handshake.ts';

// The prose of the lesson “A whole handshake”, step by step: narration, check questions and their
// choices. It loads with the lesson; its step titles are in step-titles/handshake.ts, its
// explanations in explanations/handshake.ts, its own title in titles.ts.

registerLessonText('handshake', [
  {
    body: 'Seed 003 assumes both already hold each other’s genuine public keys. Alice opens with HELLO and a fresh nonce; Bob answers HELLO+ACK; Alice sends ACK.\n\nWatch each state change: a packet moves a party from one state to the next.',
  },
  {
    body: 'Bob wraps a fresh AES key with Alice’s RSA public key. Alice unwraps it, then sends two messages, each signed with her key and encrypted under the AES key, then CLOSE. Oscar copies every packet.',
    prompt: 'How many of Alice’s messages did Oscar read?',
    choices: ['None', 'At least one'],
  },
  {
    body: 'HELLO and ACK are framing, not security. Oscar lets Alice’s HELLO reach Bob but answers it himself, first. Then he keeps her ACK and sends her an AES key of his own, wrapped with her public key, which anyone may have.\n\nNothing Alice checks involves Bob’s key.',
    prompt: 'Who read Alice’s messages?',
    choices: ['Bob', 'Oscar, and Bob none'],
  },
  {
    body: 'The fix: the server signs HELLO, HELLO+ACK and the wrapped key, and Alice checks that signature with the key she already holds as Bob’s. Oscar can sign only with his own key.',
    prompt: 'What did the signed handshake change?',
    choices: ['Alice stopped before sending anything', 'Nothing: Oscar still read her messages'],
  },
  {
    body: 'Now drop seed 003’s assumption: the public keys travel in HELLO and HELLO+ACK. Oscar puts his own verify key in his HELLO+ACK, and signs with it. Alice checks the signature with the key that arrived as Bob’s.',
    prompt: 'Did the signature over the handshake stop Oscar this time?',
    choices: ['Yes', 'No: he read her messages'],
  },
  {
    body: 'Back to genuine keys. Oscar cannot read or change anything, but he can drop a packet: Alice’s second message never arrives. Then her CLOSE does.',
    prompt: 'Can Bob tell that a message is missing?',
    choices: ['Yes, a check failed', 'No: CLOSE looks like the end'],
  },
  {
    body: 'A truncation attack: after Alice’s first message, Oscar sends Bob a CLOSE in her name and cuts the line. Bob cannot tell a cut-off conversation from a finished one.',
  },
  {
    body: 'Oscar could also just cut the line after Alice’s first message, forging nothing. Bob is still connected when the line goes quiet, and no CLOSE ever came.\n\nThat much Bob can notice: a conversation that ends without a CLOSE is reported as truncated. This is why Oscar forged one in the step before.',
    prompt: 'What does Bob make of the silence?',
    choices: ['He reports the conversation as truncated', 'Nothing: he waits forever'],
  },
  {
    body: 'A first answer to the forged CLOSE: CLOSE carries the number of messages Alice sent, and her signature over that number and both nonces. Oscar can sign only with his own key, so Bob rejects his CLOSE.\n\nThis stops a forged CLOSE. It is not yet a fix for truncation, as the next step shows.',
    prompt: 'What does Bob do with Oscar’s CLOSE now?',
    choices: ['He rejects it: the conversation was cut', 'He closes as before'],
  },
  {
    body: 'Handshake signed, CLOSE signed and counted. Oscar lets Alice’s first DATA through and keeps a copy. Her second DATA he throws away, and sends the copy of the first in its place: every byte is Alice’s, so the tag and her signature verify.\n\nThen her genuine CLOSE arrives: “2 messages”. Bob read two. The count adds up, although he read message 1 twice and never message 2. A count says how many, not which: only a MAC over everything sent, in order, says which.',
    prompt: 'Bob’s signed CLOSE said 2 messages, and he read 2. Did he get Alice’s conversation?',
    choices: [
      'No: he read message 1 twice and never message 2',
      'Yes: the count matched',
      'No, and the CLOSE check caught it',
    ],
  },
  {
    body: 'Now the handshake in TLS 1.3’s shape (simplified from RFC 8446 §7.1). Every handshake packet goes into a running SHA-256 transcript hash. From the secret Bob wrapped and that hash, HKDF gives each direction a key and an IV, and each side a Finished key. Each side then sends Finished, an HMAC over the transcript hash: key confirmation. Until the other side’s Finished checks out, neither state machine accepts a single record.\n\nOscar answers HELLO again. His Finished passes at Alice: the secret is his own. Alice’s Finished fails at Bob: Oscar cannot make one, because only Alice could unwrap Bob’s secret. Key confirmation proves who holds the key, not who made it: Oscar still reads what Alice sends. What stops him is the signed handshake, as in step 4.\n\nA state machine that accepts a packet in the wrong state is a real bug class: the “state machine attacks” on TLS libraries (SMACK, Beurdouche et al., 2015) found clients that let a server skip messages of the handshake.',
    prompt: 'Which check caught Oscar, and did it stop him reading?',
    choices: [
      'Bob’s check of Alice’s Finished; Oscar still read her messages',
      'Alice’s check of the server’s Finished; he read nothing',
      'Nothing caught him',
    ],
  },
  {
    body: 'Genuine keys, Finished both ways, and Oscar’s replay in place again. Each record’s nonce is the direction’s IV XOR the record’s number (RFC 8446 §5.3); the number never travels, both sides count. A record replayed, dropped, reordered or from another session does not open: wrong nonce, wrong key.\n\nAlice ends with close_notify, sealed as the last record, so it opens only after every record before it. Oscar’s copy of DATA 1 fails to open as record 1, and Bob ends the connection as truncated. A conversation that ends without a valid close_notify is never taken as complete.',
    prompt: 'What caught the copy of DATA 1?',
    choices: [
      'It did not open as record 1: Bob reported the conversation truncated',
      'The count in CLOSE',
      'Nothing: Bob read it twice',
    ],
  },
]);
