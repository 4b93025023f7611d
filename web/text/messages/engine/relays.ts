/** Through two relays (seed 002): the brokers' keys, what each relay sees, Oscar inside one. */
export const relayMessages = {
  'narration.oscar-inside-holds':
    '{actor, party} is inside {relay, party}: he holds {owner, party}’s key {fingerprint} too.',
  'narration.oscar-stole-holds':
    '{actor, party} has copied the keys on {victim, party}’s computer: he holds {owner, party}’s key {fingerprint} too.',
  'detail.relay-opens': 'The relay he is inside opens it.',
  'detail.relay-cannot-open':
    'The relay he is inside holds no key that opens it: he sees who, when and how many bytes.',
  'narration.oscar-inside-reads':
    '{actor, party}, inside {relay, party}, reads it too. Nobody can tell.',
  'narration.oscar-inside-sees':
    '{actor, party}, inside {relay, party}, sees the route and the size, not the text.',
  'narration.oscar-reads': '{actor, party} reads: "{text}"',
  'detail.relay-changes-text':
    'He reads it and changes byte {byte} of the {field}: {was} XOR {xor} = {now} before {relay, party} encrypts it for the next link: it now says "{text}".',
  'detail.relay-changes-ciphertext':
    'He cannot read it, but he changes byte {byte} of the {field}: {was} XOR {xor} = {now} before {relay, party} passes it on.',
  'narration.oscar-inside-changes-text':
    '{actor, party}, inside {relay, party}, changes the text before {relay, party} encrypts it again: "{text}".',
  'narration.oscar-inside-flips':
    '{actor, party}, inside {relay, party}, flips bits in byte {byte} of the ciphertext he cannot read.',

  'narration.rsa-pair-broker': '{actor, party} has an RSA-{bits} key pair {fingerprint}.',
  'narration.broker-sends-public-key': '{actor, party} sends its public key to {to, party}.',
  'narration.link-key-alone':
    '{actor, party} makes an AES-{bits} key {fingerprint} for its link to {peer, party} alone.',
  'narration.group-key':
    '{actor, party} makes an AES-{bits} key {fingerprint} that everyone will use: the brokers and both sessions.',
  'narration.broker-wraps':
    '{actor, party} wraps it with {to, party}’s public key (RSA-OAEP) and sends it.',
  'narration.rsa-pair-unsized': '{actor, party} has an RSA key pair {fingerprint}.',
  'narration.connects-to-broker': '{actor, party} connects to {to, party} and sends a public key.',
  'narration.wraps-with-public-key':
    '{actor, party} wraps it with {to, party}’s public key and sends it.',
  'narration.hands-same-key':
    '{actor, party} hands the same key to {to, party}, wrapped with that public key.',
  'narration.unwraps-link-key': '{actor, party} unwraps the key {fingerprint}.',

  'narration.sends-towards': '{actor, party} sends his public key towards {to, party}.',
  'narration.makes-key-for':
    '{actor, party} makes an AES-{bits} key {fingerprint} for {peer, party} alone.',
  'narration.wraps-towards':
    '{actor, party} wraps it with {to, party}’s public key and sends it towards {to, party}.',
  'narration.unwraps-shared':
    '{actor, party} unwraps {fingerprint}: only he and {peer, party} hold it.',
  'narration.passes-on': '{actor, party} passes it on to {to, party}.',
  'narration.relay-sees':
    '{actor, party} sees packet {seq}: from {from, party} to {to, party}, {size, plural, one {# byte} other {# bytes}}.',
  'narration.encrypts-sends-to':
    '{actor, party} encrypts it under {fingerprint} and sends it to {to, party}.',
  'narration.re-encrypts-same':
    '{actor, party} encrypts it again under the same key {fingerprint}, with a fresh IV, and sends it on to {to, party}.',
  'narration.re-encrypts-link':
    '{actor, party} encrypts it under the key of its link to {to, party}, {fingerprint}, and sends it on.',
  'narration.passes-ciphertext':
    '{actor, party} passes the ciphertext on to {to, party}, unopened.',
  'reason.decrypted-not-text': 'the decrypted bytes are not text',
  'narration.checks-with-key':
    '{actor, party} checks it with {fingerprint, select, none {no key} other {{fingerprint}}}: {reason}.',
  'narration.throws-away': '{actor, party} throws it away.',
  'narration.decrypts-and-reads':
    '{actor, party} decrypts it with {fingerprint} and reads: "{text}"',
} as const;
