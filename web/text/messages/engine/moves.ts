/**
 * The best-attack search's moves: each numbered step of an attack it found ("Oscar drops …"),
 * the defence that would stop it, and the certificate forgeries Oscar can present.
 */
export const moveMessages = {
  'verdict.oscar-wins': 'Oscar wins: {gains}',
  'verdict.list': '{first}, {rest}',
  'verdict.read': 'read {read} of {sent}{later, plural, =0 {} other { (# later)}}',
  'verdict.accepted': '{accepted} accepted',
  'verdict.lost': '{lost} lost unnoticed',
  'verdict.caught': 'Caught by {check}',
  'verdict.nothing': 'Oscar gains nothing',
  'verdict.reason.caught-first': 'Nothing got through before {check} caught him.',
  'verdict.reason.nothing':
    'He read nothing, and everything that arrived was what Alice sent, once, in order.',
  'verdict.reason.read': 'He read {read} of the {sent} messages exactly.',
  'verdict.reason.accepted':
    '{accepted, plural, one {# message was} other {# messages were}} accepted that Alice never sent, sent only once, or sent in another order.',
  'verdict.reason.lost':
    '{lost, plural, one {# message never arrived} other {# messages never arrived}}, and nothing that came after told the recipient one was missing.',
  'verdict.reason.not-undone': 'Being caught by a check ({check}) does not undo it.',

  'move.group.key': 'on key material',
  'move.group.handshake': 'on the handshake',
  'move.group.certificate': 'on certificates',
  'move.group.message': 'on messages',
  'move.group.afterwards': 'afterwards',

  'move.a-message': 'a message',
  'move.message-name': '{sender, select, alice {Alice’s} bob {Bob’s} other {a}} message {id}',
  'move.swap-key':
    '{actor, party} replaces {from, party}’s {kind, select, public-key {public key} key-share {public value} verify-key {verify key} other {key}} with his own, on its way to {to, party}',
  'move.swap-a-key': '{actor, party} replaces a public key with his own',
  'move.swap-key.stopped-by': 'comparing safety numbers by phone, or a certificate Alice checks',
  'move.cut-line':
    '{actor, party} cuts the line at {message}: nothing more of Alice’s reaches Bob, not even her CLOSE',
  'move.stopped-by.end-awaited':
    'the end Bob waits for: a conversation that stops without a CLOSE (or close_notify) is reported cut short',
  'move.flip-bit': '{actor, party} flips a bit of {message}',
  'move.flip-bit.stopped-by': 'AES-GCM’s tag, or a signature inside',
  'move.drop': '{actor, party} drops {message}',
  'move.drop.stopped-by':
    'sequence numbers, when a later message arrives and shows the gap; for the last message, only an authenticated end that counts the messages (a signed CLOSE, close_notify)',
  'move.drop-close': '{actor, party} drops Alice’s CLOSE',
  'move.hold-back': '{actor, party} holds {message} back, so that it arrives after the next one',
  'move.hold-back.stopped-by':
    'sequence numbers: the late message’s number is below the last one accepted',
  'move.steal-later':
    'After the conversation, {actor, party} steals Bob’s long-term private keys and opens what he recorded',
  'move.steal-later.stopped-by': 'ephemeral ECDH keys: forward secrecy',
  'move.replay': '{actor, party} lets {message} through, then sends it again',
  'move.replay.stopped-by': 'sequence numbers: the copy’s number was already seen',
  'move.renumber':
    '{actor, party} lets {message} through, then sends a copy with the next sequence number',
  'move.renumber.stopped-by':
    'a sequence number bound to the message (AES-GCM’s associated data or the signature)',
  'move.splice':
    '{actor, party} puts a message he recorded earlier (from another session when they are numbered) in place of {message}',
  'move.splice.stopped-by':
    'a fresh session key for every session (RSA transport or ephemeral ECDH)',
  'move.answer-hello':
    '{actor, party} answers Alice’s HELLO himself, in Bob’s name, and sends her an AES key of his own',
  'move.answer-hello.stopped-by':
    'the server’s signature over the handshake, checked with Bob’s verify key',
  'move.forge-close':
    '{actor, party} lets {message} through, then sends Bob a CLOSE in Alice’s name',
  'move.forge-close.stopped-by': 'a CLOSE signed by the client, with the number of messages sent',

  // Each forgery: what he does (the narration's "He …") and the search's step ("Oscar …").
  'forgery.pasted.story': 'He presents the certificate you pasted, in place of Bob’s.',
  'forgery.no-certificate.story':
    'He drops the certificate and sends his own bare public key under Bob’s name.',
  'forgery.no-certificate.says':
    '{actor, party} drops the certificate and sends his own bare public key under Bob’s name',
  'forgery.no-certificate.stopped-by': 'the certificate check: a certificate is required',
  'forgery.self-signed.story':
    'He makes a certificate for “bob” with his own key and signs it himself.',
  'forgery.self-signed.says':
    '{actor, party} makes a certificate for “bob” with his own key and signs it himself',
  'forgery.replace-key.story':
    'He keeps Bob’s certificate and puts his own public key in it; the CA’s signature stays as it was.',
  'forgery.replace-key.says':
    '{actor, party} keeps Bob’s certificate and puts his own public key in it; the CA’s signature stays as it was',
  'forgery.stopped-by.trusted-ca': 'the certificate check: signed by a CA Alice trusts',
  'forgery.own-certificate.story':
    'He presents his own, genuine certificate from the same CA: it says “oscar”.',
  'forgery.own-certificate.says':
    '{actor, party} presents his own, genuine certificate from the same CA: it says “oscar”',
  'forgery.own-certificate.stopped-by': 'the certificate check: issued to the name Alice wanted',
  'forgery.expired.story':
    'He presents an old certificate for “bob” whose key he holds; it has expired.',
  'forgery.expired.says':
    '{actor, party} presents an old certificate for “bob” whose key he holds; it has expired',
  'forgery.expired.stopped-by': 'the certificate check: within its validity period',
  'forgery.compromised-ca.story':
    'He has broken into the CA: it signs a certificate for “bob” with his key.',
  'forgery.compromised-ca.says':
    '{actor, party} has broken into the CA: it signs a certificate for “bob” with his key',
  'forgery.compromised-ca.stopped-by':
    'nothing Alice checks here: a CA she trusts signed it (comparing safety numbers by phone would; so do revocation and certificate transparency, which the Lab does not model)',

  'script.no-such-move': 'No strategy declares the search move “{move}”.',
  'script.cannot-act': 'The move “{move}” cannot act on {packet}.',
} as const;
