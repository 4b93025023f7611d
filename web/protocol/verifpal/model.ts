import { verifpalSays as says } from '../../text/messages/verifpal.ts';
import type { ScenarioConfig } from '../config-types.ts';
import { defenceDifferences } from '../matrix/defences.ts';
import { handshakeQueries, handshakeSection } from './handshake-model.ts';
import { authentication, generates, knows, leaks, ModelWriter, values } from './model-writer.ts';

/**
 * "Can Oscar win?" as a Verifpal model (the syntax of Verifpal's web workbench: `G^a` and
 * `ga^b` for Diffie-Hellman). One session of the Lab's conversation: the key exchange the
 * defences pick, Alice's two payment orders, and a later phase where Bob's long-term keys
 * leak. Guarded values `[x]` are those Oscar cannot change: compared by phone, or checked
 * against a CA before the story starts. Each query names the grid column and rows it answers.
 * With the TLS 1.3 key schedule on, seed 003's handshake follows, where its rows run.
 */
export function verifpalModel(config: ScenarioConfig): string {
  const out = new ModelWriter();
  const phone = config.check === 'out-of-band';
  const signed = config.signatures !== 'off';
  const numbered = config.sequenceNumbers === 'on';
  const encrypted = config.keyExchange !== 'none';
  const written = defenceDifferences(config).map(([n, v]) => `${n}=${v}`);
  out.comment(
    says('verifpal.title', {
      defences: written.join(' ') || says('verifpal.default-defences'),
    }),
  );
  out.comment(says('verifpal.exported'));
  out.line('attacker[active]');
  out.blank();

  if (signed) {
    out.principal('Alice', [knows('private', 'ska'), 'gska = G^ska']);
    out.send('Alice', 'Bob', 'gska', says('verifpal.alice-verify-key'));
  }
  const keys = encrypted ? keyExchange(out, config, phone) : null;

  const sent: string[] = [];
  for (const n of [1, 2]) sent.push(message(out, n, keys, { signed, numbered, config }));

  const tls13 = config.keySchedule === 'tls13';
  if (tls13) handshakeSection(out, config);

  const longTerm = longTermKeys(config);
  if (longTerm.length > 0) {
    out.blank();
    out.comment(says('verifpal.one-year-later'));
    out.line('phase[1]');
    out.blank();
    out.principal('Bob', longTerm.map(leaks));
  }

  out.blank();
  out.line('queries[');
  out.comment(says('verifpal.query-read'), 1);
  if (longTerm.length > 0)
    out.comment(says('verifpal.query-read-later', { keys: values(...longTerm) }), 1);
  out.line('  confidentiality? m1');
  out.line('  confidentiality? m2');
  out.comment(says('verifpal.query-forged'), 1);
  for (const value of sent) out.line(authentication('Alice', 'Bob', value));
  out.comment(says('verifpal.query-replay'), 1);
  for (const value of sent) out.line(`  freshness? ${value}`);
  if (tls13) handshakeQueries(out);
  out.line(']');
  return out.text();
}

interface SessionKeys {
  readonly alice: string;
  readonly bob: string;
}

/** The key exchange the defences pick; returns the names of each side's session key. */
function keyExchange(out: ModelWriter, config: ScenarioConfig, phone: boolean): SessionKeys {
  const guard = (value: string) => (phone ? `[${value}]` : value);
  const byPhone = { phone: phone ? 'yes' : 'no' };
  if (config.keyExchange === 'pre-shared') {
    out.principal('Alice', [knows('private', 'psk')]);
    out.principal('Bob', [knows('private', 'psk')]);
    return { alice: 'psk', bob: 'psk' };
  }
  const certified = config.certificates === 'on';
  if (config.keyExchange === 'rsa') {
    out.principal('Bob', [knows('private', 'b'), 'gb = G^b']);
    if (certified) certificate(out, 'gb');
    out.send('Bob', 'Alice', guard('gb'), says('verifpal.bob-public-key', byPhone));
    if (certified) out.principal('Alice', ['_ = SIGNVERIF(gca, gb, certb)?']);
    out.principal('Alice', [generates('k'), 'ek = PKE_ENC(gb, k)']);
    out.send('Alice', 'Bob', 'ek', says('verifpal.wrapped-session-key'));
    out.principal('Bob', ['kb = PKE_DEC(b, ek)']);
    return { alice: 'k', bob: 'kb' };
  }
  const fresh = config.ephemeral !== 'off';
  const own = (x: string) => (fresh ? generates(x) : knows('private', x));
  out.comment(says(fresh ? 'verifpal.ecdh-ephemeral' : 'verifpal.ecdh-static'));
  out.principal('Alice', [own('a'), 'ga = G^a']);
  out.principal('Bob', [own('b'), 'gb = G^b']);
  out.send('Alice', 'Bob', guard('ga'), says('verifpal.alice-public-value', byPhone));
  if (certified) {
    out.principal('Bob', [knows('private', 'sb'), 'gsb = G^sb']);
    certificate(out, 'gsb');
    out.principal('Bob', ['sigb = SIGN(sb, CONCAT(ga, gb))']);
    out.send('Bob', 'Alice', 'gsb', says('verifpal.vouched-signing-key'));
    out.send('Bob', 'Alice', guard('gb'), says('verifpal.bob-public-value', byPhone));
    out.send('Bob', 'Alice', 'sigb', says('verifpal.signature-over-values'));
    out.principal('Alice', [
      '_ = SIGNVERIF(gca, gsb, certb)?',
      '_ = SIGNVERIF(gsb, CONCAT(ga, gb), sigb)?',
    ]);
  } else {
    out.send('Bob', 'Alice', guard('gb'), says('verifpal.bob-public-value', byPhone));
  }
  out.comment(says('verifpal.hkdf-session-key'));
  out.principal('Alice', ['ka = HKDF(CONCAT(ga, gb), gb^a, nil)']);
  out.principal('Bob', ['kb = HKDF(CONCAT(ga, gb), ga^b, nil)']);
  return { alice: 'ka', bob: 'kb' };
}

/** The CA signs `key` for Bob, before the story starts; Alice's browser holds the root. */
function certificate(out: ModelWriter, key: string): void {
  out.comment(says('verifpal.before-the-story'));
  out.principal('CA', [knows('private', 'ca'), 'gca = G^ca']);
  out.send('CA', 'Alice', '[gca]', says('verifpal.root-certificate'));
  out.send('Bob', 'CA', `[${key}]`, says('verifpal.bob-shows-ca'));
  out.principal('CA', [`certb = SIGN(ca, ${key})`]);
  out.send('CA', 'Bob', '[certb]', says('verifpal.bob-certificate'));
  out.send('Bob', 'Alice', 'certb', says('verifpal.certificate-field'));
}

/** Alice's n-th order; returns the name of the value Bob receives for it. */
function message(
  out: ModelWriter,
  n: number,
  keys: SessionKeys | null,
  d: { signed: boolean; numbered: boolean; config: ScenarioConfig },
): string {
  const m = `m${n}`;
  const seq = `sq${n}`;
  const alice = [knows('private', m)];
  const bob: string[] = [];
  if (d.numbered) alice.push(knows('public', seq));
  const signedBytes = d.numbered ? `CONCAT(${seq}, ${m})` : m;
  if (d.signed) alice.push(`s${n} = SIGN(ska, ${signedBytes})`);
  const inside = d.signed && d.config.signaturePlacement === 'inside';
  const gcm = d.config.cipher === 'aes-gcm';
  const fields: string[] = [];
  let value = m;
  if (keys) {
    value = `e${n}`;
    const plaintext = inside ? `CONCAT(${m}, s${n})` : m;
    const ad = d.numbered ? seq : 'nil';
    alice.push(
      gcm
        ? `${value} = AEAD_ENC(${keys.alice}, ${plaintext}, ${ad})`
        : `${value} = ENC(${keys.alice}, ${plaintext})`,
    );
    const opened = inside ? `p${n}` : `r${n}`;
    bob.push(
      gcm
        ? `${opened} = AEAD_DEC(${keys.bob}, ${value}, ${ad})?`
        : `${opened} = DEC(${keys.bob}, ${value})`,
    );
    if (inside) bob.push(`r${n}, t${n} = SPLIT(p${n})`);
    fields.push(gcm ? '“iv”, “ciphertext”, “tag”' : '“counter”, “ciphertext”');
  } else fields.push('“text”');
  const sent = [value];
  // A sequence number is a public constant: Verifpal's Bob knows it already, so it is not sent.
  if (d.numbered) fields.push('“sequence” (public)');
  if (d.signed && !inside) {
    sent.push(`s${n}`);
    fields.push('“signature”');
  }
  const received = keys ? `r${n}` : m;
  const signature = inside ? `t${n}` : `s${n}`;
  const receivedSigned = d.numbered ? `CONCAT(${seq}, ${received})` : received;
  if (d.signed) bob.push(`_ = SIGNVERIF(gska, ${receivedSigned}, ${signature})?`);
  out.principal('Alice', alice);
  out.send(
    'Alice',
    'Bob',
    values(...sent),
    says('verifpal.order', { n: String(n), fields: fields.join(', ') }),
  );
  if (bob.length > 0) out.principal('Bob', bob);
  return value;
}

/** What Bob keeps from session to session, which a later theft gives Oscar. */
function longTermKeys(config: ScenarioConfig): string[] {
  const keys: string[] = [];
  if (config.keyExchange === 'pre-shared') keys.push('psk');
  if (config.keyExchange === 'rsa') keys.push('b');
  if (config.keyExchange === 'ecdh' && config.ephemeral === 'off') keys.push('b');
  if (config.keyExchange === 'ecdh' && config.certificates === 'on') keys.push('sb');
  return keys;
}
