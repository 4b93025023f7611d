// Makes the link-preview image of each lesson, public/og/<lesson>.png (1200×630): the stage
// of the lesson's first step at its pause, as an embed shows it. Run it by hand after a
// lesson's stage changes, and commit the images; the build only links them.
//   npm run build && node scripts/og-images.mjs [port]
import { mkdirSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';
import { serveDist } from './serve-dist.mjs';

const port = Number(process.argv[2] ?? 4180);
const OUT = 'public/og';
const lessonIds = readdirSync('dist/lesson');

mkdirSync(OUT, { recursive: true });
const server = await serveDist('dist', port);
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  for (const id of lessonIds) {
    await page.goto(`http://127.0.0.1:${port}/lesson/${id}/1/?embed=1&theme=light`);
    await page.locator('[data-testid="stage"]:not([aria-busy="true"])').waitFor();
    // The presenter's → plays the step's own part, packet by packet, up to its pause.
    for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/${id}.png` });
    console.log(`${OUT}/${id}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
