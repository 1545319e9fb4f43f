import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_PAGES } from './cms-pages';
import { type DemoServer, startDemoServer } from './server';

describe('demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it.each([
    ['/', 200, 'text/html'],
    ['/cms/', 200, 'text/html'],
    ['/vendor/tinymce/tinymce.min.js', 200, 'text/javascript'],
    ['/vendor/ckeditor4/ckeditor.js', 200, 'text/javascript'],
    ['/vendor/ckeditor5/ckeditor5.js', 200, 'text/javascript'],
    ['/vendor/kindeditor/kindeditor-all-min.js', 200, 'text/javascript'],
    ['/vendor/wangeditor/index.js', 200, 'text/javascript'],
    ['/cms/ueditor.html', 200, 'text/html'],
    ['/cms/ueditor143.html', 200, 'text/html'],
    ['/vendor/ueditor/ueditor.all.js', 200, 'text/javascript'],
    ['/vendor/ueditor/lang/zh-cn/zh-cn.js', 200, 'text/javascript'],
    ['/nope.html', 404, 'text/plain'],
    ['/..%2f..%2fpackage.json', 404, 'text/plain'],
    ['/%E0%A4%A', 400, 'text/plain'],
  ])('GET %s → %i', async (path, status, type) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain(type);
  });

  it.each(EDITOR_PAGES.map((page) => [page.path, page.label]))(
    'serves the %s editor page with its menu entry current',
    async (path, label) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain(`<a href="${path}" aria-current="page">${label}</a>`);
      expect(page).toContain(`<input type="hidden" name="editor" value="${label}">`);
      expect(page.match(/aria-current/g)).toHaveLength(1);
    },
  );

  it('shows and records what a form publish sent, escaped', async () => {
    const body = new URLSearchParams({ title: '决定书', content: '<p>罚款</p>' });
    const response = await fetch(`${server.url}/cms/publish`, { method: 'POST', body });
    const page = await response.text();
    expect(page).toContain('&lt;p&gt;罚款&lt;/p&gt;');
    expect(server.received.at(-1)?.fields).toEqual({ title: '决定书', content: '<p>罚款</p>' });
  });

  it('answers JSON to an AJAX publish', async () => {
    const response = await fetch(`${server.url}/cms/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ content: '正文', category: '行政处罚' }),
    });
    await expect(response.json()).resolves.toMatchObject({
      fields: { content: '正文', category: '行政处罚' },
    });
  });

  it('rejects other methods', async () => {
    const response = await fetch(`${server.url}/`, { method: 'DELETE' });
    expect(response.status).toBe(405);
  });
});

describe('demo feeds: every attachment link answers', () => {
  const feeds = join(import.meta.dirname, '..', 'public', 'feeds');
  const files = [
    join(feeds, 'sample-feed.json'),
    ...readdirSync(join(feeds, 'sharded')).map((name) => join(feeds, 'sharded', name)),
  ];
  const links = new Set<string>();
  for (const file of files) {
    const feed = JSON.parse(readFileSync(file, 'utf8')) as {
      records?: { attachments?: { url: string }[] }[];
    };
    for (const record of feed.records ?? []) {
      for (const attachment of record.attachments ?? []) links.add(attachment.url);
    }
  }

  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it('has attachment links to check', () => {
    expect(links.size).toBeGreaterThan(10);
  });

  // The widgets resolve a feed's relative link against the page (document.baseURI); the demo
  // pages that show these feeds are at the site root.
  it.each([...links])('%s is a small PDF', async (link) => {
    const response = await fetch(new URL(link, `${server.url}/`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(1024);
  });
});
