import { chromium } from '@playwright/test';
const [,, url, out, w, h, theme] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, reducedMotion: 'reduce' });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForSelector('[data-testid="search-result"]', { timeout: 60000 }).catch(() => console.log('no search result'));
await page.waitForTimeout(1500);
const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
console.log('scrollWidth', sw);
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
 if (process.env.SCROLL) { await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL)); await page.screenshot({ path: out.replace('.png', '-b.png') }); }
console.log(await page.evaluate(() => document.querySelector('[data-testid="search-result"]')?.textContent));
await browser.close();
