/** The run itself and the secure channel: joining, writing, sending, receiving, checking, reading. */
export const channelMessages = {
  'narration.joined': '{actor, party} joined the network.',
  'narration.writes': '{actor, party} writes to {to, party}: "{text}"',
  'narration.receives': '{actor, party} receives {packet} ({layout}).',
  'narration.catches':
    '{actor, party} catches {packet} from {from, party} to {to, party}. {detail}',
  'narration.key-erased':
    'The session is over: {actor, party} erases the {kind, select, aes {session key} other {ephemeral private key}} {fingerprint}.',
  'narration.oscar-key-pair':
    '{actor, party} has an RSA-{bits} key pair of his own, {fingerprint}.',

  'narration.sends-plain':
    '{actor, party} {scheme, select, none {} other {signs it with {scheme} and }}sends it as it is, not encrypted: like a postcard.{numbered}',
  'narration.sends-encrypted':
    '{actor, party} {scheme, select, none {} other {signs it with {scheme} and }}encrypts it with {cipher} under key {fingerprint}, then sends it.{placement, select, clear { The signature travels in the clear beside the ciphertext.} inside { The signature is encrypted with the message.} other {}}{numbered}',
  'narration.unnumbered': '',
  'narration.numbered': ' It carries sequence number {number}.',
  'narration.numbered-unauthenticated':
    ' It carries sequence number {number}, which nothing authenticates: no tag, no signature.',
  'narration.numbered-bound':
    ' It carries sequence number {number}, authenticated together with the session id and the direction.',
  'narration.session-sends': 'Session {session}. {sent}',

  'narration.checks-it': '{actor, party} checks it: {reason}.',
  'narration.rejects-message': '{actor, party} rejects the message.',
  'narration.gcm-verifies': '{actor, party} has the key {fingerprint}; the GCM tag verifies.',
  'narration.signature-verifies':
    '{actor, party} verifies the signature with the key held as {from, party}’s: it verifies.',
  'narration.sequence-next':
    '{actor, party} checks the sequence number: {number}, the next one expected.',
  'narration.sequence-gap':
    '{actor, party} notices a gap: sequence {number} arrived where {expected} was expected.',
  'narration.reads':
    '{actor, party} reads it. {how, select, plain {It is not encrypted. } ctr {AES-CTR has no tag: nothing would show a changed byte. } other {}}Text is: "{text}"',

  'reason.tag-session':
    'the tag does not verify with this session’s id and direction: wrong key, changed bytes, or a message from another session',
  'reason.signature-fails':
    'the {scheme} signature does not verify with the key {actor, party} holds as {from, party}’s{bound, select, yes { over this session’s id and direction} other {}}',
  'reason.not-valid-text': 'the decrypted bytes are not valid text',
  'reason.no-sequence': 'the message carries no sequence number',
  'reason.sequence-seen': 'sequence {number} already seen',
  'reason.sequence-not-above': 'sequence {number} is not above {last}, the last one accepted',
  'reason.no-key': 'there is no key to decrypt it with',
  'reason.tag-mismatch':
    'the authentication tag does not match: wrong key, or the bytes were changed',
  'reason.too-short-for-signature': 'the decrypted message is too short to hold its signature',
  'detail.gcm-verifies':
    'The tag verifies: the ciphertext is exactly what was encrypted under this key.',
  'detail.signature-verifies':
    'The {scheme} signature verifies with the key {actor, party} holds as {from, party}’s.',
  'detail.sequence-next': 'Sequence {number} is the next one expected.',
  'detail.sequence-gap':
    'Sequence {number} arrived where {expected} was expected: {missing, plural, one {# message is} other {# messages are}} missing, dropped or held back.',
} as const;
