// Shared by the ensure-*.mjs scripts: run a command in view, and install a Debian package.
import { spawnSync } from 'node:child_process';

/** Runs a command with its output shown; true when it succeeded. */
export function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

/** Whether apt-get is here and we may use it (root). */
function canApt() {
  if (process.getuid?.() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
}

/** Installs a Debian package with apt-get when this machine allows it; true when it did. */
export function aptInstall(name) {
  return (
    canApt() && run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', name])
  );
}
