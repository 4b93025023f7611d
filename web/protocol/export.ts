import type { OpensslFile } from '../crypto/x509.ts';
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

/** What pasted PEM text is, in sentences; throws with a clear message when it is not usable. */
export async function describePastedPem(
  text: string,
): Promise<{ kind: string; lines: string[]; certificate?: Uint8Array }> {
  const { parsePastedPem, formatUtc } = await loadX509();
  const pasted = await parsePastedPem(text);
  if (pasted.kind === 'certificate') {
    const c = pasted.info;
    return {
      kind: 'certificate',
      certificate: c.der,
      lines: [
        `Subject: ${showInvisibles(c.subject)}`,
        ...(c.subjectAltNames.length
          ? [`Names (subjectAltName): ${c.subjectAltNames.map(showInvisibles).join(', ')}`]
          : []),
        `Issuer: ${showInvisibles(c.issuer)}`,
        `Valid from ${formatUtc(c.notBefore)} to ${formatUtc(c.notAfter)}`,
        `Public key: ${c.publicKeyAlgorithm}`,
        `Signature: ${c.signatureAlgorithm}`,
        `Key usage: ${c.keyUsage.length ? c.keyUsage.join(', ') : 'not restricted'}${c.isCA ? ' (a CA certificate)' : ''}`,
        `SHA-256 fingerprint: ${c.fingerprintSha256Hex}`,
      ],
    };
  }
  const bytes = pasted.kind === 'public-key' ? pasted.spki : pasted.pkcs8;
  return {
    kind: pasted.kind,
    lines: [
      `${pasted.kind === 'public-key' ? 'Public' : 'Private'} key, ${pasted.algorithm}, ${bytes.length} bytes (DER)`,
    ],
  };
}
