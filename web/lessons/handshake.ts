import { checkLabel } from '../protocol/index.ts';
import { render } from '../text/index.ts';
import { after, atEnd, countOf, type Lesson, pauseAfter } from './types.ts';

const sent = (kind: string) => (e: { type: string; packet?: { kind: string } }) =>
  e.type === 'packet-sent' && e.packet?.kind === kind;

export const handshake: Lesson = {
  id: 'handshake',
  title: 'A whole handshake',
  summary:
    'Seed 003 from HELLO to CLOSE, as two state machines: what the framing proves (nothing), what a signature and a counted CLOSE add and miss, and TLS 1.3’s Finished, numbered records and close_notify.',
  seed: '003',
  steps: [
    {
      title: 'HELLO, HELLO+ACK, ACK',
      body: 'Seed 003 assumes both already hold each other’s genuine public keys. Alice opens with HELLO and a fresh nonce; Bob answers HELLO+ACK; Alice sends ACK.\n\nWatch each state change: a packet moves a party from one state to the next.',
      preset: 'handshake',
      plan: { presence: 'off' },
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'alice'),
      pausesAt: pauseAfter((e) => e.type === 'packet-delivered' && e.packet.kind === 'ack'),
    },
    {
      title: 'A key, the messages, CLOSE',
      body: 'Bob wraps a fresh AES key with Alice’s RSA public key. Alice unwraps it, then sends two messages, each signed with her key and encrypted under the AES key, then CLOSE. Oscar copies every packet.',
      preset: 'handshake',
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'How many of Alice’s messages did Oscar read?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'At least one', isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages; Bob read ${countOf(o.delivered, o.sent)}. The AES key crossed the wire wrapped for Alice’s private key only.`,
      },
    },
    {
      title: 'Oscar answers HELLO',
      body: 'HELLO and ACK are framing, not security. Oscar lets Alice’s HELLO reach Bob but answers it himself, first. Then he keeps her ACK and sends her an AES key of his own, wrapped with her public key, which anyone may have.\n\nNothing Alice checks involves Bob’s key.',
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'Who read Alice’s messages?',
        choices: [
          { label: 'Bob', isCorrect: (o) => o.delivered > 0 && o.readByOscar === 0 },
          {
            label: 'Oscar, and Bob none',
            isCorrect: (o) => o.readByOscar > 0 && o.delivered === 0,
          },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages and Bob ${countOf(o.delivered, o.sent)}: Bob was still in WAIT_ACK and refused them.`,
      },
    },
    {
      title: 'Sign the handshake',
      body: 'The fix: the server signs HELLO, HELLO+ACK and the wrapped key, and Alice checks that signature with the key she already holds as Bob’s. Oscar can sign only with his own key.',
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { transcript: 'signed' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'What did the signed handshake change?',
        choices: [
          {
            label: 'Alice stopped before sending anything',
            isCorrect: (o) => o.sent === 0 && o.detectedBy !== undefined,
          },
          { label: 'Nothing: Oscar still read her messages', isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: (o) =>
          o.detectedBy
            ? `Detected by: ${render(checkLabel(o.detectedBy))}. Oscar read ${o.readByOscar} messages.`
            : `Nothing was detected; Oscar read ${o.readByOscar} messages.`,
      },
    },
    {
      title: 'When the keys come in HELLO',
      body: 'Now drop seed 003’s assumption: the public keys travel in HELLO and HELLO+ACK. Oscar puts his own verify key in his HELLO+ACK, and signs with it. Alice checks the signature with the key that arrived as Bob’s.',
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { transcript: 'signed', publicKeys: 'sent-in-hello' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'Did the signature over the handshake stop Oscar this time?',
        choices: [
          // Bob refusing packets out of turn is noticed, but only after Oscar has read them.
          { label: 'Yes', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'No: he read her messages', isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages. A signature proves only what the key it is checked with proves.`,
      },
    },
    {
      title: 'A message goes missing',
      body: 'Back to genuine keys. Oscar cannot read or change anything, but he can drop a packet: Alice’s second message never arrives. Then her CLOSE does.',
      preset: 'handshake',
      plan: { presence: 'drop' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'Can Bob tell that a message is missing?',
        choices: [
          { label: 'Yes, a check failed', isCorrect: (o) => o.detectedBy !== undefined },
          {
            label: 'No: CLOSE looks like the end',
            isCorrect: (o) => o.detectedBy === undefined && o.delivered < o.sent,
          },
        ],
        explain: (o) =>
          `Bob read ${countOf(o.delivered, o.sent)} messages and closed normally. A plain CLOSE says nothing about what came before it.`,
      },
    },
    {
      title: 'Oscar says goodbye for Alice',
      body: 'A truncation attack: after Alice’s first message, Oscar sends Bob a CLOSE in her name and cuts the line. Bob cannot tell a cut-off conversation from a finished one.',
      preset: 'handshake',
      plan: { presence: 'forge-close' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
    },
    {
      title: 'No CLOSE at all',
      body: 'Oscar could also just cut the line after Alice’s first message, forging nothing. Bob is still connected when the line goes quiet, and no CLOSE ever came.\n\nThat much Bob can notice: a conversation that ends without a CLOSE is reported as truncated. This is why Oscar forged one in the step before.',
      preset: 'handshake',
      plan: { presence: 'cut-line' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'What does Bob make of the silence?',
        choices: [
          {
            label: 'He reports the conversation as truncated',
            isCorrect: (o) => o.truncated === true,
          },
          { label: 'Nothing: he waits forever', isCorrect: (o) => o.truncated === undefined },
        ],
        explain: (o) =>
          `Bob read ${countOf(o.delivered, o.sent)} messages${o.truncated ? `; detected by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}` : ''}. Noticing needs no cryptography, only a rule: no CLOSE, no proper end.`,
      },
    },
    {
      title: 'A signed CLOSE with a count',
      body: 'A first answer to the forged CLOSE: CLOSE carries the number of messages Alice sent, and her signature over that number and both nonces. Oscar can sign only with his own key, so Bob rejects his CLOSE.\n\nThis stops a forged CLOSE. It is not yet a fix for truncation, as the next step shows.',
      preset: 'handshake',
      plan: { presence: 'forge-close' },
      config: { closeAuth: 'signed' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'What does Bob do with Oscar’s CLOSE now?',
        choices: [
          {
            label: 'He rejects it: the conversation was cut',
            isCorrect: (o) => o.detectedBy === 'close.signature',
          },
          { label: 'He closes as before', isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: (o) =>
          o.detectedBy
            ? `Detected by: ${render(checkLabel(o.detectedBy))}. Bob read ${countOf(o.delivered, o.sent)} messages and knows it.`
            : `Nothing was detected; Bob read ${countOf(o.delivered, o.sent)} messages.`,
      },
    },
    {
      title: 'A count is not a transcript',
      body: 'Handshake signed, CLOSE signed and counted. Oscar lets Alice’s first DATA through and keeps a copy. Her second DATA he throws away, and sends the copy of the first in its place: every byte is Alice’s, so the tag and her signature verify.\n\nThen her genuine CLOSE arrives: “2 messages”. Bob read two. The count adds up, although he read message 1 twice and never message 2. A count says how many, not which: only a MAC over everything sent, in order, says which.',
      preset: 'handshake',
      plan: { presence: 'replay-in-place' },
      config: { transcript: 'signed', closeAuth: 'signed' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt:
          'Bob’s signed CLOSE said 2 messages, and he read 2. Did he get Alice’s conversation?',
        choices: [
          {
            label: 'No: he read message 1 twice and never message 2',
            isCorrect: (o) => (o.acceptedCopies ?? o.delivered) > o.delivered && !o.detectedBy,
          },
          { label: 'Yes: the count matched', isCorrect: (o) => o.delivered === o.sent },
          {
            label: 'No, and the CLOSE check caught it',
            isCorrect: (o) => o.detectedBy !== undefined,
          },
        ],
        explain: (o) =>
          `Bob accepted ${o.acceptedCopies ?? o.delivered} messages, ${o.delivered} of the ${o.sent} Alice wrote; detected by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}.`,
      },
    },
    {
      title: 'Key confirmation: Finished',
      body: 'Now the handshake in TLS 1.3’s shape (simplified from RFC 8446 §7.1). Every handshake packet goes into a running SHA-256 transcript hash. From the secret Bob wrapped and that hash, HKDF gives each direction a key and an IV, and each side a Finished key. Each side then sends Finished, an HMAC over the transcript hash: key confirmation. Until the other side’s Finished checks out, neither state machine accepts a single record.\n\nOscar answers HELLO again. His Finished passes at Alice: the secret is his own. Alice’s Finished fails at Bob: Oscar cannot make one, because only Alice could unwrap Bob’s secret. Key confirmation proves who holds the key, not who made it: Oscar still reads what Alice sends. What stops him is the signed handshake, as in step 4.\n\nA state machine that accepts a packet in the wrong state is a real bug class: the “state machine attacks” on TLS libraries (SMACK, Beurdouche et al., 2015) found clients that let a server skip messages of the handshake.',
      preset: 'handshake',
      plan: { presence: 'answer-hello' },
      config: { keySchedule: 'tls13' },
      opensAt: after(sent('ack')),
      pausesAt: atEnd,
      question: {
        prompt: 'Which check caught Oscar, and did it stop him reading?',
        choices: [
          {
            label: 'Bob’s check of Alice’s Finished; Oscar still read her messages',
            isCorrect: (o) => o.detectedBy === 'finished.client' && o.readByOscar > 0,
          },
          {
            label: 'Alice’s check of the server’s Finished; he read nothing',
            isCorrect: (o) => o.detectedBy === 'finished.server' && o.readByOscar === 0,
          },
          { label: 'Nothing caught him', isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: (o) =>
          `Detected by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}. Oscar read ${countOf(o.readByOscar, o.sent)} messages; Bob read ${countOf(o.delivered, o.sent)}.`,
      },
    },
    {
      title: 'Records and close_notify',
      body: 'Genuine keys, Finished both ways, and Oscar’s replay in place again. Each record’s nonce is the direction’s IV XOR the record’s number (RFC 8446 §5.3); the number never travels, both sides count. A record replayed, dropped, reordered or from another session does not open: wrong nonce, wrong key.\n\nAlice ends with close_notify, sealed as the last record, so it opens only after every record before it. Oscar’s copy of DATA 1 fails to open as record 1, and Bob ends the connection as truncated. A conversation that ends without a valid close_notify is never taken as complete.',
      preset: 'handshake',
      plan: { presence: 'replay-in-place' },
      config: { keySchedule: 'tls13' },
      opensAt: after((e) => e.type === 'message-read' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'What caught the copy of DATA 1?',
        choices: [
          {
            label: 'It did not open as record 1: Bob reported the conversation truncated',
            isCorrect: (o) => o.detectedBy === 'record.open' && o.truncated === true,
          },
          { label: 'The count in CLOSE', isCorrect: (o) => o.detectedBy === 'close.count' },
          { label: 'Nothing: Bob read it twice', isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: (o) =>
          `Detected by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}. Bob read ${countOf(o.delivered, o.sent)} messages${o.truncated ? ' and knows the conversation was cut short' : ''}.`,
      },
    },
  ],
};
