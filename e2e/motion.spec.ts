import { expect, test } from './fixtures.ts';

// The one spec that watches real animation: no skip flag, and no reduced-motion preference.
test.use({ skipAnimations: false, contextOptions: { reducedMotion: 'no-preference' } });

test('at 2× the packet travels along the wire', async ({ lab, page }) => {
  await lab.openStep('postcards', 2);
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
    false,
  );

  // The step starts playing by itself at 1×: pause, switch to 2×, then press Play.
  const play = page.getByTestId('play');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await play.click();
  await expect(play).toHaveText('Play');
  await lab.setSpeed('2');

  // Every animation frame until the outcome appears, record where the packet is.
  const positions = page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const xs: number[] = [];
        const frame = () => {
          const sprite = document.querySelector('[data-testid="packet-sprite"]');
          if (sprite) xs.push(Math.round(sprite.getBoundingClientRect().x));
          if (document.querySelector('[data-testid="outcome"]')) resolve(xs);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  await play.click();
  await expect(play).toHaveText('Pause');
  await expect(lab.outcome).toBeVisible({ timeout: 30_000 });
  await lab.expectOutcome('Oscar read 2 of 2 messages');

  const xs = await positions;
  expect(new Set(xs).size, 'the packet changes position').toBeGreaterThan(1);
  // Jumping shows only the stops (Alice, Oscar, Bob; a few pixels apart at Oscar's thicker
  // border): 5 positions when measured. Gliding shows dozens of frames between them.
  expect(new Set(xs).size, 'positions seen between the stops').toBeGreaterThan(15);
  lab.expectCleanSession();
});
