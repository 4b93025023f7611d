import { expect, type Lab, test } from './fixtures.ts';

/** Sends Alice's message; Bob's own narration lines must quote it back, decrypted. */
async function sendAndExpectBobReads(lab: Lab, message: string) {
  await lab.sendMessage(message);
  await expect(lab.page.getByTestId('message-hint')).toHaveCount(0);
  await lab.waitUntilComputed();
  await lab.playToEnd();
  await lab.narrationOf('Bob');
  await expect(lab.narration).toContainText(`"${message}"`);
  await lab.narrationOf('Everyone');
  await lab.expectOutcome('Oscar read 0 of 2 messages');
}

test('an empty message gets a hint and leaves the trace alone', async ({ lab, page }) => {
  await lab.openStep('postcards', 2);
  await lab.playToEnd();
  const progress = await lab.progressCount();
  const narration = await lab.narration.textContent();

  await lab.messageInput.fill('');
  await lab.send.click();
  await expect(page.getByTestId('message-hint')).toContainText('Type a message first');
  await expect(lab.messageInput).toHaveAttribute('aria-invalid', 'true');

  await lab.waitUntilComputed();
  expect(await lab.progressCount()).toEqual(progress);
  expect(await lab.narration.textContent()).toBe(narration);
  await lab.expectOutcome('Oscar read 2 of 2 messages');
  lab.expectCleanSession();
});

const MESSAGES = [
  {
    name: 'a 10,000-character message',
    // "0000-meet 0001-meet …": every position is different, so a lost chunk shows.
    text: `${Array.from({ length: 1000 }, (_, i) => `${String(i).padStart(4, '0')}-meet`).join(' ')}!`,
  },
  { name: 'an emoji message', text: 'Meet at the 🏛️ at 3 🕒, bring 👩🏽‍💻 and 🇫🇷 🍰' },
  { name: 'a right-to-left message', text: 'ניפגש בכיכר המרכזית בשלוש, בסדר?' },
];

test('the long message really is 10,000 characters', () => {
  expect(MESSAGES[0]?.text).toHaveLength(10_000);
});

for (const { name, text } of MESSAGES) {
  test(`sealed envelope carries ${name}`, async ({ lab }) => {
    await lab.openStep('sealed-envelope', 3);
    await sendAndExpectBobReads(lab, text);
    lab.expectCleanSession();
  });
}

test('markup in a message is shown as text, never run', async ({ lab, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';

  await lab.openStep('sealed-envelope', 3);
  await sendAndExpectBobReads(lab, markup);
  await expect(lab.narration.locator('img')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  lab.expectCleanSession();
});

test('RSA-4096 makes the wrapped key 512 bytes', async ({ lab, page }) => {
  test.slow(); // two RSA-4096 key pairs (Bob's and Oscar's) are generated in the page
  await lab.openStep('sealed-envelope', 4);
  await lab.playToEnd();
  await lab.inspect(/wrapped AES key/);
  await expect(lab.packetLayout).toHaveText('wrapped key 256 B');

  await page.getByTestId('rsa-bits').selectOption('4096');
  await lab.waitUntilComputed(60_000);
  await expect(lab.narration).toContainText('Bob has an RSA-4096 key pair');
  await lab.inspect(/wrapped AES key/);
  await expect(lab.packetLayout).toHaveText('wrapped key 512 B');
  await lab.expectOutcome('Oscar read 0 of 2 messages');
  lab.expectCleanSession();
});

test('"New keys" gives Bob a new key pair', async ({ lab, page }) => {
  // The step that pauses at the end of the run, where the outcome is shown.
  await lab.openStep('sealed-envelope', 3);
  await lab.playToEnd();
  const bobsKeyPair = page
    .getByTestId('party-bob')
    .getByRole('listitem')
    .filter({ hasText: 'RSA' });
  const before = (await bobsKeyPair.textContent()) ?? '';
  expect(before).toMatch(/RSA.*[0-9A-F]{2}:[0-9A-F]{2}/);

  await page.getByTestId('new-keys').click();
  await lab.waitUntilComputed();
  await expect(bobsKeyPair).not.toHaveText(before);
  await expect(bobsKeyPair).toHaveText(/RSA.*[0-9A-F]{2}:[0-9A-F]{2}/);
  await lab.expectOutcome('Oscar read 0 of 2 messages');
  lab.expectCleanSession();
});
