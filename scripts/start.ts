/**
 * `npm start`: builds the widgets and the extension, then serves the demo site on localhost.
 * PORT and HOST override where it listens (default 127.0.0.1:8080, or a free port if taken).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startDemoServer } from '../demo-site/server/server';

const root = resolve(import.meta.dirname, '..');

function run(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ npm run ${script} failed; the demo was not started.`);
    process.exit(result.status ?? 1);
  }
}

async function listen() {
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 8080);
  try {
    return await startDemoServer({ host, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || process.env.PORT) throw error;
    console.warn(`Port ${port} is busy; using a free port instead.`);
    return startDemoServer({ host, port: 0 });
  }
}

run('build');
const server = await listen();
const extensionDir = resolve(root, '.output', 'chrome-mv3');

console.log(`
Gongshi demo is running (Ctrl+C to stop)

  County portal (widgets):   ${server.url}/
  Legacy CMS (editor):       ${server.url}/cms/

Browser extension (unpacked): ${extensionDir}
  Load it in Chromium or Chrome: open chrome://extensions, switch on Developer mode
  (开发者模式), click "Load unpacked" (加载已解压的扩展程序) and choose the folder above.
  Then open the CMS page, click the 公示助手 toolbar icon and choose 在此网站启用.
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
