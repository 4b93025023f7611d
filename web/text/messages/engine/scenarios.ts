/** The scenarios' own lines: pre-shared keys, a key in the clear, sessions, a repeated nonce. */
export const scenarioMessages = {
  'narration.holds-pre-shared':
    '{actor, party} already holds an AES-{bits} key {fingerprint}. How did she get it? Nobody has said.',
  'narration.holds-same-key-offline':
    '{actor, party} holds the same key {fingerprint}. It never crossed this wire, so Oscar has no copy.',
  'packet.plain-key': 'the AES key, unprotected',
  'narration.makes-key-for-peer':
    '{actor, party} makes an AES-{bits} key {fingerprint} for {peer, party}.',
  'narration.sends-key-in-clear':
    '{actor, party} sends the {size}-byte key to {to, party} as it is, like a postcard.',
  'narration.stores-key': '{actor, party} stores key {fingerprint}.',
  'narration.oscar-copied-key':
    '{actor, party} copied the {size} key bytes as they passed: he holds the key too.',
  'phase.next-session': 'The next session',
  'narration.connects-again':
    'Later still, {actor, party} connects to {to, party} again: a new session, with every session key made afresh.',
  'narration.sends-session-nonce':
    '{actor, party} sends a fresh nonce for this session. Every sequence number will be bound to both nonces and to the direction.',
  'narration.answers-session-nonce':
    '{actor, party} sends a fresh nonce of his own: the session id is both nonces together.',
  'narration.session-restarted-iv':
    'Session {session}. {actor, party} sends message 1 of the session{encrypted, select, yes {, encrypted under IV number 1, as in every session} other {, in the clear}}.',

  'narration.holds-aes-key': '{actor, party} holds the AES key {fingerprint}.',
  'narration.holds-same-key': '{actor, party} holds the same key {fingerprint}.',
  'narration.posts-announcement':
    '{actor, party} posts her morning announcement, encrypted with {cipher, select, aes-gcm {AES-GCM} other {AES-CTR}} under a random {cipher, select, aes-gcm {IV} other {counter block}}. Its text is public: anyone may know it.',
  'narration.reuses-nonce':
    'Deliberate mistake: {actor, party} encrypts the next message under the same key and the SAME {cipher, select, aes-gcm {IV} other {counter block}}, byte for byte.',
  'narration.closes-day':
    '{actor, party} closes the day’s messages, once more under the SAME key and IV.',
  'reason.not-valid-text-short': 'not valid text',
  'narration.decrypts-quoted': '{actor, party} decrypts it: "{text}"',
  'detail.webcrypto-tag-verifies':
    'WebCrypto’s AES-GCM decrypt verifies the tag under {owner, party}’s key.',
  'detail.webcrypto-tag-refused': 'WebCrypto’s AES-GCM decrypt refuses the tag.',
  'narration.checks-gcm-tag':
    '{actor, party} checks the GCM tag: {passed, select, yes {it verifies} other {it does not verify}}.',
} as const;
