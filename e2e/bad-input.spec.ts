import { toPem } from '../web/crypto/pem.ts';
import { selfSignedCertificate } from '../web/crypto/x509-issue.ts';
import { expect, lessonById, test } from './fixtures.ts';

/** No element may make the page scroll sideways. */
async function expectNoSidewaysScroll(page: import('@playwright/test').Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(clientWidth);
}

for (const size of [64_000, 1_000_000]) {
  test(`a ${size.toLocaleString('en')}-character paste stays whole and runs nothing until the user chooses`, async ({
    lab,
    page,
  }) => {
    await lab.openStep('postcards', 2);
    await lab.playToEnd();
    const before = await lab.narration.textContent();

    const pasted = `${'meet at noon. '.repeat(Math.ceil(size / 14))}`.slice(0, size);
    await lab.messageInput.focus();
    await lab.messageInput.fill('');
    await page.keyboard.insertText(pasted);

    await expect(page.getByTestId('message-hint')).toContainText(
      `This message is ${size.toLocaleString('en')} characters; the limit is 20,000.`,
    );
    expect(await lab.messageInput.evaluate((t: HTMLTextAreaElement) => t.value.length)).toBe(size);
    await lab.waitUntilComputed();
    expect(await lab.narration.textContent()).toBe(before);

    await lab.send.click();
    await expect(page.getByTestId('message-hint')).toContainText('the limit is 20,000');
    await lab.waitUntilComputed();
    expect(await lab.narration.textContent()).toBe(before);

    await page.getByRole('button', { name: 'Keep the first 20,000 characters' }).click();
    expect(await lab.messageInput.evaluate((t: HTMLTextAreaElement) => t.value)).toBe(
      pasted.slice(0, 20_000),
    );
    await expect(page.getByTestId('message-hint')).toHaveText(
      'This message has reached the limit of 20,000 characters.',
    );
    await lab.waitUntilComputed();
    expect(await lab.narration.textContent()).toBe(before);

    await lab.send.click();
    await lab.waitUntilComputed();
    await lab.playToEnd();
    await expect(lab.narration).toContainText(pasted.slice(19_950, 20_000));
    await lab.expectOutcome('Oscar read 2 of 2 messages');
    await lab.expectNoAxeViolations();
    lab.expectCleanSession();
  });
}

test('a message with a lone surrogate is refused, and nothing runs', async ({ lab, page }) => {
  await lab.openStep('postcards', 2);
  await lab.playToEnd();
  const before = await lab.narration.textContent();
  const outcome = await lab.outcome.textContent();
  // Typing cannot produce a lone surrogate; script can. Set it the way React listens for.
  await lab.messageInput.evaluate((textarea: HTMLTextAreaElement) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(textarea, 'x\ud800y\udc00z');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await lab.send.click();
  await expect(page.getByTestId('message-hint')).toContainText(
    'not well-formed Unicode: character 2 is U+D800',
  );
  await lab.waitUntilComputed();
  expect(await lab.narration.textContent()).toBe(before);
  // The outcome still speaks of the last message sent, which Bob did read exactly.
  await expect(lab.outcome).toHaveText(outcome ?? '');
  lab.expectCleanSession();
});

test('a sandbox link names every part it ignored, and a long bad value wraps', async ({
  lab,
  page,
}) => {
  const long = 'q'.repeat(10_000);
  await page.goto(
    `/#/sandbox?rsa=2048.0&aes=0x100&curve=%20auto&colour=red&exchange=ecdh&exchange=rsa&cipher=${long}`,
  );
  await lab.waitUntilComputed();
  const problems = page.getByTestId('sandbox-problems').getByRole('listitem');
  await expect(problems).toHaveCount(6);
  for (const part of ['rsa=2048.0', 'aes=0x100', 'curve= auto', 'colour=red', 'exchange=rsa']) {
    await expect(problems.filter({ hasText: `“${part}” was ignored` })).toHaveCount(1);
  }
  await expect(problems.filter({ hasText: `cipher=${'q'.repeat(40)}` })).toContainText('…');
  await expect(page.getByTestId('key-exchange')).toHaveValue('ecdh');
  await expectNoSidewaysScroll(page);
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
});

test('the PEM reader wraps the fingerprint and writes bidi controls out', async ({ lab, page }) => {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const { der } = await selfSignedCertificate({ subjectName: '\u202Eevil', keys });
  const step = lessonById('certificate-authority').steps.findIndex((s) => s.widget === 'paste-pem');
  await lab.openStep('certificate-authority', step + 1);

  await page.getByTestId('paste-input').fill(toPem('CERTIFICATE', der));
  await page.getByTestId('paste-read').click();
  const result = page.getByTestId('paste-result');
  await expect(result).toContainText('Subject: <U+202E>evil');
  expect(await result.textContent()).not.toContain('\u202E');

  const overflow = await page
    .getByTestId('paste-pem')
    .evaluate((panel) =>
      Array.from(panel.querySelectorAll('li'), (li) => li.scrollWidth - panel.clientWidth),
    );
  expect(Math.max(...overflow), 'widest line beyond its panel (px)').toBeLessThanOrEqual(0);
  await expectNoSidewaysScroll(page);
  lab.expectCleanSession();
});
