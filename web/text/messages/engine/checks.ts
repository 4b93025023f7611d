/**
 * Every check a party makes, by id (`check.<id>`), in the words a person reads. `detectedBy`
 * is one of these; the detail of each check (which name, which date) is in its event.
 */
export const checkMessages = {
  'check.gcm-tag': 'AES-GCM tag',
  'check.signature': 'signature',
  'check.signature.key-share': 'signature on Bob’s public value',
  'check.signature.transcript': 'the server’s signature over the handshake',
  'check.decryption': 'decryption',
  'check.text': 'valid text',
  'check.rsa-oaep.unwrap': 'RSA-OAEP unwrap',
  'check.fingerprint.in-band': 'safety numbers compared over the wire',
  'check.fingerprint.out-of-band': 'safety numbers compared by phone',
  // Only Alice checks certificates here, so the labels can name her.
  'check.certificate.required': 'certificate check: a certificate is required',
  'check.certificate.chain': 'certificate check: signed by a CA Alice trusts',
  'check.certificate.name': 'certificate check: issued to the name Alice wanted',
  'check.certificate.validity': 'certificate check: within its validity period',
  'check.certificate.key-usage': 'certificate check: key may be used this way',
  'check.handshake.state': 'the handshake’s state machine (a packet out of turn)',
  'check.close.signature': 'CLOSE signed by the client',
  'check.close.count': 'CLOSE message count',
  'check.close.received': 'a CLOSE or close_notify at the end',
  'check.close.notify': 'close_notify, the last protected record',
  'check.finished.server': 'the server’s Finished (key confirmation)',
  'check.finished.client': 'the client’s Finished (key confirmation)',
  'check.record.open': 'record opens under its direction’s key and sequence number',
  'check.sequence-number': 'sequence number',
} as const;
