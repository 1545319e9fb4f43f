import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDemoServer } from '../../demo-site/server/server';

const root = resolve(import.meta.dirname, '../..');

/** Starts the demo server on a free port for all browser tests, and stops it after. */
export default async function setup(project: TestProject) {
  const builds = [
    'dist/widgets/gongshi-widgets.js',
    '.output/chrome-mv3-e2e/manifest.json',
    '.output/firefox-mv2-e2e/manifest.json',
  ];
  for (const built of builds) {
    if (!existsSync(resolve(root, built))) {
      throw new Error(`${built} is missing: run the builds first (npm test does them for you).`);
    }
  }
  const server = await startDemoServer({ port: 0 });
  project.provide('demoUrl', server.url);
  return () => server.close();
}
