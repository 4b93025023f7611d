import type { Bytes } from '../../crypto/bytes.ts';
import { toHex } from '../../crypto/encoding.ts';
import type { IssuedCertificate, KeyUsageName } from '../../crypto/x509.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
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
    say('narration.ca-root', { actor: 'ca', fingerprint: info.fingerprint.short }),
  );
  await run.transmit(
    certificatePacket(
      run.nextAddress('ca', 'alice'),
      say('packet.root-certificate'),
      ca.der,
      'registration',
    ),
    say('narration.root-installed', { to: 'alice' }),
  );
  run.keyLearned(
    'alice',
    info,
    'ca',
    say('narration.trusts-root', { actor: 'alice', fingerprint: info.fingerprint.short }),
  );
  await run.transmit(
    {
      ...publicKeyPacket(
        run.nextAddress('bob', 'ca'),
        say('packet.key-to-certify', { owner: 'bob' }),
        bobSpki,
      ),
      channel: 'registration',
    },
    say('narration.registers-key', { actor: 'bob', fingerprint: bobInfo.fingerprint.short }),
  );
  const certificate = await certify(run.keys, 'bob', bobSpki);
  await run.transmit(
    certificatePacket(
      run.nextAddress('ca', 'bob'),
      say('packet.certificate', { owner: 'bob' }),
      certificate.der,
      'registration',
    ),
    say('narration.ca-signs', {
      name: 'bob',
      fingerprint: bobInfo.fingerprint.short,
      until: certificate.certificate.notAfter.toISOString().slice(0, 10),
    }),
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
    certificatePacket(
      run.nextAddress('bob', 'alice'),
      say('packet.certificate', { owner: 'bob' }),
      certificate.der,
    ),
    say('narration.sends-certificate', { actor: 'bob', to: 'alice' }),
  );
  if (arrived.kind !== 'certificate') {
    return refuse(
      run,
      'certificate.required',
      say('check.certificate-required'),
      say('detail.certificate-required', { actor: 'alice' }),
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
      detail: say('detail.x509', { text: check.detail }),
      packetId: arrived.id,
      narration: say('narration.certificate-check', {
        actor: 'alice',
        label: say('detail.x509', { text: check.label }),
        passed: check.passed ? 'yes' : 'no',
        detail: say('detail.x509', { text: check.detail }),
      }),
    });
  }
  const failed = verdict.checks.find((c) => !c.passed);
  if (failed) {
    run.emit({
      type: 'aborted',
      actor: 'alice',
      reason: say('detail.x509', { text: failed.detail }),
      check: `certificate.${failed.id}`,
      narration: say('narration.rejects-certificate', { actor: 'alice', expected: 'bob' }),
    });
    return null;
  }
  return verdict.certificate.publicKeySpki;
}

function refuse(run: Run, check: CheckId, label: EngineText, detail: EngineText): null {
  run.emit({
    type: 'check',
    actor: 'alice',
    check,
    passed: false,
    detail,
    narration: say('narration.certificate-check', { actor: 'alice', label, passed: 'no', detail }),
  });
  run.emit({
    type: 'aborted',
    actor: 'alice',
    reason: detail,
    check,
    narration: say('narration.stops-sends-nothing', { actor: 'alice' }),
  });
  return null;
}
