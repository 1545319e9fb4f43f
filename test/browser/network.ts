import type { BrowserContext } from 'playwright-core';

export interface RequestLog {
  /** Every URL requested, in order. */
  readonly all: string[];
  /** Requests to anything but the allowed origins (data:, blob:, the extension's own pages excepted). */
  foreign(): string[];
}

// Schemes that never leave the browser.
const LOCAL_PROTOCOLS = new Set([
  'data:',
  'blob:',
  'chrome-extension:',
  'moz-extension:',
  'about:',
]);

/** The URLs in `urls` that went anywhere but `allowedOrigins` (or stayed inside the browser). */
export function foreignRequests(urls: readonly string[], allowedOrigins: string[]): string[] {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return urls.filter((url) => {
    const { protocol, origin } = new URL(url);
    return !LOCAL_PROTOCOLS.has(protocol) && !allowed.has(origin);
  });
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
  return { all, foreign: () => foreignRequests(all, allowedOrigins) };
}
