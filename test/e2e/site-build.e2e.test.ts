/**
 * `gongshi build` end to end: a folder of agency sheets becomes a SITE folder, which is
 * served statically (with the built widgets at /widgets/) and read by real Chromium, with
 * JavaScript and without, checked by axe, corrected through a re-import, and its 岗位职责
 * 公示牌 printed to PDF.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/testing/capture-io';
import { formatCsv, parseCsv } from '../../core/spreadsheet/csv';
import { axeViolations } from '../browser/axe';
import { withChromium } from '../browser/browser-suite';
import { recordRequests } from '../browser/network';
import { writeSampleSheets } from '../support/sample-sheets';

const TODAY = '2026-11-20';
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongshi-site-e2e-'));
const sheets = join(dir, 'sheets');
const site = join(dir, 'site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** A plain static server: SITE at /, the built widgets at /widgets/. Nothing else. */
function serveStatic(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [base, rest] = path.startsWith('/widgets/')
      ? [join(root, 'dist', 'widgets'), path.slice('/widgets/'.length)]
      : [site, path.slice(1) || 'index.html'];
    const file = normalize(join(base, rest.endsWith('/') ? `${rest}index.html` : rest));
    try {
      if (!file.startsWith(base) || !statSync(file).isFile()) throw new Error('not found');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const build = () =>
  runCli(['build', '--out', site, '--today', TODAY, '--format', 'json', sheets], dir);

describe('a site built by gongshi build, served statically', () => {
  const chromium = withChromium();
  let server: Server;
  let origin: string;
  let report: { written: string[]; listed: number };
  let manifest: string[];

  beforeAll(async () => {
    writeSampleSheets(sheets, { count: 150, agencies: 3 });
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    report = JSON.parse(result.stdout);
    manifest = Object.keys(
      JSON.parse(readFileSync(join(site, 'gongshi-manifest.json'), 'utf8')).files,
    );
    server = await serveStatic();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  const pagePath = (pattern: RegExp) => manifest.find((path) => pattern.test(path))!;
  /** One page of each kind the build writes. */
  const pageKinds = () => ({
    home: 'index.html',
    decisions: 'zfgs/index.html',
    'agency decisions': pagePath(/^zfgs\/[^/]+\/index\.html$/),
    'month listing': pagePath(/^zfgs\/[^/]+\/\d{4}-\d{2}\.html$/),
    record: pagePath(/^zfgs\/jd\//),
    agencies: 'zfzt/index.html',
    'agency profile': pagePath(/^zfzt\/[^/]+\/index\.html$/),
    board: pagePath(/^zfzt\/[^/]+\/board\.html$/),
    guides: 'bszn/index.html',
    guide: pagePath(/^bszn\/[^/]+\/[^/]+\.html$/),
    'annual report': pagePath(/^tjnb\/\d{4}\.html$/),
  });

  async function open(path: string, javaScript: boolean): Promise<Page> {
    const context = await chromium.browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const response = await page.goto(`${origin}/${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it('shows the four widgets on the built data, loading nothing from elsewhere', async () => {
    const context = await chromium.browser.newContext();
    const requests = recordRequests(context, [origin]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/index.html`);
    await page.locator('enforcement-disclosure [part~="item"]').first().waitFor();
    await page.locator('service-guide [part~="title"]').first().waitFor();
    await page.locator('enforcement-agency table[part~="officers"]').waitFor();
    await page.locator('enforcement-stats [part~="chart"]').first().waitFor();
    const listed = await page.locator('enforcement-disclosure [part~="item"]').count();
    expect(listed).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(requests.foreign()).toEqual([]);
    expect(requests.all.some((url) => url.endsWith('/feeds/gongshi.json'))).toBe(true);
    await context.close();
  });

  it('works with JavaScript off: from the home page to a decision, an agency and a guide by links', async () => {
    const page = await open('index.html', false);
    // The widgets' fallback markup is what a visitor without JavaScript sees.
    const firstDecision = page.locator('enforcement-disclosure table a').first();
    const number = await firstDecision.textContent();
    await firstDecision.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(number);
    await expect(page.locator('dl.gs-fields').textContent()).resolves.toContain('执法机关');
    await page.locator('nav.gs-breadcrumb a').nth(2).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('执法决定公示');
    await page.locator('.gs-months a').first().click();
    await expect(page.locator('table caption').textContent()).resolves.toMatch(
      /\d{4}年\d+月执法决定公示/,
    );

    const follow = async (link: ReturnType<Page['locator']>, url: RegExp) => {
      await Promise.all([page.waitForURL(url), link.click()]);
    };
    await page.goto(`${origin}/index.html`);
    await follow(page.locator('enforcement-agency a'), /\/zfzt\/index\.html$/);
    await follow(page.locator('.gs-page > ul a').first(), /\/zfzt\/[^/]+\/index\.html$/);
    await expect(page.locator('table caption').allTextContents()).resolves.toContain(
      '执法人员清单',
    );
    await page.goto(`${origin}/index.html`);
    await follow(page.locator('service-guide a'), /\/bszn\/index\.html$/);
    await follow(page.locator('.gs-page > ul a').first(), /\/bszn\/[^/]+\/[^/]+\.html$/);
    await expect(page.locator('h2').allTextContents()).resolves.toContain('办理流程');
    await page.context().close();
  });

  it('passes axe on every page kind (the home page both as its fallback and with the widgets)', async () => {
    // axe runs as a script, so the pages are opened with JavaScript on; they have none of
    // their own, and the home page's widget scripts are blocked to check its fallback.
    const context = await chromium.browser.newContext();
    await context.route('**/widgets/**', (route) => route.abort());
    for (const [kind, path] of Object.entries(pageKinds())) {
      const page = await context.newPage();
      await page.goto(`${origin}/${path}`);
      expect(await axeViolations(page), `${kind}: ${path}`).toEqual([]);
      await page.close();
    }
    await context.close();
    const home = await open('index.html', true);
    await home.locator('enforcement-stats [part~="chart"]').first().waitFor();
    await home.locator('enforcement-agency table[part~="officers"]').waitFor();
    expect(await axeViolations(home)).toEqual([]);
    await home.context().close();
  });

  it('prints an agency’s 岗位职责公示牌 to PDF: one board per A4 page, nothing cut off', async () => {
    const path = pageKinds().board;
    const page = await open(path, false);
    const boards = await page.locator('article.gs-board').count();
    expect(boards).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page
      .locator('article.gs-board')
      .evaluateAll((all) => all.filter((board) => board.scrollHeight > board.clientHeight).length);
    expect(overflow).toBe(0);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(dir, 'board.pdf'), pdf);
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page\b/g)).toHaveLength(boards);
    // A4 portrait in points: 595.92 × 842.88 (Chromium rounds 210 × 297 mm).
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\s*\]/);
    await page.context().close();
  });

  it('shows a correction that arrives through a re-import, on the static page and in the widget', async () => {
    const file = join(sheets, 'a01-行政处罚.csv');
    const rows = parseCsv(iconv.decode(readFileSync(file), 'gbk'));
    const header = rows[0]!;
    const fine = header.findIndex((title) => title.startsWith('罚款金额'));
    const numberColumn = header.indexOf('行政处罚决定书文号');
    const endColumn = header.indexOf('公示截止期');
    const row = rows.findIndex(
      (cells, index) => index > 0 && cells[fine] && cells[endColumn]! > TODAY,
    );
    const number = rows[row]![numberColumn]!;
    const before = rows[row]![fine]!;
    rows[row]![fine] = String(Number(before) + 0.5);
    writeFileSync(file, iconv.encode(formatCsv(rows), 'gbk'));

    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    const rebuilt = JSON.parse(result.stdout);
    const corrected = rebuilt.changes.filter(
      (change: { action: string }) => change.action === 'corrected',
    );
    expect(corrected).toHaveLength(1);
    const id = corrected[0].key;
    expect(rebuilt.written).toContain(`zfgs/jd/${id}.html`);
    expect(rebuilt.written.length).toBeLessThan(report.written.length / 10);

    const page = await open(`zfgs/jd/${id}.html`, false);
    expect(await page.locator('h1').textContent()).toBe(number);
    const text = await page.locator('main').textContent();
    expect(text).toContain('更正记录');
    expect(text).toMatch(new RegExp(`罚款金额：${before} ?万元`));
    await page.context().close();

    const live = await open(`index.html#gs-record=${id}`, true);
    await live.locator('enforcement-disclosure #detail-title').waitFor();
    await expect
      .poll(() =>
        live.evaluate(
          () => document.querySelector('enforcement-disclosure')?.shadowRoot?.textContent ?? '',
        ),
      )
      .toContain('更正记录');
    await live.context().close();
  });
});
