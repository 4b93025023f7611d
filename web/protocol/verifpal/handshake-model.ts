import { verifpalSays as says } from '../../text/messages/verifpal.ts';
import type { ScenarioConfig } from '../config-types.ts';
import {
  assign,
  authentication,
  generates,
  knows,
  type ModelWriter,
  values,
} from './model-writer.ts';

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
  const before = { inAdvance: inAdvance ? 'yes' : 'no' };
  out.blank();
  out.comment(says('verifpal.handshake'));
  out.principal('Alice', [knows('private', 'hra'), 'hgra = G^hra']);
  out.send('Alice', 'Bob', guard('hgra'), says('verifpal.alice-rsa-key', before));
  if (signed) {
    out.principal('Bob', [knows('private', 'hsb'), 'hgsb = G^hsb']);
    out.send('Bob', 'Alice', guard('hgsb'), says('verifpal.bob-verify-key', before));
  }
  out.principal('Alice', [generates('na')]);
  out.send('Alice', 'Bob', 'na', says('verifpal.hello-nonce'));
  out.principal('Bob', [generates('nb')]);
  out.send('Bob', 'Alice', 'nb', says('verifpal.hello-ack-nonce'));

  const sent = signed ? values('wk', 'sigk') : 'wk';
  const transcript = values('na', 'nb', sent);
  out.principal('Bob', [
    generates('bsecret'),
    'wk = PKE_ENC(hgra, bsecret)',
    ...(signed ? ['sigk = SIGN(hsb, CONCAT(na, nb, wk))'] : []),
  ]);
  out.send('Bob', 'Alice', sent, says('verifpal.key-packet', { signed: signed ? 'yes' : 'no' }));
  out.comment(says('verifpal.transcript-hash'));
  out.comment(says('verifpal.hkdf-labels'));
  out.principal('Bob', [
    `bth = HASH(${transcript})`,
    ...derive('b', 'bsecret', 'bth'),
    'sfinished = MAC(bsfin, bth)',
  ]);
  out.send('Bob', 'Alice', 'sfinished', says('verifpal.bob-finished'));
  out.principal('Alice', [
    ...(signed ? ['_ = SIGNVERIF(hgsb, CONCAT(na, nb, wk), sigk)?'] : []),
    'asecret = PKE_DEC(hra, wk)',
    `ath = HASH(${transcript})`,
    ...derive('a', 'asecret', 'ath'),
    '_ = ASSERT(MAC(asfin, ath), sfinished)?',
    `ath2 = HASH(${transcript}, sfinished)`,
    'cfinished = MAC(acfin, ath2)',
  ]);
  out.send('Alice', 'Bob', 'cfinished', says('verifpal.alice-finished'));
  out.principal('Bob', [
    `bth2 = HASH(${transcript}, sfinished)`,
    '_ = ASSERT(MAC(bcfin, bth2), cfinished)?',
  ]);

  out.comment(says('verifpal.record-numbers'));
  out.principal('Alice', [
    knows('private', 'hm1', 'hm2'),
    knows('public', 'closenotify', 'rn0', 'rn1', 'rn2'),
    'rec0 = AEAD_ENC(ackey, hm1, rn0)',
    'rec1 = AEAD_ENC(ackey, hm2, rn1)',
    'rec2 = AEAD_ENC(ackey, closenotify, rn2)',
  ]);
  out.send('Alice', 'Bob', values('rec0', 'rec1', 'rec2'), says('verifpal.records'));
  out.principal('Bob', [
    knows('public', 'closenotify', 'rn0', 'rn1', 'rn2'),
    'got0 = AEAD_DEC(bckey, rec0, rn0)?',
    'got1 = AEAD_DEC(bckey, rec1, rn1)?',
    'got2 = AEAD_DEC(bckey, rec2, rn2)?',
  ]);
}

/** `side`'s traffic secrets, record keys and Finished keys, from its secret and hash. */
function derive(side: 'a' | 'b', secret: string, hash: string): string[] {
  return [
    assign([`${side}ctraffic`, `${side}straffic`], `HKDF(${hash}, ${secret}, nil)`),
    assign([`${side}ckey`, `${side}cfin`], `HKDF(nil, ${side}ctraffic, nil)`),
    assign([`${side}skey`, `${side}sfin`], `HKDF(nil, ${side}straffic, nil)`),
  ];
}

/** The queries the handshake's rows ask, inside `queries[ … ]`. */
export function handshakeQueries(out: ModelWriter): void {
  out.comment(says('verifpal.query-handshake'), 1);
  out.line(authentication('Bob', 'Alice', 'sfinished'));
  out.line(authentication('Alice', 'Bob', 'cfinished'));
  out.line(authentication('Bob', 'Alice', 'nb'));
  out.comment(says('verifpal.query-records'), 1);
  out.line('  confidentiality? hm1');
  out.line('  confidentiality? hm2');
  out.line(authentication('Alice', 'Bob', 'rec0'));
  out.line(authentication('Alice', 'Bob', 'rec1'));
  out.comment(says('verifpal.query-truncation'), 1);
}
