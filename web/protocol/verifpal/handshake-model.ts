import type { ScenarioConfig } from '../config-types.ts';
import type { ModelWriter } from './model-writer.ts';

/**
 * Seed 003's handshake with the TLS 1.3 key schedule (web/protocol/handshake/key-schedule.ts),
 * where the grid's rows marked "(handshake)" run. Bob makes a secret and wraps it with Alice's
 * RSA key; both derive, with HKDF over the secret and the transcript hash, a traffic secret per
 * direction and from each a record key and a Finished key; Finished goes both ways; then
 * Alice's two messages and close_notify travel as records 0, 1 and 2. Names do not clash with
 * the conversation's model, which this section follows.
 */
export function handshakeSection(out: ModelWriter, config: ScenarioConfig): void {
  const signed = config.signatures !== 'off';
  const inAdvance = config.publicKeys === 'known-in-advance';
  const guard = (value: string) => (inAdvance ? `[${value}]` : value);
  const before = inAdvance ? 'known from before the story: guarded' : 'sent in HELLO';
  out.blank();
  out.comment('Seed 003’s handshake, where the rows marked (handshake) run: TLS 1.3 key schedule');
  out.principal('Alice', ['knows private hra', 'hgra = G^hra']);
  out.send('Alice', 'Bob', guard('hgra'), `Alice’s RSA public key, ${before}`);
  if (signed) {
    out.principal('Bob', ['knows private hsb', 'hgsb = G^hsb']);
    out.send('Bob', 'Alice', guard('hgsb'), `Bob’s verify key, ${before}`);
  }
  out.principal('Alice', ['generates na']);
  out.send('Alice', 'Bob', 'na', 'HELLO: field “nonce”');
  out.principal('Bob', ['generates nb']);
  out.send('Bob', 'Alice', 'nb', 'HELLO+ACK: field “nonce”; ACK carries no field');

  const sent = signed ? 'wk, sigk' : 'wk';
  const transcript = `na, nb, ${sent}`;
  out.principal('Bob', [
    'generates bsecret',
    'wk = PKE_ENC(hgra, bsecret)',
    ...(signed ? ['sigk = SIGN(hsb, CONCAT(na, nb, wk))'] : []),
  ]);
  out.send(
    'Bob',
    'Alice',
    sent,
    `KEY: field “wrapped key”${signed ? ', and “signature” over the handshake so far' : ''}`,
  );
  out.comment(
    'The transcript hash covers every field so far (the packets’ names, public, left out).',
  );
  out.comment('HKDF(salt, ikm, info): each output stands for one call with its own label');
  out.comment('(“c traffic”, “s traffic”, then “key”, “finished”). The record IVs are left out.');
  out.principal('Bob', [
    `bth = HASH(${transcript})`,
    ...derive('b', 'bsecret', 'bth'),
    'sfinished = MAC(bsfin, bth)',
  ]);
  out.send('Bob', 'Alice', 'sfinished', 'FINISHED: field “mac”, under Bob’s Finished key');
  out.principal('Alice', [
    ...(signed ? ['_ = SIGNVERIF(hgsb, CONCAT(na, nb, wk), sigk)?'] : []),
    'asecret = PKE_DEC(hra, wk)',
    `ath = HASH(${transcript})`,
    ...derive('a', 'asecret', 'ath'),
    '_ = ASSERT(MAC(asfin, ath), sfinished)?',
    `ath2 = HASH(${transcript}, sfinished)`,
    'cfinished = MAC(acfin, ath2)',
  ]);
  out.send('Alice', 'Bob', 'cfinished', 'FINISHED: field “mac”, under Alice’s Finished key');
  out.principal('Bob', [
    `bth2 = HASH(${transcript}, sfinished)`,
    '_ = ASSERT(MAC(bcfin, bth2), cfinished)?',
  ]);

  out.comment('Each record’s number goes into its nonce (the IV XOR the number). Verifpal has');
  out.comment('no nonce: the number stands here as the associated data, a public constant.');
  out.principal('Alice', [
    'knows private hm1, hm2',
    'knows public closenotify, rn0, rn1, rn2',
    'rec0 = AEAD_ENC(ackey, hm1, rn0)',
    'rec1 = AEAD_ENC(ackey, hm2, rn1)',
    'rec2 = AEAD_ENC(ackey, closenotify, rn2)',
  ]);
  out.send('Alice', 'Bob', 'rec0, rec1, rec2', 'DATA as records 0 and 1, then close_notify');
  out.principal('Bob', [
    'knows public closenotify, rn0, rn1, rn2',
    'got0 = AEAD_DEC(bckey, rec0, rn0)?',
    'got1 = AEAD_DEC(bckey, rec1, rn1)?',
    'got2 = AEAD_DEC(bckey, rec2, rn2)?',
  ]);
}

/** `side`'s traffic secrets, record keys and Finished keys, from its secret and hash. */
function derive(side: 'a' | 'b', secret: string, hash: string): string[] {
  return [
    `${side}ctraffic, ${side}straffic = HKDF(${hash}, ${secret}, nil)`,
    `${side}ckey, ${side}cfin = HKDF(nil, ${side}ctraffic, nil)`,
    `${side}skey, ${side}sfin = HKDF(nil, ${side}straffic, nil)`,
  ];
}

/** The queries the handshake's rows ask, inside `queries[ … ]`. */
export function handshakeQueries(out: ModelWriter): void {
  out.comment('Rows marked (handshake): “answers HELLO as the server”, “changes the nonce in', 1);
  out.comment('HELLO+ACK”. Is each Finished from whom it names, over the same handshake?', 1);
  out.line('  authentication? Bob -> Alice: sfinished');
  out.line('  authentication? Alice -> Bob: cfinished');
  out.line('  authentication? Bob -> Alice: nb');
  out.comment('And after it: does Oscar read her records, or slip one in?', 1);
  out.line('  confidentiality? hm1');
  out.line('  confidentiality? hm2');
  out.line('  authentication? Alice -> Bob: rec0');
  out.line('  authentication? Alice -> Bob: rec1');
  out.comment('“Cuts the line after her first message” has no query: Verifpal asks what Oscar', 1);
  out.comment('learns and which values a principal accepts, not whether Bob notices that a', 1);
  out.comment('record never came. Truncation is not a symbolic property. The Lab’s run answers', 1);
  out.comment('it: close_notify is record 2, so without it Bob reports the conversation cut.', 1);
}
