import { afterAll, beforeAll } from 'vitest';
import {
  type ExtensionSession,
  launchChromiumWithExtension,
  waitForContentScriptRegistration,
} from './chromium';
import { demoUrl } from './demo-server';
import { type RequestLog, recordRequests } from './network';

/** What a suite gets from withExtension, filled in before its first test. */
export interface ExtensionSuite {
  readonly session: ExtensionSession;
  /** Every request the browser makes; the demo site's origin is the one allowed. */
  readonly requests: RequestLog;
}

/**
 * Runs the calling suite in one Chromium with the e2e extension loaded: launched, its requests
 * recorded and its content script registered before the first test, closed after the last.
 */
export function withExtension(): ExtensionSuite {
  const suite = {} as { session: ExtensionSession; requests: RequestLog };
  beforeAll(async () => {
    suite.session = await launchChromiumWithExtension();
    suite.requests = recordRequests(suite.session.context, [demoUrl()]);
    await waitForContentScriptRegistration(suite.session.serviceWorker);
  });
  afterAll(async () => {
    await suite.session?.close();
  });
  return suite;
}
