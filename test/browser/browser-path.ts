import { accessSync, constants } from 'node:fs';

/**
 * A browser the real-browser tests drive: always a Debian package (or one the developer
 * names), never a download.
 */
export interface TestBrowser {
  /** How messages name it. */
  readonly name: string;
  /** The variable that points the tests at another build of it. */
  readonly envVar: string;
  /** Where Debian's package puts it. */
  readonly debianPath: string;
  /** The Debian package `npm test` installs as root when it is missing. */
  readonly debianPackage: string;
}

export const CHROMIUM: TestBrowser = {
  name: 'Chromium',
  envVar: 'CHROME_PATH',
  debianPath: '/usr/bin/chromium',
  debianPackage: 'chromium',
};

export const FIREFOX_ESR: TestBrowser = {
  name: 'Firefox ESR',
  envVar: 'FIREFOX_PATH',
  debianPath: '/usr/bin/firefox-esr',
  debianPackage: 'firefox-esr',
};

export interface BrowserLookup {
  readonly path?: string;
  /** Set when the variable names something unusable: that is an error, not a fallback. */
  readonly problem?: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where to find `browser`: its variable when set, else the Debian package if installed. */
export function findBrowser(
  browser: TestBrowser,
  env: NodeJS.ProcessEnv = process.env,
): BrowserLookup {
  const override = env[browser.envVar]?.trim();
  if (override) {
    return isExecutable(override)
      ? { path: override }
      : { problem: `${browser.envVar} is set to ${override}, which is not an executable file.` };
  }
  return isExecutable(browser.debianPath) ? { path: browser.debianPath } : {};
}

/** The executable to launch, or an error that says how to get one. */
export function browserExecutable(browser: TestBrowser): string {
  const found = findBrowser(browser);
  if (found.path) return found.path;
  throw new Error(
    found.problem ??
      `${browser.name} not found. Run \`npm test\` (as root it installs Debian's ${browser.debianPackage}) or set ${browser.envVar}.`,
  );
}
