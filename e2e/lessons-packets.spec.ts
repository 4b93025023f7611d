import { expect, test } from './fixtures.ts';

// What the packet inspector shows of a lesson's run: sizes and fields, read from the real packets.

test('sealed envelope: the wrapped key is 256 bytes and the ciphertext is not text', async ({
  lab,
}) => {
  await lab.openStep('sealed-envelope', 3);
  await lab.playToEnd();

  await lab.inspect(/wrapped AES key/);
  await expect(lab.packetLayout).toHaveText('wrapped key 256 B');

  await lab.inspect(/Alice → Bob: an encrypted message/);
  await expect(lab.packetLayout).toHaveText(/^iv 12 B \| ciphertext \d+ B \| tag 16 B$/);
  await expect(lab.fieldText('ciphertext')).toContainText('not valid UTF-8');
  lab.expectCleanSession();
});

test('postcards: the message field reads as the text Alice wrote', async ({ lab }) => {
  await lab.openStep('postcards', 2);
  await lab.playToEnd();

  const message = await lab.messageInput.inputValue();
  expect(message).not.toBe('');
  await lab.inspect(/Alice → Bob: a message/);
  await expect(lab.fieldText('text')).toHaveText(message);
  lab.expectCleanSession();
});
