/** The Certificate Authority, Bob's certificate, and Alice's checks of it. */
export const certificateMessages = {
  'packet.root-certificate': 'the CA’s root certificate',
  'packet.key-to-certify': '{owner, party}’s public key, to be certified',
  'packet.certificate': '{owner, party}’s certificate',

  'narration.ca-root':
    'The {actor, party} has a root key pair {fingerprint} and a self-signed root certificate.',
  'narration.root-installed':
    '{to, party}’s browser came with the CA’s root certificate installed, as browsers do.',
  'narration.trusts-root':
    '{actor, party} trusts the root {fingerprint}: whatever it signs, she believes.',
  'narration.registers-key':
    '{actor, party} shows the CA who he is and gives it his public key {fingerprint}.',
  'narration.ca-signs':
    'The CA signs a certificate: “{name}” owns the key {fingerprint}, valid until {until}.',
  'narration.sends-certificate': '{actor, party} sends his certificate to {to, party}.',
  'narration.certificate-check':
    '{actor, party} checks: {label}. {passed, select, yes {Yes} other {No}}: {detail}',
  'narration.rejects-certificate':
    '{actor, party} rejects the certificate and stops: she sends nothing to this “{expected, party}”.',
  'check.certificate-required': 'A certificate is required',
  'detail.certificate-required':
    '{actor, party} expected a certificate and received a bare public key: nothing vouches for it.',
  /**
   * The X.509 checker (web/crypto) words each check's label and detail itself, with the names
   * and dates it read; the narration quotes them.
   */
  'detail.x509': '{text}',

  'pem.subject': 'Subject: {subject}',
  'pem.names': 'Names (subjectAltName): {names}',
  'pem.issuer': 'Issuer: {issuer}',
  'pem.validity': 'Valid from {from} to {to}',
  'pem.public-key': 'Public key: {algorithm}',
  'pem.signature': 'Signature: {algorithm}',
  'pem.key-usage':
    'Key usage: {restricted, select, yes {{usage}} other {not restricted}}{ca, select, yes { (a CA certificate)} other {}}',
  'pem.fingerprint': 'SHA-256 fingerprint: {hex}',
  'pem.key':
    '{kind, select, public-key {Public} other {Private}} key, {algorithm}, {size} bytes (DER)',
} as const;
