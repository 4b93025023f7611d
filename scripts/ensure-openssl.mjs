// Makes sure the unit tests have the openssl command, installing it when it can. The
// OpenSSL interoperability tests are never skipped: without openssl, npm test stops here.
import { spawnSync } from 'node:child_process';
import { aptInstall } from './install.mjs';

const hasOpenssl = () => spawnSync('openssl', ['version']).status === 0;

if (!hasOpenssl()) {
  console.log('No openssl found for the OpenSSL interoperability tests; getting it.');
  const installed = aptInstall('openssl');
  if (!installed || !hasOpenssl()) {
    console.error(
      [
        'Could not get openssl for the unit tests. Install it, then run npm test again:',
        '  Debian/Ubuntu (as root):  apt-get install openssl',
        '  macOS:                    brew install openssl',
        '  Fedora:                   dnf install openssl',
      ].join('\n'),
    );
    process.exit(1);
  }
}
