import { EncodingError } from '../crypto/encoding.ts';
import type { OpensslFile } from '../crypto/x509.ts';
import { type EngineText, say } from '../text/messages/engine.ts';
import { showInvisibles } from '../text/text.ts';
import type { KeyCache } from './keyring.ts';
import type { Packet } from './packet-types.ts';
import { loadX509 } from './pki.ts';
import type { Trace } from './trace.ts';

/**
 * The run's artefacts as the files the OpenSSL commands read: the CA root and Bob's
 * certificate as they travelled, Bob's key pair, and the wrapped key Bob received.
 */
export async function exportOpensslFiles(
  keys: KeyCache,
  trace: Trace,
): Promise<readonly OpensslFile[]> {
  const sent = trace.events.flatMap((e) => (e.type === 'packet-sent' ? [e.packet] : []));
  const delivered = trace.events.flatMap((e) => (e.type === 'packet-delivered' ? [e.packet] : []));
  const certificate = (to: Packet['to']) =>
    sent.find((p) => p.kind === 'certificate' && p.channel === 'registration' && p.to === to)
      ?.fields[0]?.bytes;
  const root = certificate('alice');
  const bobs = certificate('bob');
  const wrapped = delivered.find((p) => p.kind === 'wrapped-key' && p.to === 'bob')?.fields[0]
    ?.bytes;
  if (trace.config.keyExchange !== 'rsa' || !root || !bobs || !wrapped) {
    throw new Error(
      'Export needs a run with RSA key transport and certificates in which Bob received a wrapped key.',
    );
  }
  const bob = await keys.rsa('bob', trace.config.rsaBits);
  const { opensslFiles } = await loadX509();
  return opensslFiles({
    caCertificate: root,
    certificate: bobs,
    keys: { privateKey: bob.pair.privateKey, spki: bob.pair.spki },
    wrappedKey: wrapped,
  });
}

/** What pasted text turned out to be: read, or a sentence saying what is wrong with it. */
export type PastedReading =
  | {
      readonly ok: true;
      readonly kind: string;
      readonly lines: EngineText[];
      readonly certificate?: Uint8Array;
    }
  | { readonly ok: false; readonly problem: string };

/**
 * What pasted PEM text is, in sentences, or what is wrong with the text. Only the text's own
 * faults are a problem; anything else (the browser, this code) rejects as the error it is.
 */
export async function describePastedPem(text: string): Promise<PastedReading> {
  const { parsePastedPem, formatUtc } = await loadX509();
  let pasted: Awaited<ReturnType<typeof parsePastedPem>>;
  try {
    pasted = await parsePastedPem(text);
  } catch (error) {
    if (error instanceof EncodingError) return { ok: false, problem: error.message };
    throw error;
  }
  if (pasted.kind === 'certificate') {
    const c = pasted.info;
    return {
      ok: true,
      kind: 'certificate',
      certificate: c.der,
      lines: [
        say('pem.subject', { subject: showInvisibles(c.subject) }),
        ...(c.subjectAltNames.length
          ? [say('pem.names', { names: c.subjectAltNames.map(showInvisibles).join(', ') })]
          : []),
        say('pem.issuer', { issuer: showInvisibles(c.issuer) }),
        say('pem.validity', { from: formatUtc(c.notBefore), to: formatUtc(c.notAfter) }),
        say('pem.public-key', { algorithm: c.publicKeyAlgorithm }),
        say('pem.signature', { algorithm: c.signatureAlgorithm }),
        say('pem.key-usage', {
          restricted: c.keyUsage.length ? 'yes' : 'no',
          usage: c.keyUsage.join(', '),
          ca: c.isCA ? 'yes' : 'no',
        }),
        say('pem.fingerprint', { hex: c.fingerprintSha256Hex }),
      ],
    };
  }
  const bytes = pasted.kind === 'public-key' ? pasted.spki : pasted.pkcs8;
  return {
    ok: true,
    kind: pasted.kind,
    lines: [
      say('pem.key', {
        kind: pasted.kind,
        algorithm: pasted.algorithm,
        size: String(bytes.length),
      }),
    ],
  };
}
