import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/browser-path.mjs';

const executablePath: string | undefined = chromiumPath();
const PORT = Number(process.env.BENCH_PORT ?? 4174);

/**
 * npm run bench: timing budgets (long tasks) in Chromium against the production build. One
 * test at a time and no retries, so a budget that fails, fails.
 */
export default defineConfig({
  testDir: 'bench',
  testMatch: '**/*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: { ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
