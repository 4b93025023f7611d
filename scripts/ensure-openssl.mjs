// Makes sure the unit tests have the openssl command, installing it when it can. The
// OpenSSL interoperability tests are never skipped: without openssl, npm test stops here.
import { execFileSync, spawnSync } from 'node:child_process';

const hasOpenssl = () => spawnSync('openssl', ['version']).status === 0;

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

if (!hasOpenssl()) {
  console.log('No openssl found for the OpenSSL interoperability tests; getting it.');
  const installed =
    canApt() &&
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', 'openssl']);
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
