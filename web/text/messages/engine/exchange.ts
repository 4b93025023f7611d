/** Setting up keys: RSA key transport, ECDH, signing keys, safety numbers. */
export const exchangeMessages = {
  'packet.public-key': '{owner, party}’s public key',
  'packet.verify-key': '{owner, party}’s verify key',
  'packet.public-value': '{owner, party}’s public value',

  'narration.rsa-key-pair-private':
    '{actor, party} has an RSA-{bits} key pair {fingerprint}. The private half never leaves him.',
  'narration.rsa-key-pair': '{actor, party} has an RSA-{bits} key pair {fingerprint}.',
  'narration.sends-public-key': '{actor, party} sends her public key {fingerprint} to {to, party}.',
  'narration.stores-public-key':
    '{actor, party} stores the public key {fingerprint} as {owner, party}’s{certified, select, yes {, as the certificate says} other {}}.',
  'narration.makes-session-key':
    '{actor, party} makes a fresh AES-{bits} session key {fingerprint}. It must reach {to, party} so that nobody else can get it.',
  'narration.wraps-session-key':
    '{actor, party} wraps the session key with the key she holds as {to, party}’s, {fingerprint} (RSA-OAEP, SHA-256), and sends the {size, plural, one {# byte} other {# bytes}}.',
  'narration.cannot-unwrap':
    '{actor, party} cannot unwrap the key: it was not made for his key pair.',
  'narration.stops-no-session-key': '{actor, party} stops: he has no session key.',
  'narration.unwraps': '{actor, party} unwraps it with his private key {fingerprint}.',
  'narration.holds-session-key':
    '{actor, party} now holds the session key {fingerprint}. He believes {maker, party} made it.',
  'narration.sends-rsa-public-key':
    '{actor, party} sends his public key {fingerprint} ({size, plural, one {# byte} other {# bytes}}) to {to, party}. It is public: anyone may see it.',
  'detail.unwrap-fails': 'The wrapped key does not decrypt with {owner, party}’s private key.',
  'detail.unwrap-opens':
    '{owner, party}’s private key {fingerprint} opens the wrapped key: {size, plural, one {# byte} other {# bytes}}.',
  'reason.no-session-key': 'no session key',

  'narration.signing-key-pair': '{actor, party} has a {algorithm} signing key pair {fingerprint}.',
  'narration.sends-verify-key':
    '{actor, party} sends the public half of the signing key, {fingerprint}, so that {to, party} can check signatures.',
  'narration.stores-verify-key':
    '{actor, party} stores {fingerprint} as {owner, party}’s verify key.',

  'narration.calls-safety-number':
    '{actor, party} calls {to, party} and reads out the safety number on her screen: {number}. Oscar is not on the phone line.',
  'narration.sends-checksum':
    '{actor, party}’s app computes a SHA-256 hash of both public keys (seed 004’s “checksum”), {number}, and sends it to {to, party} automatically.',
  'detail.safety-number-matches':
    '{actor, party}’s own number {number} matches the one he received.',
  'detail.safety-number-differs': '{actor, party} computed {number}, but received {heard}.',
  'narration.safety-number-matches':
    '{actor, party} computes {number} over the keys he holds: it matches. They go ahead.',
  'narration.safety-number-differs':
    '{actor, party} computes {number} over the keys he holds: it does not match {heard}.',
  'reason.safety-numbers-differ':
    'The safety numbers differ: someone replaced a public key on the way.',
  'narration.stop-keys-differ':
    '{actor, party} and {peer, party} stop: the keys they hold are not each other’s. They send no message.',

  'narration.oscar-ecdh-pair':
    '{actor, party} has an {algorithm} key pair of his own, {fingerprint}.',
  'narration.ephemeral-pair':
    '{actor, party} makes a fresh {algorithm} key pair {fingerprint} for this session only. The private half stays with {actor, select, alice {her} other {him}} and is thrown away when the session ends.',
  'narration.static-pair':
    '{actor, party} takes out {actor, select, alice {her} other {his}} long-term {algorithm} key pair {fingerprint}, the same in every session. The private half stays with {actor, select, alice {her} other {him}}.',
  'narration.certified-signing-key':
    '{actor, party} has a long-term ECDSA P-256 key {fingerprint} to sign his public values.',
  'narration.sends-public-value':
    '{actor, party} sends the public half, {fingerprint} ({size, plural, one {# byte} other {# bytes}}), to {to, party}{signed, select, yes {, signed with the key in his certificate} other {}}.',
  'narration.stores-public-value':
    '{actor, party} stores {fingerprint} as {owner, party}’s public value.',
  'narration.derives-session-key':
    '{actor, party} combines {actor, select, alice {her} other {his}} private key with the value received as {peer, party}’s, then HKDF-SHA-256 over the secret and both public values: session key {fingerprint}.',
  'detail.share-signed':
    'Both public values, hers and this one, are signed by the key in the certificate.',
  'detail.share-not-signed':
    'Her public value and this one are not signed together by the key in the certificate.',
  'narration.share-signature-verifies':
    '{actor, party} verifies the signature on the public value with the certificate’s key: it verifies.',
  'narration.share-signature-fails':
    '{actor, party} verifies the signature on the public value with the certificate’s key: it does not verify.',
  'reason.share-unsigned': 'unsigned or wrongly signed public value',
  'narration.stops-sends-nothing': '{actor, party} stops: she sends nothing.',
} as const;
