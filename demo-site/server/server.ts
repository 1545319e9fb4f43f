import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { renderCmsPage } from './cms-pages';
import { renderReceivedPage } from './received-page';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/**
 * URL prefixes and the folders they serve. Everything the demo pages load comes from this
 * server: government sites may not load anything from a third party, and neither does the demo.
 */
const MOUNTS: ReadonlyArray<readonly [prefix: string, dir: string]> = [
  ['/widgets/', join(repoRoot, 'dist', 'widgets')],
  ['/vendor/tinymce/', join(repoRoot, 'node_modules', 'tinymce')],
  ['/vendor/ckeditor4/', join(repoRoot, 'node_modules', 'ckeditor4')],
  ['/vendor/ckeditor5/', join(repoRoot, 'node_modules', 'ckeditor5', 'dist', 'browser')],
  ['/vendor/kindeditor/', join(repoRoot, 'node_modules', 'kindeditor')],
  ['/vendor/wangeditor/', join(repoRoot, 'node_modules', '@wangeditor', 'editor', 'dist')],
  // The npm `ueditor` package ships Baidu's UEditor 1.4.3 full build in its example app.
  ['/vendor/ueditor/', join(repoRoot, 'node_modules', 'ueditor', 'example', 'public', 'ueditor')],
  ['/vendor/webcomponentsjs/', join(repoRoot, 'node_modules', '@webcomponents', 'webcomponentsjs')],
  ['/', join(repoRoot, 'demo-site', 'public')],
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the fake CMS received on one publish request, kept so tests can assert on it. */
export interface ReceivedPublication {
  readonly at: string;
  readonly path: string;
  readonly contentType: string;
  readonly fields: Record<string, string>;
}

export interface DemoServer {
  readonly url: string;
  readonly port: number;
  /** Publications received since start, oldest first. */
  readonly received: readonly ReceivedPublication[];
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Serves `demo-site/public` plus the built widgets and vendored editors, and plays the legacy
 * CMS back end: `POST /cms/publish` (form or JSON) answers with a page showing what arrived.
 *
 * @example const server = await startDemoServer(); console.log(server.url); await server.close();
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const received: ReceivedPublication[] = [];

  const server = createServer((request, response) => {
    handle(request, response, received).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';

  return {
    url: `http://${host}:${port}`,
    port,
    received,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  received: ReceivedPublication[],
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');

  if (url.pathname === '/cms/publish' && request.method === 'POST') {
    const publication = await readPublication(request, url.pathname);
    received.push(publication);
    const wantsJson = (request.headers.accept ?? '').includes('application/json');
    if (wantsJson) {
      send(response, 200, 'application/json; charset=utf-8', JSON.stringify(publication));
    } else {
      send(response, 200, CONTENT_TYPES['.html']!, renderReceivedPage(publication));
    }
    return;
  }
  if (url.pathname === '/cms/received' && request.method === 'GET') {
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(received));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return;
  }
  const cmsPage = renderCmsPage(url.pathname === '/cms/index.html' ? '/cms/' : url.pathname);
  if (cmsPage !== undefined) {
    send(response, 200, CONTENT_TYPES['.html']!, request.method === 'HEAD' ? '' : cmsPage);
    return;
  }
  await serveStatic(url.pathname, request, response);
}

async function serveStatic(
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
    return;
  }
  for (const [prefix, dir] of MOUNTS) {
    if (!decoded.startsWith(prefix)) continue;
    let file = normalize(join(dir, decoded.slice(prefix.length)));
    // Refuse anything that resolves outside the mounted folder (../ tricks).
    if (file !== dir && !file.startsWith(dir + sep)) break;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
    }
    const fileInfo = info?.isDirectory() ? await stat(file).catch(() => undefined) : info;
    if (!fileInfo?.isFile()) continue;
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': fileInfo.size,
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
    return;
  }
  send(response, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
}

async function readPublication(
  request: IncomingMessage,
  path: string,
): Promise<ReceivedPublication> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  const contentType = request.headers['content-type'] ?? '';
  let fields: Record<string, string> = {};
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object') {
      fields = Object.fromEntries(
        Object.entries(parsed).map(([key, value]) => [
          key,
          typeof value === 'string' ? value : JSON.stringify(value),
        ]),
      );
    }
  } else {
    fields = Object.fromEntries(new URLSearchParams(body));
  }
  return { at: new Date().toISOString(), path, contentType, fields };
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(body);
}
