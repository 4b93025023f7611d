// Draws the site's icon, public/favicon.svg, into the PNGs the pages link: favicon.png (32×32,
// the browser tab) and apple-touch-icon.png (180×180, a phone's home screen). The pages link
// PNGs, not the SVG: a browser draws an SVG icon as a small document of its own, on the page's
// main thread, while the page is starting (10–90 ms on a phone). Run it by hand when the SVG
// changes, and commit the images.
//   node scripts/favicon.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const SIZES = { 'public/favicon.png': 32, 'public/apple-touch-icon.png': 180 };

const svg = readFileSync('public/favicon.svg', 'utf8');
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  for (const [path, size] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
    await page.locator('svg').screenshot({ path, omitBackground: true });
    await page.close();
    console.log(path);
  }
} finally {
  await browser.close();
}
