// Makes sure the end-to-end tests have a Chromium to drive, installing one when it can.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';
import { aptInstall, run } from './install.mjs';

function hasBrowser() {
  const path = chromiumPath();
  if (path) return existsSync(path);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(
    `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`,
  );
  process.exit(1);
}

if (!hasBrowser()) {
  console.log('No Chromium found for the end-to-end tests; getting one.');
  const installed = aptInstall('chromium') || run('npx', ['playwright', 'install', 'chromium']);
  if (!installed || !hasBrowser()) {
    console.error(
      [
        'Could not get a Chromium for the end-to-end tests. Install one, then run npm test again:',
        '  Debian/Ubuntu (as root):  apt-get install chromium',
        '  anywhere else:            npx playwright install chromium',
        '  or point to any Chromium: CHROMIUM_PATH=/path/to/chromium npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}
