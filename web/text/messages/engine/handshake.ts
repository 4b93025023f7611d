/** The HELLO … CLOSE handshake (seed 003) and its TLS 1.3-shaped key schedule. */
export const handshakeMessages = {
  'packet.hello': 'a HELLO',
  'packet.hello-ack': 'a HELLO+ACK',
  'packet.ack': 'an ACK',
  'packet.finished': 'a Finished',
  'packet.close-notify': 'a close_notify record',
  'packet.close': 'a CLOSE',

  // What moved a state machine: a packet's wire name, or what the party did.
  'on.hello': 'HELLO',
  'on.hello-sent': 'HELLO sent',
  'on.hello-ack': 'HELLO+ACK',
  'on.ack': 'ACK',
  'on.key': 'KEY',
  'on.finished': 'FINISHED',
  'on.bad-finished': 'bad FINISHED',
  'on.close': 'CLOSE',
  'on.close-sent': 'CLOSE sent',
  'on.bad-close': 'bad CLOSE',
  'on.close-notify': 'close_notify',
  'on.close-notify-sent': 'close_notify sent',
  'on.bad-record': 'bad record',
  'on.line-quiet': 'line quiet',
  'on.abort': 'abort',

  'narration.refused-in-state': '{actor, party} is in {state}; a {packet} packet is refused.',
  'narration.waits-for':
    '{actor, party} waits for {what, select, hello-ack {HELLO+ACK} server-key {the server’s key} server-finished {the server’s Finished} ack {ACK} other {the client’s Finished}}.',
  'narration.connected': '{actor, party} is connected.',
  'narration.done': '{actor, party} is done.',
  'narration.hangs-up': '{actor, party} hangs up.',
  'narration.drops-broken': '{actor, party} drops the connection as broken.',

  'narration.opens-hello':
    '{actor, party} opens the connection: HELLO, with a fresh nonce{keys, select, yes { and her two public keys} other {}}.',
  'narration.answers-ack': '{actor, party} answers ACK.',
  'narration.unwraps-secret':
    '{actor, party} unwraps the secret {fingerprint}. With HKDF she derives from it and the transcript hash a key and an IV for each direction, and a Finished key for each side.',
  'narration.unwraps-aes-key':
    '{actor, party} unwraps the AES key {fingerprint}. She believes {maker, party} made it.',
  'reason.not-wrapped-for-her': 'the key was not wrapped for her public key',
  'detail.server-finished-matches':
    'The server’s Finished matches her transcript hash under the server’s Finished key: whoever sent it holds the secret and saw the same handshake.',
  'detail.server-finished-differs':
    'The server’s Finished does not match: the sender saw another handshake, or holds another secret.',
  'narration.server-finished-matches':
    '{actor, party} checks the server’s Finished: it matches her own transcript.',
  'narration.server-finished-differs':
    '{actor, party} checks the server’s Finished: it does not match her transcript.',
  'reason.server-finished-differs': 'the server’s Finished does not match',
  'narration.sends-finished':
    '{actor, party} sends her own Finished: a MAC over the whole handshake, under her Finished key.',
  'narration.sends-record':
    '{actor, party} sends DATA as record {record}: AES-GCM under her traffic key, nonce = her IV XOR {record}. No sequence number travels.',
  'narration.sends-close-notify':
    '{actor, party} ends with close_notify, sealed as record {record}: it opens only if records 0 to {previous} came before it, in order.',
  'detail.transcript-signed':
    'The signature over HELLO, HELLO+ACK and the key verifies with the key she holds as {owner, party}’s.',
  'detail.transcript-not-signed':
    'The signature over HELLO, HELLO+ACK and the key does not verify with the key she holds as {owner, party}’s.',
  'narration.transcript-signed':
    '{actor, party} checks the server’s signature over the handshake: it verifies with {owner, party}’s key.',
  'narration.transcript-not-signed':
    '{actor, party} checks the server’s signature over the handshake: it does not verify with {owner, party}’s key.',
  'reason.not-the-server': 'whoever answered is not {owner, party}',
  'narration.stops-because': '{actor, party} stops: {reason}. She sends nothing.',
  'narration.signs-and-sends-data':
    '{actor, party} signs it, encrypts it under {fingerprint} and sends DATA.',
  'narration.sends-close-signed':
    '{actor, party} sends CLOSE: “{count, plural, one {# message} other {# messages}}”, signed with her key.',
  'narration.sends-close': '{actor, party} sends CLOSE.',

  'narration.stores-public-key-named':
    '{actor, party} stores {fingerprint} as {owner, party}’s public key.',
  'narration.answers-hello-ack': '{actor, party} answers HELLO+ACK, with a nonce of his own.',
  'narration.makes-secret':
    '{actor, party} makes a fresh {bits}-bit secret {fingerprint}: every key of the session will be derived from it.',
  'narration.makes-aes-key': '{actor, party} makes a fresh AES-{bits} key {fingerprint}.',
  'narration.wraps-for-client':
    '{actor, party} wraps it with the key he holds as {to, party}’s (RSA-OAEP){signed, select, yes { and signs the handshake so far} other {}}, and sends it.',
  'narration.sends-server-finished':
    '{actor, party} derives the traffic keys (HKDF over the secret and the transcript hash) and sends his Finished: a MAC over the transcript, under his Finished key.',
  'detail.client-finished-matches':
    'The client’s Finished matches his transcript hash under the client’s Finished key: she holds the secret only Alice’s private key could unwrap, and saw the same handshake.',
  'detail.client-finished-differs':
    'The client’s Finished does not match his transcript: the other side saw another handshake, or holds another secret.',
  'narration.client-finished-matches':
    '{actor, party} checks the client’s Finished: it matches his own transcript.',
  'narration.client-finished-differs':
    '{actor, party} checks the client’s Finished: it does not match his transcript.',
  'reason.client-finished-differs': 'the client’s Finished does not match his handshake',
  'narration.stops-client-finished':
    '{actor, party} stops: the client’s Finished does not match his handshake.',
  'narration.hangs-up-unread': '{actor, party} hangs up before reading anything.',
  'narration.closes-complete': '{actor, party} closes: the conversation is complete.',
  'reason.line-quiet': 'the line went quiet without a {what}: the conversation was truncated',
  'detail.no-close': 'No {what} arrived after {count, plural, one {# message} other {# messages}}.',
  'narration.no-close':
    'Nothing more arrives, and no {what} came: {actor, party} cannot know that this was all.',
  'narration.reports-truncated': '{actor, party} reports the conversation as truncated.',
  'reason.signature-not-peer':
    'the signature does not verify with the key he holds as {owner, party}’s',
  'detail.tag-and-signature':
    'The tag verifies, and the signature verifies with the key he holds as {owner, party}’s.',
  'narration.decrypts-signed':
    '{actor, party} decrypts it; the signature verifies with {owner, party}’s key.',
  'reason.bytes-not-text': 'the bytes are not text',
  'narration.reads-quoted': '{actor, party} reads: "{text}"',
  'narration.closes-unsure':
    '{actor, party} closes. He read {count, plural, one {# message} other {# messages}}; nothing tells him whether that was all.',
  'reason.close-not-signed': 'the CLOSE is not signed by {owner, party}’s key',
  'reason.close-count':
    '{owner, party} signed that she sent {count, plural, one {# message} other {# messages}}; he read {read}',
  'detail.close-signed':
    'Signed by {owner, party}’s key: {count, plural, one {# message} other {# messages}} sent, {read} read.',
  'narration.close-signed':
    '{actor, party} checks CLOSE: signed by {owner, party}, {count, plural, one {# message} other {# messages}}; he read {read}.',
  'narration.closes-count-matches':
    '{actor, party} closes: the count matches, so he takes the conversation as complete.',
  'narration.checks-close': '{actor, party} checks CLOSE: {reason}.',
  'narration.knows-cut-short': '{actor, party} knows the conversation was cut short.',

  'narration.checks-record': '{actor, party} checks it: {reason}.',
  'narration.rejects-record': '{actor, party} rejects the record.',
  'reason.record-failed':
    'a record failed to open, so the conversation cannot be trusted to be whole',
  'narration.ends-bad-record-mac':
    '{actor, party} ends the connection (TLS sends a bad_record_mac alert) and reports the conversation as truncated.',
  'reason.record-does-not-open':
    'it does not open as record {record} (client traffic key, nonce = IV XOR {record}): replayed, reordered, changed, forged, from another session, or a record before it is missing',
  'detail.close-notify-opened':
    'close_notify opened as record {record}: records 0 to {previous} all arrived, in order, and nothing follows.',
  'narration.opens-close-notify':
    '{actor, party} opens close_notify as record {record}: every record before it arrived, in order.',
  'reason.record-not-message': 'record {record} opens but is not a message',
  'detail.record-opens':
    'Record {record} opens under the client traffic key with nonce IV XOR {record}.',
  'narration.opens-record':
    '{actor, party} opens it as record {record}: the tag verifies with the nonce for {record}.',

  'narration.rsa-key-pair-to-receive':
    '{actor, party} has an RSA-{bits} key pair {fingerprint}, to receive a key.',
  'narration.signing-key': '{actor, party} has an {algorithm} signing key {fingerprint}.',
  'narration.holds-keys-in-advance':
    'Seed 003’s assumption: {actor, party} already holds {owner, party}’s genuine public keys.',
  'narration.holds-verify-key-too': '{actor, party} holds her verify key too, from before today.',
  'narration.holds-verify-key-already':
    'And {actor, party} already holds {owner, party}’s genuine verify key.',
} as const;
