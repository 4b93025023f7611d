// Which Chromium the tests drive: CHROMIUM_PATH if set, else the system's, else Playwright's own.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The executable to launch, or undefined to let Playwright use the browser it downloaded. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}
