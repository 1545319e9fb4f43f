/**
 * Makes sure the real-browser tests have their browsers: Debian's Chromium and Firefox ESR.
 * Run by `npm test` before vitest. For each: its variable (CHROME_PATH, FIREFOX_PATH), then
 * the Debian package's path; whatever is still missing is installed with apt-get when we are
 * root on Debian, and otherwise we stop and say what to do. Nothing is downloaded from
 * anywhere else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, FIREFOX_ESR, findBrowser, type TestBrowser } from '../test/browser/browser-path';

function fail(message: string): never {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

const missing: TestBrowser[] = [];
for (const browser of [CHROMIUM, FIREFOX_ESR]) {
  const found = findBrowser(browser);
  if (found.problem) fail(found.problem);
  if (found.path) console.log(`${browser.name} for browser tests: ${found.path}`);
  else missing.push(browser);
}
if (missing.length === 0) process.exit(0);

const packages = missing.map((browser) => browser.debianPackage);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  fail(
    `The browser tests need ${missing.map((browser) => browser.name).join(' and ')}, not found.\n` +
      `  Install Debian's packages:  sudo apt-get install ${packages.join(' ')}\n` +
      missing
        .map(
          (browser) =>
            `  or point at another ${browser.name} build:  ${browser.envVar}=/path/to/${browser.debianPackage} npm test`,
        )
        .join('\n'),
  );
}

console.log(`Installing Debian's ${packages.join(', ')} for the browser tests (running as root)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    fail(
      `apt-get ${args.join(' ')} failed (exit ${result.status}).\n` +
        `  Install by hand: apt-get install ${packages.join(' ')}, or set ${missing.map((browser) => browser.envVar).join(' / ')}.`,
    );
  }
}
for (const browser of missing) {
  const found = findBrowser(browser);
  if (!found.path) fail(`apt-get finished but ${browser.debianPath} is still missing.`);
  console.log(`${browser.name} for browser tests: ${found.path}`);
}
