import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Fast tests in Node: core logic, CLI, extension services on WXT's fakeBrowser.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['test/setup/fake-indexeddb.ts'],
          include: [
            'core/**/*.test.ts',
            'cli/**/*.test.ts',
            'extension/**/*.test.{ts,tsx}',
            'demo-site/**/*.test.ts',
            'test/*.test.ts',
          ],
        },
      },
      {
        // Real Chromium through playwright-core, against the built widgets and extension
        // served by the demo server (started once in global-setup.ts).
        test: {
          name: 'browser',
          environment: 'node',
          include: ['widgets/**/*.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
