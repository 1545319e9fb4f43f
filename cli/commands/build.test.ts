import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../core/feed/parse-feed';
import { exportJournalJson, type JournalEntry, nextEntry } from '../../core/journal/index';
import type { DecisionRecord } from '../../core/records/decision-record';
import { formatCsv, parseCsv } from '../../core/spreadsheet/csv';
import { writeSampleSheets } from '../../test/support/sample-sheets';
import { readFeedRecords } from '../site/feed-records';
import { runCli } from '../testing/capture-io';

const TODAY = '2026-11-20';
const dir = mkdtempSync(join(tmpdir(), 'gongshi-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readGbk(file: string): string[][] {
  return parseCsv(iconv.decode(readFileSync(file), 'gbk'));
}
function writeGbk(file: string, rows: string[][]): void {
  writeFileSync(file, iconv.encode(formatCsv(rows), 'gbk'));
}
/** A fresh copy of the sample folder to damage. */
function sheetsCopy(name: string, from: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const file of [
    'a01-行政处罚.csv',
    'a01-行政许可.xlsx',
    'a02-行政处罚.csv',
    'agencies.json',
  ]) {
    copyFileSync(join(from, file), join(folder, file));
  }
  return folder;
}
const build = (site: string, ...args: string[]) =>
  runCli(['build', '--out', site, '--today', TODAY, '--format', 'json', ...args], dir);
const records = async (site: string) =>
  (await readFeedRecords(join(site, 'feeds', 'gongshi.json'))) as unknown as {
    records: DecisionRecord[];
  };

describe('gongshi build', () => {
  const sheets = join(dir, 'sheets');
  const site = join(dir, 'site');
  let first: Record<string, unknown>;

  beforeAll(async () => {
    writeSampleSheets(sheets, { count: 120, agencies: 3 });
    const result = await build(site, sheets);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    first = JSON.parse(result.stdout);
  });

  it('writes the feed, a page per listed decision, listings, agencies, guides, boards, snippets and a sitemap', async () => {
    const feed = await records(site);
    expect(feed.records.length).toBeGreaterThan(20);
    expect(feed.records.every((record) => record.publicationDate)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(site, 'gongshi-manifest.json'), 'utf8'));
    const paths = Object.keys(manifest.files);
    expect(paths.filter((path) => path.startsWith('zfgs/jd/'))).toHaveLength(
      first.listed as number,
    );
    for (const expected of [
      'index.html',
      'sitemap.xml',
      'feeds/gongshi.json',
      'zfgs/index.html',
      'zfzt/index.html',
      'bszn/index.html',
      'assets/gongshi-site.css',
      'snippets/enforcement-disclosure.html',
      'snippets/service-guide.html',
      'snippets/enforcement-agency.html',
      'snippets/enforcement-stats.html',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(paths.some((path) => /^zfzt\/[^/]+\/board\.html$/.test(path))).toBe(true);
    expect(paths.some((path) => /^bszn\/[^/]+\/[^/]+\.html$/.test(path))).toBe(true);
    expect(paths.some((path) => /^zfgs\/[^/]+\/\d{4}-\d{2}\.html$/.test(path))).toBe(true);
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toContain('<script src="/widgets/gongshi-loader.js" defer></script>');
    expect(home).toContain('<enforcement-disclosure src="feeds/gongshi.json">');
  });

  it('rewrites only what changed when one sheet changed, and the change becomes a correction', async () => {
    const penalties = join(sheets, 'a01-行政处罚.csv');
    const rows = readGbk(penalties);
    const fineColumn = rows[0]!.findIndex((title) => title.startsWith('罚款金额'));
    const row = rows.findIndex((cells, index) => index > 0 && cells[fineColumn]);
    const before = await records(site);
    const number = rows[row]![rows[0]!.indexOf('行政处罚决定书文号')]!;
    const target = before.records.find((record) => record.documentNumber === number)!;
    const other = before.records.find(
      (record) => record.agency.name !== target.agency.name && record.publicityEndDate! > TODAY,
    )!;
    const otherPage = join(site, 'zfgs', 'jd', `${other.id}.html`);
    const otherStat = statSync(otherPage);
    rows[row]![fineColumn] = String(Number(rows[row]![fineColumn]) + 0.5);
    writeGbk(penalties, rows);

    const result = await build(site, sheets);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.changes).toEqual([
      expect.objectContaining({
        action: 'corrected',
        key: target.id,
        fields: ['amounts.fine'],
        reason: '未说明原因',
      }),
    ]);
    // The record's page, its month's listing, its agency's feed, the year's statistics,
    // and the manifest's own bookkeeping: nothing else is written again.
    expect(report.written).toContain(`zfgs/jd/${target.id}.html`);
    expect(report.written.length).toBeLessThanOrEqual(5);
    expect(report.kept).toBeGreaterThan(50);
    const page = readFileSync(join(site, 'zfgs', 'jd', `${target.id}.html`), 'utf8');
    expect(page).toContain('更正记录');
    expect(page).toContain('未说明原因');
    expect(page).toMatch(new RegExp(`罚款金额：${target.amounts!.fine!.value} ?万元`));
    const after = statSync(otherPage);
    expect([after.ino, after.mtimeMs]).toEqual([otherStat.ino, otherStat.mtimeMs]);
    const corrected = (await records(site)).records.find((record) => record.id === target.id)!;
    expect(corrected.publicationDate).toBe(target.publicationDate);
  });

  it('shards the feed by agency and month when it is large', async () => {
    const sharded = join(dir, 'sharded');
    const result = await build(sharded, '--shard-above', '10', sheets);
    expect(result.code).toBe(0);
    const index = parseFeed(readFileSync(join(sharded, 'feeds', 'gongshi.json'), 'utf8')).feed!;
    expect(index.kind).toBe('index');
    expect((await records(sharded)).records.length).toBe((await records(site)).records.length);
  });

  const damages: [string, (folder: string) => void, number, RegExp][] = [
    [
      'a sheet with a broken row',
      (folder) => {
        const file = join(folder, 'a02-行政处罚.csv');
        const rows = readGbk(file);
        rows[1]![rows[0]!.indexOf('处罚决定日期')] = '去年三月';
        writeGbk(file, rows);
      },
      1,
      /row 2/,
    ],
    [
      'an unknown column',
      (folder) => {
        const file = join(folder, 'a02-行政处罚.csv');
        writeGbk(
          file,
          readGbk(file).map((row, index) => [...row, index === 0 ? '内部意见' : '同意']),
        );
      },
      1,
      /不认识的列「内部意见」/,
    ],
    [
      'a GBK file with a stray byte',
      (folder) => {
        const file = join(folder, 'a02-行政处罚.csv');
        const bytes = readFileSync(file);
        const at = bytes.indexOf(0x0a) + 5;
        writeFileSync(
          file,
          Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
        );
      },
      1,
      /cell\.undecodable/,
    ],
    [
      'an XLSX that is not one',
      (folder) => writeFileSync(join(folder, 'a01-行政许可.xlsx'), 'this is not a workbook'),
      2,
      /is not an XLSX workbook/,
    ],
    [
      'two sheets disagreeing about one record',
      (folder) => {
        const rows = readGbk(join(folder, 'a02-行政处罚.csv'));
        rows[1]![rows[0]!.indexOf('处罚内容')] = '罚款人民币一万元';
        writeGbk(join(folder, 'copy.csv'), rows);
      },
      1,
      /import\.conflict/,
    ],
    [
      'personal data in a public cell',
      (folder) => {
        const file = join(folder, 'a02-行政处罚.csv');
        const rows = readGbk(file);
        rows[1]![rows[0]!.indexOf('违法事实')] += '当事人手机13812345678。';
        writeGbk(file, rows);
      },
      1,
      /personal-data\.found/,
    ],
    [
      "a minor's decision",
      (folder) => {
        const file = join(folder, 'a02-行政处罚.csv');
        const rows = readGbk(file);
        const header = rows[0]!;
        const row = 1;
        const cell = (title: string) => header.findIndex((name) => name.startsWith(title));
        // The first row's party becomes a natural person, 15 years old on the decision date.
        rows[row]![cell('行政相对人类别')] = '自然人';
        rows[row]![cell('行政相对人名称')] = '张某';
        for (const title of ['行政相对人代码_1', '法定代表人']) rows[row]![cell(title)] = '';
        const decided = rows[row]![header.indexOf('处罚决定日期')]!.replace(/-/g, '');
        const birth = `${Number(decided.slice(0, 4)) - 15}${decided.slice(4, 8)}`;
        // A fictitious ID with a valid check character: 15 years old on the decision date.
        const body = `510502${birth}123`;
        const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
        rows[row]![header.indexOf('证件类型')] = '身份证';
        rows[row]![header.indexOf('证件号码')] = body + '10X98765432'[sum % 11]!;
        writeGbk(file, rows);
      },
      1,
      /row\.minor/,
    ],
  ];

  it.each(damages)(
    'stops on %s: clear bilingual error, nothing lost, SITE untouched',
    async (name, damage, code, reason) => {
      const folder = sheetsCopy(name.replace(/\W+/g, '-'), sheets);
      const target = join(dir, `site-${name.replace(/\W+/g, '-')}`);
      expect((await build(target, folder)).code).toBe(0);
      const manifest = join(target, 'gongshi-manifest.json');
      const before = { text: readFileSync(manifest, 'utf8'), mtime: statSync(manifest).mtimeMs };
      damage(folder);
      const result = await runCli(['build', '--out', target, '--today', TODAY, folder], dir);
      expect(result.code).toBe(code);
      expect(`${result.stdout}${result.stderr}`).toMatch(reason);
      expect(result.stderr).toContain('未发布');
      expect(result.stderr).toContain('Nothing published');
      expect({ text: readFileSync(manifest, 'utf8'), mtime: statSync(manifest).mtimeMs }).toEqual(
        before,
      );
      // Nor anything of the build beside it (its new folder, opened before the sheets' import).
      expect(readdirSync(dir).filter((entry) => /\.gongshi-(new|old|pool)-/.test(entry))).toEqual(
        [],
      );
    },
  );

  it('refuses to replace a folder it did not make', async () => {
    const other = join(dir, 'portal');
    mkdirSync(other);
    writeFileSync(join(other, 'index.html'), '<p>portal</p>');
    const result = await build(other, sheets);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不是 gongshi build 生成的站点');
    expect(readFileSync(join(other, 'index.html'), 'utf8')).toBe('<p>portal</p>');
  });

  it('uses the portal’s template, and refuses one without {{content}}', async () => {
    const template = join(dir, 'template.html');
    writeFileSync(
      template,
      '<!doctype html><html lang="zh-CN"><head><title>{{title}} - 示例县人民政府</title></head><body><header>示例县人民政府</header><main>{{content}}</main></body></html>',
    );
    const withTemplate = join(dir, 'templated');
    expect((await build(withTemplate, '--template', template, sheets)).code).toBe(0);
    const page = readFileSync(join(withTemplate, 'zfgs', 'index.html'), 'utf8');
    expect(page).toContain('<title>执法决定公示 - 示例县人民政府</title>');
    expect(page).toContain('<header>示例县人民政府</header>');
    expect(page).toContain('<link rel="stylesheet" href="../assets/gongshi-site.css">');

    writeFileSync(template, '<title>{{title}}</title>');
    const result = await build(join(dir, 'untemplated'), '--template', template, sheets);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('{{content}}');
  });

  it('publishes an agency record’s head, and refuses a record rewritten since', async () => {
    const sheetsFolder = join(dir, 'sheets-record');
    writeSampleSheets(sheetsFolder, { count: 20, agencies: 1 });
    const built = join(dir, 'site-record');
    await build(built, sheetsFolder);
    const agency = parseFeed(readFileSync(join(built, 'feeds', 'gongshi.json'), 'utf8')).feed!
      .agencies![0]!.name;
    const entries: JournalEntry[] = [];
    for (let k = 1; k <= 3; k++) {
      entries.push(
        nextEntry(entries.at(-1), {
          kind: 'publication',
          at: `2026-11-0${k}T01:00:00Z`,
          site: 'cms.shili.gov.cn',
          agency,
          operator: '信息员甲',
          details: { findings: 0 },
        }),
      );
    }
    writeFileSync(join(dir, 'record.json'), exportJournalJson(entries, '2026-11-10T00:00:00Z'));
    const published = await build(built, '--record', join(dir, 'record.json'), sheetsFolder);
    expect(published.code).toBe(0);
    const profile = parseFeed(readFileSync(join(built, 'feeds', 'gongshi.json'), 'utf8')).feed!
      .agencies![0]!;
    expect(profile.recordHead).toEqual({ seq: 3, hash: entries[2]!.hash, published: TODAY });

    // Entry 2 edited and every hash after it recomputed: a valid chain, but not what was published.
    const rewritten: JournalEntry[] = [];
    for (const entry of entries) {
      const { hash: _hash, seq: _seq, prevHash: _prev, ...input } = entry;
      rewritten.push(
        nextEntry(rewritten.at(-1), entry.seq === 2 ? { ...input, operator: '信息员乙' } : input),
      );
    }
    writeFileSync(join(dir, 'record.json'), exportJournalJson(rewritten, '2026-11-30T00:00:00Z'));
    const feedBefore = readFileSync(join(built, 'feeds', 'gongshi.json'), 'utf8');
    const refused = await build(built, '--record', join(dir, 'record.json'), sheetsFolder);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('rewritten after it was published');
    expect(readFileSync(join(built, 'feeds', 'gongshi.json'), 'utf8')).toBe(feedBefore);
  });
});
