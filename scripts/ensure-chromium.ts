/**
 * Makes sure the real-browser tests have Debian's Chromium. Run by `npm test` before vitest.
 * Order: $CHROME_PATH, then /usr/bin/chromium; if neither exists and we are root on Debian,
 * install the `chromium` package with apt-get; otherwise stop with what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_CHROMIUM, findChromium } from '../test/browser/chromium-path';

function fail(message: string): never {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

const found = findChromium();
if (found.path) {
  console.log(`Chromium for browser tests: ${found.path}`);
  process.exit(0);
}
if (found.problem) fail(found.problem);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  fail(
    'The browser tests need Chromium and none was found.\n' +
      "  Install Debian's package:  sudo apt-get install chromium\n" +
      '  or point at another Chromium build:  CHROME_PATH=/path/to/chromium npm test',
  );
}

console.log('Chromium not found: installing Debian\'s "chromium" package (running as root)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    fail(
      `apt-get ${args.join(' ')} failed (exit ${result.status}).\n` +
        '  Install it by hand: apt-get install chromium, or set CHROME_PATH.',
    );
  }
}
if (!existsSync(DEBIAN_CHROMIUM)) fail(`apt-get finished but ${DEBIAN_CHROMIUM} is still missing.`);
console.log(`Chromium for browser tests: ${DEBIAN_CHROMIUM}`);
