import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseFeed } from '../../core/feed/parse-feed';
import { main } from '../main';
import { captureIO } from '../testing/capture-io';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'spreadsheets');
const run = promisify(execFile);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-import-'));
  copyFileSync(join(fixtures, 'penalties-gbk.csv'), join(dir, 'penalties.csv'));
  copyFileSync(join(fixtures, 'licences.xlsx'), join(dir, 'licences.xlsx'));
});

const feedAt = (path: string) => parseFeed(readFileSync(path, 'utf8'));

describe('gongshi import', () => {
  it('imports a GBK CSV, reports every row, and exits 1 for the rejected ones', async () => {
    const io = captureIO(dir);
    const code = await main(
      ['import', '--out', 'feed.json', '--published', '2025-04-10', 'penalties.csv'],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toContain('CSV (GB18030), 行政处罚 columns, header on row 2');
    expect(io.out()).toMatch(/row {2}7 {2}✗ rejected\n {6}error {3}\[row\.minor\]/);
    expect(io.out()).toContain('8 imported, 3 rejected');
    const { feed, problems } = feedAt(join(dir, 'feed.json'));
    expect(problems).toEqual([]);
    expect(feed?.kind === 'records' && feed.records).toHaveLength(8);
    expect(readFileSync(join(dir, 'feed.json'), 'utf8')).not.toMatch(/519999(?:19|20)\d{9}[\dX]/);
  });

  it('merges a second sheet into the same feed and exits 1 for its rejected row', async () => {
    await main(['import', '--out', 'feed.json', 'penalties.csv'], captureIO(dir));
    const io = captureIO(dir);
    const code = await main(
      ['import', '--out', 'feed.json', '--format', 'json', 'licences.xlsx'],
      io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(io.out());
    expect(report.files[0]).toMatchObject({ format: 'xlsx' });
    expect(report.files[0].sheets[0]).toMatchObject({
      kind: 'licence',
      counts: { imported: 4, rejected: 1 },
    });
    expect(report.summary).toMatchObject({ records: 12, changes: { added: 4, unchanged: 0 } });
    const again = captureIO(dir);
    await main(['import', '--out', 'feed.json', 'licences.xlsx'], again);
    expect(again.out()).toContain(
      '12 records, 0 agencies (0 added, 0 corrected, 0 withdrawn, 4 unchanged',
    );
  });

  it.each([
    [
      'an unreadable file',
      ['import', '--out', 'feed.json', 'missing.csv'],
      /cannot read .*missing\.csv/,
    ],
    [
      'a sheet without a 双公示 header',
      ['import', '--out', 'feed.json', 'other.csv'],
      /import\.no-header/,
    ],
    [
      'a bad option',
      ['import', '--out', 'feed.json', '--columns', 'fees', 'penalties.csv'],
      /--columns must be penalty or licence/,
    ],
    ['no --out', ['import', 'penalties.csv'], /--out FEED\.json is required/],
  ])('exits 2 on %s and writes nothing', async (_name, argv, message) => {
    writeFileSync(join(dir, 'other.csv'), 'a,b\n1,2\n');
    const io = captureIO(dir);
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(() => readFileSync(join(dir, 'feed.json'))).toThrow();
  });

  it('refuses to overwrite a file that is not a feed', async () => {
    writeFileSync(join(dir, 'feed.json'), '{"not": "a feed"}');
    const io = captureIO(dir);
    expect(await main(['import', '--out', 'feed.json', 'penalties.csv'], io)).toBe(2);
    expect(io.err()).toContain('refusing to overwrite');
    expect(readFileSync(join(dir, 'feed.json'), 'utf8')).toBe('{"not": "a feed"}');
  });
});

describe('gongshi check', () => {
  const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');

  it.each([
    [
      'the sample feed, late publications among them',
      [sample, '--today', '2026-11-20'],
      1,
      /deadline\.overdue/,
    ],
    [
      'the sharded sample (shards read from beside the index)',
      [join(root, 'demo-site/public/feeds/sharded/index.json'), '--today', '2026-11-20'],
      1,
      /360 records/,
    ],
  ])('%s', async (_name, args, exit, output) => {
    const io = captureIO(dir);
    expect(await main(['check', ...args], io)).toBe(exit);
    expect(io.out()).toMatch(output);
  });

  it('exits 0 for a clean feed and reports JSON', async () => {
    await main(
      ['import', '--out', 'feed.json', '--published', '2025-03-07', 'licences.xlsx'],
      captureIO(dir),
    );
    const io = captureIO(dir);
    const code = await main(
      ['check', '--today', '2025-04-01', '--format', 'json', 'feed.json'],
      io,
    );
    const report = JSON.parse(io.out());
    expect(report.counts.error).toBe(
      report.records
        .flatMap((r: { issues: { severity: string }[] }) => r.issues)
        .filter((i: { severity: string }) => i.severity === 'error').length,
    );
    expect(code).toBe(report.counts.error > 0 ? 1 : 0);
  });

  it('counts a record the parser had to skip as an error', async () => {
    writeFileSync(
      join(dir, 'broken.json'),
      JSON.stringify({
        format: 'gongshi-feed',
        version: 1,
        kind: 'records',
        publisher: { name: 'x' },
        records: [{ id: 'a' }],
      }),
    );
    const io = captureIO(dir);
    expect(await main(['check', '--today', '2025-04-01', 'broken.json'], io)).toBe(1);
    expect(io.out()).toContain('records[0].category');
  });

  it.each([
    ['not JSON', '{', /feed\.invalid-json|不是有效的 JSON/],
    ['a newer version', '{"format":"gongshi-feed","version":9}', /update Gongshi/],
  ])('exits 2 on %s', async (_name, text, message) => {
    writeFileSync(join(dir, 'bad.json'), text);
    const io = captureIO(dir);
    expect(await main(['check', 'bad.json'], io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it('loads a deployer calendar for a year the release does not cover', async () => {
    writeFileSync(
      join(dir, 'late.json'),
      JSON.stringify({
        format: 'gongshi-feed',
        version: 1,
        kind: 'records',
        publisher: { name: 'x' },
        records: [
          {
            id: 'a',
            category: '行政检查',
            party: {
              name: '示例县某某有限公司',
              kind: '法人及非法人组织',
              identifiers: { organisationCode: 'X' },
            },
            agency: { name: '示例县应急管理局' },
            content: '执法检查',
            conclusion: '未发现问题',
            decisionDate: '2026-12-28',
          },
        ],
      }),
    );
    writeFileSync(
      join(dir, '2027.json'),
      JSON.stringify({
        year: 2027,
        holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
        workdays: [],
      }),
    );
    const without = captureIO(dir);
    await main(['check', '--today', '2026-12-29', 'late.json'], without);
    expect(without.out()).toContain('calendar for 2027 not loaded');
    const withCalendar = captureIO(dir);
    await main(
      ['check', '--today', '2026-12-29', '--calendar', '2027.json', 'late.json'],
      withCalendar,
    );
    expect(withCalendar.out()).not.toContain('calendar for 2027 not loaded');
    writeFileSync(join(dir, 'bad-year.json'), JSON.stringify({ year: 2027 }));
    const bad = captureIO(dir);
    expect(await main(['check', '--calendar', 'bad-year.json', 'late.json'], bad)).toBe(2);
    expect(bad.err()).toContain('holidays');
  });

  it('makes a record whose full text shows a minor party an error (exit 1)', async () => {
    const record = (id: string, fullText: string) => ({
      id,
      category: '行政处罚',
      documentNumber: `示市监罚〔2025〕${id}号`,
      party: { name: '王某', kind: '自然人' },
      agency: { name: '示例县市场监督管理局' },
      content: '罚款人民币二百元',
      facts: '经查，当事人销售过期食品。',
      decisionDate: '2025-03-03',
      publicationDate: '2025-03-05',
      fullText,
    });
    const closing = '\n\n示例县市场监督管理局\n2025年3月3日';
    writeFileSync(
      join(dir, 'minor.json'),
      JSON.stringify({
        format: 'gongshi-feed',
        version: 1,
        kind: 'records',
        publisher: { name: 'x' },
        records: [
          record('1', `当事人：王小明\n出生日期：2009年5月3日${closing}`),
          record('2', `当事人\t张三\n性别\t男\n地址\t示例县幸福路12号3单元602室${closing}`),
        ],
      }),
    );
    const io = captureIO(dir);
    expect(await main(['check', '--today', '2025-03-10', 'minor.json'], io)).toBe(1);
    expect(io.out()).toContain('party.minor');
    expect(io.out()).toMatch(/personal-data\.found[\s\S]*fullText/);
  });

  it('takes a deployer profile file that extends a built-in one', async () => {
    writeFileSync(
      join(dir, 'profile.json'),
      JSON.stringify({ id: 'x', name: 'x', extends: 'national-2018' }),
    );
    const io = captureIO(dir);
    await main(['check', '--profile', 'profile.json', '--today', '2026-11-20', sample], io);
    expect(io.out()).toContain('profile x');
    const bad = captureIO(dir);
    expect(await main(['check', '--profile', 'nowhere', sample], bad)).toBe(2);
  });
});

describe('gongshi export', () => {
  it('writes the sample penalties as XLSX that imports back', async () => {
    const io = captureIO(dir);
    const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');
    expect(await main(['export', '--out', 'out.xlsx', sample], io)).toBe(0);
    expect(io.out()).toMatch(/\d+ 行政处罚 rows/);
    const back = captureIO(dir);
    expect(await main(['import', '--out', 'back.json', 'out.xlsx'], back)).toBe(0);
  });
});

describe('end to end: node bin/gongshi.js', () => {
  it('imports, then checks, with the documented exit codes', async () => {
    const bin = join(root, 'bin', 'gongshi.js');
    const imported = await run('node', [bin, 'import', '--out', 'feed.json', 'penalties.csv'], {
      cwd: dir,
    }).catch((error) => error);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain('8 imported, 3 rejected');
    const checked = await run(
      'node',
      [bin, 'check', '--today', '2025-04-20', '--format', 'json', 'feed.json'],
      { cwd: dir },
    ).catch((error) => error);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).counts.error).toBe(8);
    const usage = await run('node', [bin, 'check'], { cwd: dir }).catch((error) => error);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: gongshi check');
  }, 60_000);
});

describe('gongshi stats', () => {
  const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');

  it('prints the annual statistics with the report deadline', async () => {
    const io = captureIO(dir);
    expect(await main(['stats', '--year', '2025', sample], io)).toBe(0);
    expect(io.out()).toContain('应于 2026-03-31 前公开');
    expect(io.out()).toMatch(/\| 行政处罚 \| \d+ \|/);
  });

  it('gives JSON whose categories add up to the total', async () => {
    const io = captureIO(dir);
    await main(['stats', '--year', '2025', '--format', 'json', sample], io);
    const stats = JSON.parse(io.out());
    const sum = stats.byCategory.reduce(
      (total: number, entry: { count: number }) => total + entry.count,
      0,
    );
    expect(sum).toBe(stats.totals.count);
    expect(stats.totals.count).toBeGreaterThan(50);
  });
});
