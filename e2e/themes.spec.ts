import { expect, stepHash, test } from './fixtures.ts';
import { textSmallerThan } from './legibility.ts';
import { LESSONS } from './lesson-words.ts';

const THEMES = ['light', 'dark', 'projector'] as const;
const PAGE = { width: 1280, height: 800 };
const EMBED = { width: 960, height: 540 };
/** Legible from the back row: the smallest text an embed may show, in CSS pixels. */
const SMALLEST_EMBED_TEXT = 14;

// One page per lesson: each theme and view is opened once by URL, then every step by its hash.
for (const lesson of LESSONS) {
  test(`${lesson.id}: axe finds nothing in any theme, page or embed; embed text ≥ 14 px`, async ({
    lab,
    page,
  }) => {
    test.setTimeout(60_000 + lesson.steps.length * THEMES.length * 2 * 6_000);
    for (const theme of THEMES) {
      for (const embed of [false, true]) {
        await page.setViewportSize(embed ? EMBED : PAGE);
        const query = `?${embed ? 'embed=1&' : ''}theme=${theme}`;
        await page.goto(`/${query}${stepHash(lesson.id, 1)}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        for (let n = 1; n <= lesson.steps.length; n++) {
          await test.step(`${theme}, ${embed ? 'embed' : 'page'}, step ${n}`, async () => {
            if (n > 1) {
              await page.evaluate(
                (hash) => {
                  window.location.hash = hash;
                },
                stepHash(lesson.id, n),
              );
            }
            await lab.expectStep(lesson.id, n, { embed });
            await lab.playToPause();
            await lab.expectNoAxeViolations();
            if (embed) {
              expect(await textSmallerThan(page, SMALLEST_EMBED_TEXT), 'text too small').toEqual(
                [],
              );
            }
          });
        }
      }
    }
    lab.expectCleanSession();
  });
}

test.describe('choosing a theme', () => {
  test('dark follows the system until a theme is chosen; the choice is remembered', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');

    const chooser = page.getByRole('combobox', { name: 'Theme' });
    await expect(chooser).toHaveValue('system');
    await chooser.selectOption('projector');
    await expect(html).toHaveAttribute('data-theme', 'projector');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'projector');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('projector');
  });

  test('?theme= in a link wins over the saved choice, and is not saved', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('handshake-lab:theme', 'dark');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(`/?embed=1&theme=projector${stepHash('postcards', 1)}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('an unknown saved theme or ?theme= value is ignored', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('handshake-lab:theme', '"><script>'));
    await page.goto('/?theme=neon#/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  });
});

test('a packet shows its protection as an icon and a word, not colour alone', async ({
  lab,
  page,
}) => {
  await lab.openStep('oscar-in-the-middle', 2);
  await lab.playToPause();
  const sprite = page.getByTestId('packet-sprite');
  // Whichever packet the step ends on, Oscar made it: a swapped key or a re-encrypted message.
  await expect(sprite).toHaveAttribute('data-protection', /^(open|locked)( signed)? forged$/);
  await expect(sprite).toContainText('forged by Oscar');
  await expect(sprite.locator('svg')).toHaveCount(2);
  await expect(sprite).toHaveAccessibleName(
    /: (open|locked), forged by Oscar\. Inspect its bytes\.$/,
  );
});
