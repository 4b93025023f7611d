import './rich-formatting.ts';
import { type Message, messageOf, type Params, registerMessages } from '../catalogue.ts';

/**
 * The comments of a Verifpal model exported from "Can Oscar win?" (web/protocol/verifpal/):
 * what each line of the model stands for in the Lab. A pattern of several lines is written as
 * that many comment lines. The model's own statements are Verifpal, not words: they stay in
 * the engine.
 */
export const verifpalMessages = {
  'verifpal.title': 'Handshake Lab, “Can Oscar win?”: {defences}',
  'verifpal.default-defences': 'the default defences',
  'verifpal.exported':
    'Exported as a Verifpal model. Guarded values [x] are ones Oscar cannot change.',
  'verifpal.alice-verify-key':
    'Alice’s verify key: field “public key” (sent in the clear, as in the Lab)',
  'verifpal.one-year-later':
    'One year later: Oscar steals Bob’s long-term private keys (forward secrecy).',
  'verifpal.query-read':
    '“Read anything?”: rows passive, man in the middle, answers HELLO, nonce reuse;',
  'verifpal.query-read-later': 'and, after phase[1], records everything and steals {keys} later',
  'verifpal.query-forged':
    '“Forged, replayed or reordered message accepted?”: rows tamperer, forger, in the middle',
  'verifpal.query-replay': 'Replay from another session: rows replay and the best attack’s splice',

  'verifpal.bob-public-key':
    'Bob’s public key: field “public key”{phone, select, yes {, compared by phone: guarded} other {}}',
  'verifpal.wrapped-session-key': 'the session key wrapped with RSA-OAEP: field “wrapped key”',
  'verifpal.ecdh-ephemeral': 'ECDH key pairs made for this session only',
  'verifpal.ecdh-static': 'ECDH key pairs reused in every session',
  'verifpal.alice-public-value':
    'Alice’s public value: field “public value”{phone, select, yes {, compared by phone: guarded} other {}}',
  'verifpal.bob-public-value':
    'Bob’s public value: field “public value”{phone, select, yes {, compared by phone: guarded} other {}}',
  'verifpal.vouched-signing-key': 'the signing key his certificate vouches for',
  'verifpal.signature-over-values': 'and “signature”, over both public values',
  'verifpal.hkdf-session-key': 'HKDF-SHA-256 over the shared secret, both public values as salt',
  'verifpal.before-the-story':
    'Before the story: the CA’s root is installed at Alice’s, and the CA certifies Bob',
  'verifpal.root-certificate': 'the root certificate, installed with her browser',
  'verifpal.bob-shows-ca': 'Bob shows the CA who he is',
  'verifpal.bob-certificate': 'Bob’s certificate',
  'verifpal.certificate-field': 'field “certificate”',
  'verifpal.order': 'order {n}: fields {fields}',

  'verifpal.handshake':
    'Seed 003’s handshake, where the rows marked (handshake) run: TLS 1.3 key schedule',
  'verifpal.alice-rsa-key':
    'Alice’s RSA public key, {inAdvance, select, yes {known from before the story: guarded} other {sent in HELLO}}',
  'verifpal.bob-verify-key':
    'Bob’s verify key, {inAdvance, select, yes {known from before the story: guarded} other {sent in HELLO}}',
  'verifpal.hello-nonce': 'HELLO: field “nonce”',
  'verifpal.hello-ack-nonce': 'HELLO+ACK: field “nonce”; ACK carries no field',
  'verifpal.key-packet':
    'KEY: field “wrapped key”{signed, select, yes {, and “signature” over the handshake so far} other {}}',
  'verifpal.transcript-hash':
    'The transcript hash covers every field so far (the packets’ names, public, left out).',
  'verifpal.hkdf-labels':
    'HKDF(salt, ikm, info): each output stands for one call with its own label\n(“c traffic”, “s traffic”, then “key”, “finished”). The record IVs are left out.',
  'verifpal.bob-finished': 'FINISHED: field “mac”, under Bob’s Finished key',
  'verifpal.alice-finished': 'FINISHED: field “mac”, under Alice’s Finished key',
  'verifpal.record-numbers':
    'Each record’s number goes into its nonce (the IV XOR the number). Verifpal has\nno nonce: the number stands here as the associated data, a public constant.',
  'verifpal.records': 'DATA as records 0 and 1, then close_notify',
  'verifpal.query-handshake':
    'Rows marked (handshake): “answers HELLO as the server”, “changes the nonce in\nHELLO+ACK”. Is each Finished from whom it names, over the same handshake?',
  'verifpal.query-records': 'And after it: does Oscar read her records, or slip one in?',
  'verifpal.query-truncation':
    '“Cuts the line after her first message” has no query: Verifpal asks what Oscar\nlearns and which values a principal accepts, not whether Bob notices that a\nrecord never came. Truncation is not a symbolic property. The Lab’s run answers\nit: close_notify is record 2, so without it Bob reports the conversation cut.',
} as const;

registerMessages(verifpalMessages);

export type VerifpalKey = keyof typeof verifpalMessages;

/** A comment of a Verifpal model, not yet rendered. */
export type VerifpalText = Message<VerifpalKey>;

/** A comment the model writer renders in the current locale. */
export function verifpalSays(key: VerifpalKey, params?: Params): VerifpalText {
  return messageOf(key, params);
}
