/** What a packet's field is, beside its bytes in the inspector: how it is made, who can read it. */
export const fieldMessages = {
  'note.iv': 'random, fresh for every message, sent in the clear',
  'note.counter': 'AES-CTR counter block: 8 random bytes, then a block counter',
  'note.clear-signature': 'signature over the plaintext, sent in the clear (seed 004’s layout)',
  'note.ciphertext': 'same length as what was encrypted',
  'note.ciphertext-no-tag': 'same length as what was encrypted; no tag: changes go unnoticed',
  'note.tag': 'GCM authentication tag: any change is detected',
  'note.text': 'UTF-8, readable by anyone on the wire',
  'note.sequence-unauthenticated':
    'message number, in the clear; NOT authenticated: no tag and no signature covers it',
  'note.sequence-authenticated':
    'message number, in the clear; authenticated by {by, select, tag {the GCM tag (associated data)} signature {the signature} other {the GCM tag (associated data) and the signature}}{bound, select, yes {, together with the session id and the direction} other {}}',
  'note.route': 'who to whom, in the clear: every relay needs it to forward',
  'note.toy-number': '{name} = {value}, in the clear',
  'note.raw-key': 'the raw AES key, in the clear',
  'note.reused-counter': 'REUSED on purpose: the same counter block',
  'note.reused-iv': 'REUSED on purpose: the same IV',
  'note.xor-key-stream': 'plaintext XOR the key stream',
  'note.tag-equation': 'GCM tag; two tags under one IV give an equation for the hash key H',
  'note.certified-signature':
    'ECDSA signature over the transcript (Alice’s public value, then his), by the key in Bob’s certificate',
  'note.in-the-clear': 'in the clear',
  'note.hello-nonce': '{size} random bytes, new for this connection',
  'note.rsa-oaep-spki': 'RSA-OAEP public key (SPKI)',
  'note.verify-key-spki': 'signature verify key (SPKI)',
  'note.wrapped-key': 'AES key encrypted with RSA-OAEP (SHA-256)',
  'note.server-signature': 'the server’s signature over HELLO, HELLO+ACK and this key',
  'note.finished-mac': 'HMAC-SHA-256 over the transcript hash, under the sender’s Finished key',
  'note.close-count': 'how many messages the client sent',
  'note.close-signature': 'the client’s signature over CLOSE, both nonces and the count',
  'note.record':
    '{what} ‖ content type, encrypted; the nonce (IV XOR sequence {sequence}) is not sent',
  'note.record-tag': 'GCM tag over the record and its header',
  'note.forged-ciphertext': 'Oscar’s text XOR the key stream he learnt',
  'note.forged-tag': 'computed by Oscar from H and E_K(J0): no AES key',
  'note.spki': 'SubjectPublicKeyInfo (DER): public by design',
  'note.public-value': '{algorithm} public key: safe to show, the private half stays home',
  'note.safety-digits': 'digits derived from both public keys',
  'note.session-nonce': 'random, new for this session, in the clear',
  'note.certificate':
    'X.509 certificate (DER): a name, a public key, a validity period, signed by the issuer',
} as const;
