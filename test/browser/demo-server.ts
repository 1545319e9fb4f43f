import { inject } from 'vitest';

/**
 * The demo server started once for the browser tests (see global-setup.ts). Each test file
 * drives its own Chromium against it.
 */
export function demoUrl(path = '/'): string {
  return new URL(path, inject('demoUrl')).toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}
