import type { BrowserContext } from 'playwright-core';

export interface RequestLog {
  /** Every URL requested, in order. */
  readonly all: string[];
  /** Requests to anything but the allowed origins (data:, blob:, chrome-extension: excepted). */
  foreign(): string[];
}

/**
 * Records every request a context makes (pages, frames, workers, the extension's pages),
 * to prove that nothing goes to a third party: government sites may load nothing from outside.
 */
export function recordRequests(context: BrowserContext, allowedOrigins: string[]): RequestLog {
  const all: string[] = [];
  context.on('request', (request) => {
    all.push(request.url());
  });
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return {
    all,
    foreign: () =>
      all.filter((url) => {
        const { protocol, origin } = new URL(url);
        if (['data:', 'blob:', 'chrome-extension:', 'about:'].includes(protocol)) return false;
        return !allowed.has(origin);
      }),
  };
}
