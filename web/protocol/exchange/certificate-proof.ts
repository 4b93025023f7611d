import type { Bytes } from '../../crypto/bytes.ts';
import { toHex } from '../../crypto/encoding.ts';
import type { IssuedCertificate, KeyUsageName } from '../../crypto/x509.ts';
import type { CheckId } from '../checks.ts';
import type { KeyInfo } from '../packet-types.ts';
import { certificatePacket, fieldBytes, publicKeyPacket } from '../packets.ts';
import { authority, certify, loadX509 } from '../pki.ts';
import type { Run } from '../run.ts';

/**
 * Before the story starts: Alice's browser ships with the CA's root certificate, and the
 * CA, having checked Bob in person, signs a certificate binding "bob" to his public key.
 * None of it crosses Oscar's wire.
 */
export async function registerBob(
  run: Run,
  bobSpki: Bytes,
  bobInfo: KeyInfo,
): Promise<IssuedCertificate> {
  const { ca, info } = await authority(run.keys);
  run.keyGenerated(
    'ca',
    info,
    `The Certificate Authority has a root key pair ${info.fingerprint.short} and a self-signed root certificate.`,
  );
  await run.transmit(
    certificatePacket(
      run.nextAddress('ca', 'alice'),
      'the CA’s root certificate',
      ca.der,
      'registration',
    ),
    'Alice’s browser came with the CA’s root certificate installed, as browsers do.',
  );
  run.keyLearned(
    'alice',
    info,
    'ca',
    `Alice trusts the root ${info.fingerprint.short}: whatever it signs, she believes.`,
  );
  await run.transmit(
    {
      ...publicKeyPacket(
        run.nextAddress('bob', 'ca'),
        'Bob’s public key, to be certified',
        bobSpki,
      ),
      channel: 'registration',
    },
    `Bob shows the CA who he is and gives it his public key ${bobInfo.fingerprint.short}.`,
  );
  const certificate = await certify(run.keys, 'bob', bobSpki);
  await run.transmit(
    certificatePacket(
      run.nextAddress('ca', 'bob'),
      'Bob’s certificate',
      certificate.der,
      'registration',
    ),
    `The CA signs a certificate: “bob” owns the key ${bobInfo.fingerprint.short}, valid until ${certificate.certificate.notAfter.toISOString().slice(0, 10)}.`,
  );
  return certificate;
}

/** Bob sends his certificate; Alice checks it. Returns the key she may now use as Bob's, or null. */
export async function presentCertificate(
  run: Run,
  certificate: IssuedCertificate,
  requiredKeyUsage: KeyUsageName,
): Promise<Bytes | null> {
  const arrived = await run.transmit(
    certificatePacket(run.nextAddress('bob', 'alice'), 'Bob’s certificate', certificate.der),
    'Bob sends his certificate to Alice.',
  );
  if (arrived.kind !== 'certificate') {
    return refuse(
      run,
      'certificate.required',
      'A certificate is required',
      'Alice expected a certificate and received a bare public key: nothing vouches for it.',
    );
  }
  const { checkCertificate } = await loadX509();
  const { ca } = await authority(run.keys);
  const der = fieldBytes(arrived, 'certificate');
  const now = new Date();
  // The verdict is a function of the bytes, the roots, the name, the usage and the day: the
  // same certificate checked again the same day (the best-attack search runs hundreds of
  // scripts) gets the verdict computed the first time.
  const verdict = await run.keys.cached(
    `x509-verdict/${toHex(der)}/${requiredKeyUsage}/${now.toISOString().slice(0, 10)}`,
    () =>
      checkCertificate({
        certificate: der,
        trustedRoots: [ca.der],
        expectedName: 'bob',
        now,
        requiredKeyUsage,
      }),
  );
  for (const check of verdict.checks) {
    run.emit({
      type: 'check',
      actor: 'alice',
      check: `certificate.${check.id}`,
      passed: check.passed,
      detail: check.detail,
      packetId: arrived.id,
      narration: `Alice checks: ${check.label}. ${check.passed ? 'Yes' : 'No'}: ${check.detail}`,
    });
  }
  const failed = verdict.checks.find((c) => !c.passed);
  if (failed) {
    run.emit({
      type: 'aborted',
      actor: 'alice',
      reason: failed.detail,
      check: `certificate.${failed.id}`,
      narration: 'Alice rejects the certificate and stops: she sends nothing to this “Bob”.',
    });
    return null;
  }
  return verdict.certificate.publicKeySpki;
}

function refuse(run: Run, check: CheckId, label: string, detail: string): null {
  run.emit({
    type: 'check',
    actor: 'alice',
    check,
    passed: false,
    detail,
    narration: `Alice checks: ${label}. No: ${detail}`,
  });
  run.emit({
    type: 'aborted',
    actor: 'alice',
    reason: detail,
    check,
    narration: 'Alice stops: she sends nothing.',
  });
  return null;
}
