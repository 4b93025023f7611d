import { expect, test } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Embed this step" copies a 16:9 frame and a plain link, by keyboard, axe clean', async ({
  lab,
  page,
  baseURL,
}) => {
  await lab.openStep('oscar-in-the-middle', 2);
  const opener = page.getByRole('button', { name: 'Embed this step' });
  await opener.focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Embed this step' });
  await expect(dialog).toBeVisible();
  const frame = dialog.getByRole('textbox', { name: 'Frame for a slide (HTML)' });
  const app = `${baseURL}/`;
  await expect(frame).toHaveValue(
    [
      `<iframe src="${app}lesson/oscar-in-the-middle/2/?embed=1"`,
      '        width="960" height="540" title="Handshake Lab: Oscar swaps the key"',
      '        style="border: 0"></iframe>',
    ].join('\n'),
  );
  const link = dialog.getByRole('textbox', { name: 'Plain link' });
  await expect(link).toHaveValue(`${app}lesson/oscar-in-the-middle/2/`);
  for (const tool of ['reveal.js', 'Google Slides', 'An LMS page'])
    await expect(dialog.getByRole('listitem').filter({ hasText: tool })).toHaveCount(1);
  await lab.expectNoAxeViolations();

  await dialog.getByRole('button', { name: 'Copy frame for a slide' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await frame.inputValue());
  await dialog.getByRole('button', { name: 'Copy plain link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());

  // Options: the size, and the one deck origin that may drive the frame.
  await dialog.getByRole('combobox', { name: 'Size' }).selectOption('1280 × 720');
  await expect(frame).toHaveValue(/width="1280" height="720"/);
  const origin = dialog.getByRole('textbox', { name: /Only this deck may drive it/ });
  await origin.fill('https://slides.example.org/deck');
  await expect(origin).toHaveAttribute('aria-invalid', 'true');
  await expect(frame).not.toHaveValue(/parent=/);
  await origin.fill('https://slides.example.org');
  await expect(frame).toHaveValue(/\?embed=1&amp;parent=https%3A%2F%2Fslides\.example\.org"/);
  await lab.expectNoAxeViolations();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // The link it gave opens this very step in the embed.
  await page.goto('/lesson/oscar-in-the-middle/2/?embed=1');
  await lab.expectStep('oscar-in-the-middle', 2, { embed: true });
  lab.expectCleanSession();
});
