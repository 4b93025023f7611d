/** What Oscar makes of each packet he copies, and what his strategies tell of their moves. */
export const oscarMessages = {
  'detail.and-then': '{first} {next}',

  'attempt.not-text': 'The bytes are not text.',
  'attempt.plain-message': 'The message is not encrypted: he reads it as it passes.',
  'attempt.public-key': 'A public key: nothing secret in it. He keeps a copy anyway.',
  'attempt.certificate': 'A certificate is public: he keeps a copy.',
  'attempt.key-share':
    'A public value: he sees it. No known method gets the shared secret from the two public values without a private key, and neither private key ever travels.',
  'attempt.safety-number': 'A hash of public keys: nothing secret, nothing to gain by copying it.',
  'attempt.public-number': 'A number sent in the clear: he keeps a copy.',
  'attempt.plain-key': 'A key sent in the clear: he keeps a copy to try.',
  'attempt.session-nonce': 'A session nonce: public. He keeps a copy.',
  'attempt.finished':
    'A Finished: a MAC over the handshake, under a key he can derive only from the shared secret.',
  'attempt.framing': 'Framing: it says where the conversation is, nothing secret.',
  'attempt.unwrapped': 'His private key {fingerprint} opened it.',
  'attempt.unwrap-failed':
    'He tried his private key {tried}: RSA-OAEP decryption failed. Only the private key that matches the public key it was wrapped with can open it.',
  'attempt.no-private-key': 'He holds no private key to try.',
  'attempt.record':
    'A record: its key and its nonce (an IV XOR the record’s number) come from a secret he does not hold.',
  'attempt.key-opened': 'The key {fingerprint} he holds opened it.',
  'attempt.no-key-to-try':
    'He sees {size, plural, one {# byte} other {# bytes}} of ciphertext but holds no key to try.',
  'attempt.keys-do-not-open':
    '{count, plural, one {The one key he holds does not open it.} other {None of the # keys he holds opens it.}}',
  'attempt.guess-verifies':
    'He cannot decrypt it, but the signature travels in the clear. He verifies it against his guess "{guess}": it verifies, so that is the message.',
  'attempt.no-guess-verifies':
    'He cannot decrypt it. The signature is in the clear, but none of his {count, plural, one {# guess verifies} other {# guesses verifies}} against it.',

  'narration.copies-and-tries':
    '{actor, party} copies {packet} from {from, party} to {to, party} and tries to read it. {detail}',
  'narration.records': '{actor, party} records {packet}. {detail}',
  'attempt.stores-for-later': 'He stores the bytes for later.',
  'phase.one-year-later': 'One year later',
  'narration.one-year-later':
    'One year later. {actor, party} still has the {count, plural, one {# packet} other {# packets}} he recorded. He breaks into {victim, party}’s computer and copies every key {victim, party} still holds.',
  'narration.copies-stolen-key':
    '{actor, party} copies {owner, party}’s {kind, select, aes {AES key} other {{algorithm} private key}} {fingerprint}.',

  'attempt.cut-line': 'He has cut the line: it never reaches Bob.',
  'attempt.thrown-away': 'He throws it away: it never arrives.',
  'attempt.close-thrown-away': 'He throws the CLOSE away: the end never arrives.',
  'attempt.held-back': 'He holds it back: it will arrive after the messages sent after it.',
  'attempt.held-back-for':
    'He holds it back: it will reach {to, party} after the messages sent after it.',
  'attempt.replaced-in-place':
    'He throws it away and sends Bob his copy of the first DATA in its place, byte for byte.',
  'attempt.nonce-flipped':
    'He flips one bit of Bob’s nonce: Alice and Bob now hold different handshakes.',
  'attempt.flips-bits': 'He flips bits in byte {byte} of the {field} (XOR {xor}).',
  'attempt.changes-byte':
    '{readable, select, yes {He reads it, and} other {He cannot read it, but}} he changes byte {byte} of the {field}: {was} XOR {xor} = {now}, then sends it on to {to, party}.',
  'narration.flips-bits':
    '{actor, party} catches {packet} from {from, party} and flips bits in byte {byte} of the {field} (XOR {xor}).',
  'attempt.forged':
    '{readable, select, yes {He reads it, then} other {He cannot read it, so}} he throws it away and sends “{text}” in {owner, party}’s name{key, select, stolen {, encrypted under the key {fingerprint} he holds, which opened the original} own {, encrypted under a key of his own (he does not have theirs)} other {}}{signed, select, yes {, signed with his own key (he does not have Alice’s)} other {}}.',
  'narration.forges':
    '{actor, party} catches {packet} from {from, party} and sends one he wrote himself instead.',

  'attempt.lets-through-again': 'He lets it through, then sends the same bytes again.',
  'attempt.lets-through-numbered': 'He lets it through, then sends a copy numbered {number}.',
  'attempt.puts-recorded': 'He puts {message}, recorded earlier, in its place.',
  'attempt.replays-renumbered':
    'He lets it through, then sends {to, party} his copy again with the sequence number changed to {number}, the next one {to, party} expects.',
  'attempt.replays-same':
    'He cannot {readable, select, yes {change} other {read}} it and does not need to: he lets it through, then sends {to, party} his copy, byte for byte the same.',
  'narration.replays-numbered':
    '{actor, party} records {packet} from {from, party}, lets it through, and sends a copy numbered {number}.',
  'narration.replays-same':
    '{actor, party} records {packet} from {from, party}, lets it through, and sends {to, party} the same bytes again.',

  'attempt.answers-hello':
    'He lets it reach Bob, and answers Alice himself with a HELLO+ACK in Bob’s name.',
  'attempt.drops-bobs-answer': 'Alice already has his answer: he drops Bob’s.',
  'attempt.own-key':
    'He {tls, select, yes {sends} other {keeps the ACK and sends}} Alice, in Bob’s name, his own AES key {fingerprint} wrapped with her public key{signed, select, yes {, the handshake signed with his own key} other {}}.',
  'attempt.own-key-and-finished':
    'He lets the ACK reach Bob. {story} Then his own Finished: the secret is his, so he computes it as any server would.',
  'attempt.record-opens-own-secret':
    'He derived Alice’s traffic keys from his own secret: the record opens. He passes it on to Bob.',
  'narration.oscar-signing-key': '{actor, party} has a signing key of his own, {fingerprint}.',
  'narration.oscar-aes-key': '{actor, party} makes an AES key of his own, {fingerprint}.',
  'attempt.forged-close': 'He lets it through, then sends Bob a CLOSE in Alice’s name.',
  'attempt.forged-close-signed':
    'He lets it through, then sends Bob a CLOSE in Alice’s name saying “1 message”, signed with his own key {fingerprint}: he does not have hers.',

  'attempt.keeps-nonce':
    'He keeps its {nonce, select, iv {IV} other {counter block}} to compare with the next ones.',
  'attempt.nonce-unmatched':
    'Its {nonce, select, iv {IV} other {counter block}} matches none he recorded: XOR gives him nothing.',
  'attempt.same-nonce':
    'Same {nonce, select, iv {IV} other {counter block}} as a message he recorded before. C1 ⊕ C2 = {xored}, which is P1 ⊕ P2: the key stream has cancelled out.',
  'attempt.shown-not-text': 'bytes that are not text ({hex})',
  'attempt.shown-text': '“{text}”',
  'attempt.xor-reads':
    '{same} XORed with the first message, which he knows (“{known}”), it gives “{text}”. No key needed.',
  'attempt.xor-partial':
    '{same} He knows {known, plural, one {# byte} other {# bytes}} of the first message, so {recovered, plural, one {# byte} other {# bytes}} of key stream: XOR gives him this message’s first {recovered, plural, one {# byte} other {# bytes}}, and the other {unknown, number} stay unknown.',
  'attempt.xor-not-hoped':
    '{same} XORed with the text he knows, it gives {shown}: not the message he hoped for.',
  'narration.recovers-partial':
    '{actor, party} works out the first {recovered, number} of the {total, number} bytes of this message: {shown}, then [{unknown, plural, one {# unknown byte} other {# unknown bytes}}].',
  'narration.recovers-all':
    '{actor, party} works out all {total, number} bytes of this message: {shown}.',

  'attempt.one-message-no-h': 'One message under this IV says nothing of H.',
  'attempt.h-candidates':
    'The tags of the first two messages under this IV differ by a polynomial in H of degree {degree}. {roots, plural, one {Its one root} other {Its # roots}}, found by factoring over GF(2¹²⁸), are his candidates for H: {candidates}.',
  'attempt.waits-for-third':
    '{solved} He waits for one more message under this IV: its tag will tell the true H from the others.',
  'attempt.too-little-key-stream':
    '{solved} He knows {have, plural, one {# byte} other {# bytes}} of key stream, too few for the {want, number} of “{text}”.',
  'attempt.h-one-root': 'The true H is always a root, so with one root he has it.',
  'attempt.h-picked': 'The tag of message {message} under this IV agrees with {h} only: that is H.',
  'narration.forges-tag':
    '{actor, party} solves for GCM’s hash key H. {solved} {picked} Then E_K(J0) = T1 ⊕ GHASH_H(A1, C1), and a tag for his own ciphertext of “{text}”: he sends it to {to, party} in {from, party}’s name, with no AES key.',

  'narration.tries-stolen-key':
    '{actor, party} tries {fingerprint} on {packet}: {opened, select, yes {it opens} other {it does not open}}.',
  'narration.now-holds-session-key':
    'He now holds the session key {fingerprint} of the recorded session.',
  'narration.he-reads': 'He reads: "{text}"',
  'attempt.unwrap-fails-other-key': 'RSA-OAEP decryption fails: it was wrapped for another key.',
  'attempt.unwrap-succeeds':
    'RSA-OAEP decryption succeeds: inside is the session key {fingerprint}, erased by Alice and Bob long ago, recorded by Oscar.',
  'attempt.not-this-public-half':
    "This public value is not {fingerprint}'s public half: his private key did not make it.",
  'attempt.other-value-missing': 'The other side’s public value was not recorded.',
  'attempt.computes-recorded-session':
    'It is the public half of the key pair he stole. With the other recorded value and HKDF over both, he computes the session key {fingerprint}.',
  'attempt.decrypts-not-text': 'It decrypts to bytes that are not text.',
  'attempt.does-not-open': 'It does not open: {reason}.',
  'attempt.decrypts': 'It decrypts.',
  'attempt.webcrypto-refuses':
    'WebCrypto refuses: an {key, select, signing {{algorithm} signing key (it can only sign)} aes {AES key} other {{algorithm} private key}} cannot {packet, select, wrapped-key {decrypt RSA-OAEP} key-share {compute a Diffie-Hellman secret} encrypted-message {decrypt an AES message} other {open this}}.',
} as const;
