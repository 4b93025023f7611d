// node scripts/screenshots.mjs [baseURL] [filter] — screenshots of a few lesson steps at
// desktop (1280×800), 16:9 embed (960×540) and phone (390×844) sizes, in every theme, into
// screenshots/. Expects `npm run preview` to be running. `filter` keeps only the files whose
// name contains it (e.g. "projector" or "embed").
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const filter = process.argv[3] ?? '';
const shots = [
  ['sealed-envelope', 3],
  ['oscar-in-the-middle', 2],
  ['signatures', 3],
  ['mixing-secrets', 4],
  ['certificate-authority', 2],
];
const sizes = [
  ['desktop', 1280, 800, false],
  ['embed', 960, 540, true],
  ['phone', 390, 844, false],
];
const themes = ['light', 'dark', 'projector'];

mkdirSync('screenshots', { recursive: true });
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
for (const [lesson, step] of shots) {
  for (const [name, width, height, embed] of sizes) {
    for (const theme of themes) {
      const path = `screenshots/${lesson}-${step}-${name}-${theme}.png`;
      if (!path.includes(filter)) continue;
      const page = await browser.newPage({ viewport: { width, height } });
      const query = `?${embed ? 'embed=1&' : ''}theme=${theme}`;
      await page.goto(`${base}${query}#/lesson/${lesson}/${step}`);
      await page.getByTestId('speed').selectOption('instant');
      await page.locator('[data-at-pause="true"]').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path, fullPage: !embed });
      console.log(path);
      await page.close();
    }
  }
}
await browser.close();
