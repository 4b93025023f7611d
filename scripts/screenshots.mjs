// node scripts/screenshots.mjs [baseURL] — screenshots of each lesson's key step at desktop,
// 16:9 embed and phone sizes, into screenshots/. Expects `npm run preview` to be running.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const shots = [
  ['postcards', 2],
  ['locked-box', 2],
  ['sealed-envelope', 3],
];
const sizes = [
  ['desktop', 1280, 800, ''],
  ['embed', 960, 540, '?embed=1'],
  ['phone', 390, 844, ''],
];

mkdirSync('screenshots', { recursive: true });
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
for (const [lesson, step] of shots) {
  for (const [name, width, height, query] of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${base}${query}#/lesson/${lesson}/${step}`);
    await page.getByTestId('speed').selectOption('instant');
    await page.getByTestId('outcome').waitFor();
    await page.waitForTimeout(300);
    const path = `screenshots/${lesson}-${step}-${name}.png`;
    await page.screenshot({ path, fullPage: name !== 'embed' });
    console.log(path);
    await page.close();
  }
}
await browser.close();
