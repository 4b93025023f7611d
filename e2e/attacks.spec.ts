import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPENSSL_COMMANDS } from '../web/crypto/x509-openssl-commands.ts';
import { expect, test } from './fixtures.ts';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('tampering: Oscar picks a byte and a character, and Bob reads what Oscar chose', async ({
  lab,
  page,
}) => {
  await lab.openStep('tampering', 3);
  await lab.playToEnd();
  const picker = page.getByTestId('tamper-byte');
  await picker.getByTestId('tamper-char').fill('7');
  await picker.getByRole('button', { name: /^5 [0-9a-f]{2}\b/ }).click();
  await expect(picker.getByTestId('tamper-xor')).toContainText(
    'XOR mask for byte 5: 0x30 (“0”) XOR 0x37 (“7”) = 0x07',
  );
  await lab.playToEnd();
  await expect(lab.narration).toContainText('Text is: "pay 170 to Carol"');
  await lab.expectOutcome('1 message accepted that the sender never wrote');
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
});

test('tampering: the byte picker maps bytes to bytes, for "pay 100 € to Zoë"', async ({
  lab,
  page,
}) => {
  await lab.openStep('tampering', 3);
  await lab.sendMessage('pay 100 € to Zoë');
  await lab.playToEnd();
  const picker = page.getByTestId('tamper-byte');
  await picker.getByTestId('tamper-char').fill('C');
  // € is three bytes in UTF-8, so "Z" is byte 15 (its UTF-16 position is 13).
  await picker.getByRole('button', { name: /^15 [0-9a-f]{2}\b/ }).click();
  await expect(picker.getByTestId('tamper-xor')).toContainText(
    'XOR mask for byte 15: 0x5a (“Z”) XOR 0x43 (“C”) = 0x19',
  );
  await lab.playToEnd();
  await expect(lab.narration).toContainText('Text is: "pay 100 € to Coë"');
  lab.expectCleanSession();
});

test('certificates: each forgery is stopped by its check, except a compromised CA', async ({
  lab,
  page,
}) => {
  await lab.openStep('certificate-authority', 3);
  const stoppedBy: [string, string][] = [
    ['No certificate: just his own public key', 'A certificate is required'],
    ['A self-signed certificate claiming “bob”', 'Signed by a CA Alice trusts. No'],
    ['His own valid certificate, for “oscar”', 'Issued to the name Alice wanted. No'],
    ['Bob’s certificate with the key replaced', 'does not verify'],
    ['An expired certificate for “bob”', 'Within its validity period. No'],
  ];
  for (const [forgery, check] of stoppedBy) {
    await page.getByTestId('forgery-picker').getByRole('radio', { name: forgery }).check();
    await lab.waitUntilComputed();
    await lab.playToEnd();
    await lab.expectOutcome('Oscar is caught.');
    await expect(lab.narration).toContainText(check);
  }
  await page
    .getByTestId('forgery-picker')
    .getByRole('radio', { name: 'A “bob” certificate from a compromised CA' })
    .check();
  await lab.waitUntilComputed();
  await lab.playToEnd();
  await lab.expectOutcome('Oscar read 2 of 2 messages; Alice and Bob detected nothing.');
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
});

test('certificates: the exported files pass OpenSSL, and Bob’s key unwraps the session key', async ({
  lab,
  page,
}) => {
  test.skip(!hasOpenssl(), 'openssl is not installed on this machine');
  await lab.openStep('certificate-authority', 5);
  await lab.playToEnd();
  const dir = mkdtempSync(join(tmpdir(), 'handshake-export-'));
  const panel = page.getByTestId('certificate-export');
  for (const name of ['ca.pem', 'bob.pem', 'bob-key.pem', 'bob-pub.pem', 'wrapped.bin']) {
    const download = page.waitForEvent('download');
    await panel.getByTestId(`download-${name}`).click();
    await (await download).saveAs(join(dir, name));
  }
  const run = (id: string) => {
    const command = OPENSSL_COMMANDS.find((c) => c.id === id);
    if (!command) throw new Error(`no command ${id}`);
    const [program = 'openssl', ...args] = command.argv;
    return execFileSync(program, args, { cwd: dir, encoding: 'utf8' });
  };
  expect(run('show-certificate')).toMatch(/Subject: CN ?= ?bob/);
  expect(run('verify-chain').trim()).toBe('bob.pem: OK');
  run('unwrap-key');
  const aesKey = readFileSync(join(dir, 'aes-key.bin'));
  expect(aesKey.length).toBe(32);
  // The stage names keys by the first 4 bytes of their SHA-256: Bob holds this very key.
  const short = createHash('sha256')
    .update(aesKey)
    .digest('hex')
    .slice(0, 8)
    .toUpperCase()
    .match(/../g)
    ?.join(':');
  await expect(page.getByTestId('knows-bob')).toContainText(new RegExp(`AES-256\\s*${short}`));
  lab.expectCleanSession();
});

test('paste: garbage gets a clear message, a real certificate is read and can be handed to Oscar', async ({
  lab,
  page,
}) => {
  await lab.openStep('certificate-authority', 6);
  await lab.playToEnd();
  const outcomeBefore = await lab.outcome.textContent();
  const paste = page.getByTestId('paste-pem');
  await paste.getByTestId('paste-input').fill('this is not a certificate');
  await paste.getByTestId('paste-read').click();
  await expect(paste.getByTestId('paste-problem')).toContainText('No PEM block found');
  await expect(lab.outcome).toHaveText(outcomeBefore ?? '');

  await paste
    .getByTestId('paste-input')
    .fill('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----');
  await paste.getByTestId('paste-read').click();
  await expect(paste.getByTestId('paste-problem')).not.toBeEmpty();

  // The CA's own root, as a student might copy it from the export panel.
  await lab.openStep('certificate-authority', 5);
  await lab.playToEnd();
  const root = page.getByTestId('certificate-export');
  await root.getByText('Show ca.pem').click();
  const pem = (await root.getByTestId('pem-ca.pem').textContent()) ?? '';
  await lab.openStep('certificate-authority', 6);
  await paste.getByTestId('paste-input').fill(pem);
  await paste.getByTestId('paste-read').click();
  await expect(paste.getByTestId('paste-result')).toContainText('Subject: Handshake Lab Root CA');
  await paste.getByTestId('paste-use').click();
  await lab.waitUntilComputed();
  await lab.playToEnd();
  await lab.expectOutcome('Oscar is caught.');
  await expect(lab.narration).toContainText(
    "no subjectAltName; the common name 'Handshake Lab Root CA' does not count, Alice wanted 'bob'",
  );
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
});
