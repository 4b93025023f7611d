// Makes sure the end-to-end tests have a Chromium to drive, installing one when it can.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

function hasBrowser() {
  const path = chromiumPath();
  if (path) return existsSync(path);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

function canApt() {
  try {
    return process.getuid?.() === 0 && execFileSync('sh', ['-c', 'command -v apt-get']).length > 0;
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
  const installed =
    (canApt() &&
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium'])) ||
    run('npx', ['playwright', 'install', 'chromium']);
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
