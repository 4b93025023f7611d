import { registerMessages } from '../catalogue.ts';
import { countOf, DETECTED } from './count-of.ts';

// The prose of the lesson “A whole handshake”, step by step: narration, check questions, choices and
// explanations. It loads with the lesson. The title and step titles are in titles.ts.
registerMessages({
  'lesson.handshake.step.1.body':
    'Seed 003 assumes both already hold each other’s genuine public keys. Alice opens with HELLO and a fresh nonce; Bob answers HELLO+ACK; Alice sends ACK.\n\nWatch each state change: a packet moves a party from one state to the next.',
  'lesson.handshake.step.2.body':
    'Bob wraps a fresh AES key with Alice’s RSA public key. Alice unwraps it, then sends two messages, each signed with her key and encrypted under the AES key, then CLOSE. Oscar copies every packet.',
  'lesson.handshake.step.2.prompt': 'How many of Alice’s messages did Oscar read?',
  'lesson.handshake.step.2.choice.1': 'None',
  'lesson.handshake.step.2.choice.2': 'At least one',
  'lesson.handshake.step.2.explain': `Oscar read ${countOf('read')} messages; Bob read ${countOf('delivered')}. The AES key crossed the wire wrapped for Alice’s private key only.`,
  'lesson.handshake.step.3.body':
    'HELLO and ACK are framing, not security. Oscar lets Alice’s HELLO reach Bob but answers it himself, first. Then he keeps her ACK and sends her an AES key of his own, wrapped with her public key, which anyone may have.\n\nNothing Alice checks involves Bob’s key.',
  'lesson.handshake.step.3.prompt': 'Who read Alice’s messages?',
  'lesson.handshake.step.3.choice.1': 'Bob',
  'lesson.handshake.step.3.choice.2': 'Oscar, and Bob none',
  'lesson.handshake.step.3.explain': `Oscar read ${countOf('read')} messages and Bob ${countOf('delivered')}: Bob was still in WAIT_ACK and refused them.`,
  'lesson.handshake.step.4.body':
    'The fix: the server signs HELLO, HELLO+ACK and the wrapped key, and Alice checks that signature with the key she already holds as Bob’s. Oscar can sign only with his own key.',
  'lesson.handshake.step.4.prompt': 'What did the signed handshake change?',
  'lesson.handshake.step.4.choice.1': 'Alice stopped before sending anything',
  'lesson.handshake.step.4.choice.2': 'Nothing: Oscar still read her messages',
  'lesson.handshake.step.4.explain':
    '{caught, select, yes {Detected by: {check}. Oscar read {read} messages.} other {Nothing was detected; Oscar read {read} messages.}}',
  'lesson.handshake.step.5.body':
    'Now drop seed 003’s assumption: the public keys travel in HELLO and HELLO+ACK. Oscar puts his own verify key in his HELLO+ACK, and signs with it. Alice checks the signature with the key that arrived as Bob’s.',
  'lesson.handshake.step.5.prompt': 'Did the signature over the handshake stop Oscar this time?',
  'lesson.handshake.step.5.choice.1': 'Yes',
  'lesson.handshake.step.5.choice.2': 'No: he read her messages',
  'lesson.handshake.step.5.explain': `Oscar read ${countOf('read')} messages. A signature proves only what the key it is checked with proves.`,
  'lesson.handshake.step.6.body':
    'Back to genuine keys. Oscar cannot read or change anything, but he can drop a packet: Alice’s second message never arrives. Then her CLOSE does.',
  'lesson.handshake.step.6.prompt': 'Can Bob tell that a message is missing?',
  'lesson.handshake.step.6.choice.1': 'Yes, a check failed',
  'lesson.handshake.step.6.choice.2': 'No: CLOSE looks like the end',
  'lesson.handshake.step.6.explain': `Bob read ${countOf('delivered')} messages and closed normally. A plain CLOSE says nothing about what came before it.`,
  'lesson.handshake.step.7.body':
    'A truncation attack: after Alice’s first message, Oscar sends Bob a CLOSE in her name and cuts the line. Bob cannot tell a cut-off conversation from a finished one.',
  'lesson.handshake.step.8.body':
    'Oscar could also just cut the line after Alice’s first message, forging nothing. Bob is still connected when the line goes quiet, and no CLOSE ever came.\n\nThat much Bob can notice: a conversation that ends without a CLOSE is reported as truncated. This is why Oscar forged one in the step before.',
  'lesson.handshake.step.8.prompt': 'What does Bob make of the silence?',
  'lesson.handshake.step.8.choice.1': 'He reports the conversation as truncated',
  'lesson.handshake.step.8.choice.2': 'Nothing: he waits forever',
  'lesson.handshake.step.8.explain': `Bob read ${countOf('delivered')} messages{truncated, select, yes {; detected by: ${DETECTED}} other {}}. Noticing needs no cryptography, only a rule: no CLOSE, no proper end.`,
  'lesson.handshake.step.9.body':
    'A first answer to the forged CLOSE: CLOSE carries the number of messages Alice sent, and her signature over that number and both nonces. Oscar can sign only with his own key, so Bob rejects his CLOSE.\n\nThis stops a forged CLOSE. It is not yet a fix for truncation, as the next step shows.',
  'lesson.handshake.step.9.prompt': 'What does Bob do with Oscar’s CLOSE now?',
  'lesson.handshake.step.9.choice.1': 'He rejects it: the conversation was cut',
  'lesson.handshake.step.9.choice.2': 'He closes as before',
  'lesson.handshake.step.9.explain': `{caught, select, yes {Detected by: {check}. Bob read ${countOf('delivered')} messages and knows it.} other {Nothing was detected; Bob read ${countOf('delivered')} messages.}}`,
  'lesson.handshake.step.10.body':
    'Handshake signed, CLOSE signed and counted. Oscar lets Alice’s first DATA through and keeps a copy. Her second DATA he throws away, and sends the copy of the first in its place: every byte is Alice’s, so the tag and her signature verify.\n\nThen her genuine CLOSE arrives: “2 messages”. Bob read two. The count adds up, although he read message 1 twice and never message 2. A count says how many, not which: only a MAC over everything sent, in order, says which.',
  'lesson.handshake.step.10.prompt':
    'Bob’s signed CLOSE said 2 messages, and he read 2. Did he get Alice’s conversation?',
  'lesson.handshake.step.10.choice.1': 'No: he read message 1 twice and never message 2',
  'lesson.handshake.step.10.choice.2': 'Yes: the count matched',
  'lesson.handshake.step.10.choice.3': 'No, and the CLOSE check caught it',
  'lesson.handshake.step.10.explain': `Bob accepted {accepted} messages, {delivered} of the {sent} Alice wrote; detected by: ${DETECTED}.`,
  'lesson.handshake.step.11.body':
    'Now the handshake in TLS 1.3’s shape (simplified from RFC 8446 §7.1). Every handshake packet goes into a running SHA-256 transcript hash. From the secret Bob wrapped and that hash, HKDF gives each direction a key and an IV, and each side a Finished key. Each side then sends Finished, an HMAC over the transcript hash: key confirmation. Until the other side’s Finished checks out, neither state machine accepts a single record.\n\nOscar answers HELLO again. His Finished passes at Alice: the secret is his own. Alice’s Finished fails at Bob: Oscar cannot make one, because only Alice could unwrap Bob’s secret. Key confirmation proves who holds the key, not who made it: Oscar still reads what Alice sends. What stops him is the signed handshake, as in step 4.\n\nA state machine that accepts a packet in the wrong state is a real bug class: the “state machine attacks” on TLS libraries (SMACK, Beurdouche et al., 2015) found clients that let a server skip messages of the handshake.',
  'lesson.handshake.step.11.prompt': 'Which check caught Oscar, and did it stop him reading?',
  'lesson.handshake.step.11.choice.1':
    'Bob’s check of Alice’s Finished; Oscar still read her messages',
  'lesson.handshake.step.11.choice.2': 'Alice’s check of the server’s Finished; he read nothing',
  'lesson.handshake.step.11.choice.3': 'Nothing caught him',
  'lesson.handshake.step.11.explain': `Detected by: ${DETECTED}. Oscar read ${countOf('read')} messages; Bob read ${countOf('delivered')}.`,
  'lesson.handshake.step.12.body':
    'Genuine keys, Finished both ways, and Oscar’s replay in place again. Each record’s nonce is the direction’s IV XOR the record’s number (RFC 8446 §5.3); the number never travels, both sides count. A record replayed, dropped, reordered or from another session does not open: wrong nonce, wrong key.\n\nAlice ends with close_notify, sealed as the last record, so it opens only after every record before it. Oscar’s copy of DATA 1 fails to open as record 1, and Bob ends the connection as truncated. A conversation that ends without a valid close_notify is never taken as complete.',
  'lesson.handshake.step.12.prompt': 'What caught the copy of DATA 1?',
  'lesson.handshake.step.12.choice.1':
    'It did not open as record 1: Bob reported the conversation truncated',
  'lesson.handshake.step.12.choice.2': 'The count in CLOSE',
  'lesson.handshake.step.12.choice.3': 'Nothing: Bob read it twice',
  'lesson.handshake.step.12.explain': `Detected by: ${DETECTED}. Bob read ${countOf('delivered')} messages{truncated, select, yes { and knows the conversation was cut short} other {}}.`,
});
