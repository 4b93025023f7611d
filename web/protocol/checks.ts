/**
 * Every check a party makes, by id, with the words a person reads. `detectedBy` is one of
 * these; the detail of each check (which name, which date) is in its event.
 */
export const CHECKS = {
  'gcm-tag': 'AES-GCM tag',
  signature: 'signature',
  'signature.key-share': 'signature on Bob’s public value',
  'signature.transcript': 'the server’s signature over the handshake',
  decryption: 'decryption',
  text: 'valid text',
  'rsa-oaep.unwrap': 'RSA-OAEP unwrap',
  'fingerprint.in-band': 'safety numbers compared over the wire',
  'fingerprint.out-of-band': 'safety numbers compared by phone',
  // Only Alice checks certificates here, so the labels can name her.
  'certificate.required': 'certificate check: a certificate is required',
  'certificate.chain': 'certificate check: signed by a CA Alice trusts',
  'certificate.name': 'certificate check: issued to the name Alice wanted',
  'certificate.validity': 'certificate check: within its validity period',
  'certificate.key-usage': 'certificate check: key may be used this way',
  'handshake.state': 'the handshake’s state machine (a packet out of turn)',
  'close.signature': 'CLOSE signed by the client',
  'close.count': 'CLOSE message count',
  'close.received': 'a CLOSE or close_notify at the end',
  'close.notify': 'close_notify, the last protected record',
  'finished.server': 'the server’s Finished (key confirmation)',
  'finished.client': 'the client’s Finished (key confirmation)',
  'record.open': 'record opens under its direction’s key and sequence number',
  'sequence-number': 'sequence number',
} as const;

export type CheckId = keyof typeof CHECKS;

export function checkLabel(id: CheckId): string {
  return CHECKS[id];
}
