import { accessSync, constants } from 'node:fs';

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumLookup {
  readonly path?: string;
  /** Set when CHROME_PATH names something unusable: that is an error, not a fallback. */
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

/** The browser the tests drive: $CHROME_PATH when set, else Debian's Chromium if installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const override = env.CHROME_PATH?.trim();
  if (override) {
    return isExecutable(override)
      ? { path: override }
      : { problem: `CHROME_PATH is set to ${override}, which is not an executable file.` };
  }
  return isExecutable(DEBIAN_CHROMIUM) ? { path: DEBIAN_CHROMIUM } : {};
}
