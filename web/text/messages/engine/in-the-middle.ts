/** Oscar in the middle: the keys he swaps, the session keys he holds, the messages he relays. */
export const middleMessages = {
  'attempt.verify-key-useless':
    'A verify key: he copies it, but with a key he cannot learn, swapping it would only get messages rejected.',
  'attempt.clear-copied': 'Sent in the clear: he copies it and passes it on.',
  'attempt.session-nonce-passes': 'A session nonce: public. He lets it pass.',
  'attempt.framing-passes': 'Framing: he lets it pass.',
  'narration.oscar-rsa-to-pass-off':
    '{actor, party} has an RSA-{bits} key pair of his own, {fingerprint}, ready to pass off as someone else’s.',
  'narration.oscar-keeps-real-key':
    '{actor, party} keeps {owner, party}’s real key {fingerprint} for himself.',
  'attempt.swaps-key':
    'He keeps it and sends his own key {fingerprint} on instead, still labelled as {owner, party}’s.',
  'narration.oscar-keeps-real-value':
    '{actor, party} keeps {owner, party}’s real public value {fingerprint}.',
  'attempt.swaps-value':
    'He sends his own public value {fingerprint} on instead, labelled as {owner, party}’s{stolen, select, none {} other {, signed over Alice’s value and his with {owner, party}’s stolen key {stolen}}}.',
  'narration.oscar-shares-session':
    '{actor, party} combines {peer, party}’s public value with his private key: he now shares the session key {fingerprint} with {peer, party}.',
  'attempt.not-wrapped-for-him':
    'It was not wrapped for his key, so he cannot open it; he passes it on.',
  'attempt.opens-session-key':
    'His private key opens it: he now has the session key {fingerprint}.',
  'narration.oscar-holds-session-key':
    '{actor, party} now holds {owner, party}’s session key {fingerprint}.',
  'narration.oscar-second-session-key':
    'For {to, party} he makes a second session key {fingerprint} and wraps it with {to, party}’s real public key.',
  'attempt.wrapped-for-him':
    'It was wrapped with his key, so his private key {fingerprint} opens it.',
  'attempt.no-key-for-it': 'He holds no key for it: he can only pass it on.',
  'attempt.cannot-open': 'He cannot open it: he passes it on.',
  'attempt.his-key-opens': 'His key {fingerprint} opens it.',
  'attempt.plain-passes': 'It is not encrypted: he reads it and passes it on.',
  'attempt.re-encrypts':
    'He decrypts it with the key he shares with {from, party} ({fromKey}), reads it{resigned, select, yes {, signs it again with his own signing key} other {}}, and re-encrypts it for {to, party} with {toKey}.',
  'attempt.reads-passes':
    'He reads it{resigned, select, yes {, signs it again with his own signing key} other {}}, and passes it on.',
  'narration.oscar-keeps-verify-key':
    '{actor, party} keeps {owner, party}’s real verify key {fingerprint}.',
  'attempt.swaps-verify-key':
    'He sends his own verify key {fingerprint} on instead, labelled as {owner, party}’s: his signatures will verify.',
  'narration.oscar-signing-pair':
    '{actor, party} has a {algorithm} signing key pair of his own, {fingerprint}.',
  'attempt.real-certificate-held':
    'It is {owner, party}’s real certificate, and he holds the private key it vouches for, {fingerprint}: he lets it through unchanged.',
  'attempt.reads-safety-number': 'He reads the safety number and lets it pass.',
  'attempt.rewrites-safety-number':
    'He replaces it with the safety number {to, party} expects, computed over the keys {to, party} holds: {digits}.',
} as const;
