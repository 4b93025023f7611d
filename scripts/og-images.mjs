// Makes the link-preview image of each lesson, public/og/<lesson>.png (1200×630): the stage
// of the lesson's first step at its pause, as an embed shows it, in the light theme. Run it by
// hand when a lesson's stage changes, and commit the images; the build only links them.
//   npm run build && node scripts/og-images.mjs
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const OUT = 'public/og';
const SITE = 'https://handshake-lab.test';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

mkdirSync(OUT, { recursive: true });
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  // The built site, answered from dist/ without a server (an https origin: WebCrypto works).
  await page.route(`${SITE}/**`, (route) => {
    let path = join('dist', decodeURIComponent(new URL(route.request().url()).pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(path), contentType: TYPES[extname(path)] });
  });
  for (const id of readdirSync('dist/lesson')) {
    await page.goto(`${SITE}/lesson/${id}/1/?embed=1&theme=light`);
    await page.locator('[data-testid="stage"][aria-busy="false"]').waitFor();
    // The presenter's → plays the step's own part, packet by packet, up to its pause.
    await page.getByTestId('stage-caption').click();
    for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${id}.png` });
    console.log(`${OUT}/${id}.png`);
  }
} finally {
  await browser.close();
}
