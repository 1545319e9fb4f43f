import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordsFeed } from '../../core/feed/feed';
import { parseFeed } from '../../core/feed/parse-feed';
import { formatCsv } from '../../core/spreadsheet/csv';
import { main } from '../main';
import { captureIO } from '../testing/capture-io';

const root = join(import.meta.dirname, '..', '..');
const samples = join(root, 'test', 'fixtures', 'spreadsheets', 'agency-lists');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-lists-'));
  cpSync(samples, join(dir, 'sheets'), {
    recursive: true,
    filter: (path) => !path.endsWith('.ts'),
  });
});

const sheets = () =>
  readdirSync(join(dir, 'sheets'))
    .sort()
    .map((name) => join('sheets', name));

function feedAt(name: string): RecordsFeed {
  const { feed, problems } = parseFeed(readFileSync(join(dir, name), 'utf8'));
  expect(problems).toEqual([]);
  return feed as RecordsFeed;
}

const officers = (cells: string[][]) =>
  formatCsv([['执法主体', '姓名', '执法证号', '执法类别', '执法区域', '更正原因'], ...cells]);

describe('gongshi import: the 事前公开 lists', () => {
  it('imports the folder of sample sheets, XLSX and GBK CSV, into two agency profiles', async () => {
    const io = captureIO(dir);
    const code = await main(
      ['import', '--today', '2026-03-01', '--out', 'feed.json', ...sheets()],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toContain(
      'officers-gbk.csv: CSV (GB18030), 执法人员清单 columns, header on row 2',
    );
    expect(io.out()).toContain('27 imported, 0 rejected');
    const feed = feedAt('feed.json');
    expect(feed.agencies?.map((agency) => [agency.name, agency.officers.length])).toEqual([
      ['示例县生态环境局', 3],
      ['示例县市场监督管理局', 3],
    ]);
    // The XLSX has an 更新日期 column; the GBK CSV has none, so the import date counts.
    expect(feed.agencies![0]!.listsUpdated?.officers).toBe('2026-03-01');
    expect(feed.agencies![1]!.listsUpdated?.officers).toBe('2026-01-05');
  });

  it('turns a changed officer into a correction and reports one left out', async () => {
    writeFileSync(
      join(dir, 'a.csv'),
      officers([
        ['示例县市场监督管理局', '王某', '5199990101', '市场监管', '全县', ''],
        ['示例县市场监督管理局', '李某', '5199990102', '市场监管', '全县', ''],
      ]),
    );
    await main(['import', '--today', '2026-03-01', '--out', 'feed.json', 'a.csv'], captureIO(dir));
    writeFileSync(
      join(dir, 'a.csv'),
      officers([['示例县市场监督管理局', '王某', '5199990101', '市场监管', '城区', '区域调整']]),
    );
    const io = captureIO(dir);
    expect(await main(['import', '--today', '2026-04-01', '--out', 'feed.json', 'a.csv'], io)).toBe(
      0,
    );
    expect(io.out()).toMatch(
      /~ corrected {2}officers {2}示例县市场监督管理局 {2}王某（5199990101） {2}area {2}「区域调整」/,
    );
    expect(io.out()).toMatch(
      /\? missing +officers .*李某（5199990102）\n {6}warning \[import\.missing-from-sheet\]/,
    );
    const [agency] = feedAt('feed.json').agencies!;
    expect(agency!.officers).toHaveLength(2);
    expect(agency!.changes).toEqual([
      expect.objectContaining({ kind: '更正', reason: '区域调整' }),
    ]);
  });

  it('refuses two files that disagree about one officer, naming both (exit 1), and writes the rest', async () => {
    writeFileSync(
      join(dir, 'a.csv'),
      officers([['示例县市场监督管理局', '王某', '5199990101', '市场监管', '甲区', '']]),
    );
    writeFileSync(
      join(dir, 'b.csv'),
      iconv.encode(
        officers([
          ['示例县市场监督管理局', '王某', '5199990101', '市场监管', '乙区', ''],
          ['示例县市场监督管理局', '李某', '5199990102', '市场监管', '全县', ''],
        ]),
        'gbk',
      ),
    );
    const io = captureIO(dir);
    expect(await main(['import', '--out', 'feed.json', 'a.csv', 'b.csv'], io)).toBe(1);
    expect(io.out()).toContain('a.csv 第 2 行与b.csv 第 2 行对同一条目「王某（5199990101）」');
    expect(feedAt('feed.json').agencies![0]!.officers.map((entry) => entry.name)).toEqual(['李某']);
  });

  it('imports the usable files when one is not a spreadsheet (exit 1), and writes nothing when none is (exit 2)', async () => {
    writeFileSync(join(dir, 'broken.xlsx'), '这不是工作簿');
    const io = captureIO(dir);
    expect(
      await main(['import', '--out', 'feed.json', 'broken.xlsx', 'sheets/powers.xlsx'], io),
    ).toBe(1);
    expect(io.err()).toMatch(/broken\.xlsx[\s\S]*xlsx\.not-zip[\s\S]*not an XLSX workbook/);
    expect(feedAt('feed.json').agencies![0]!.powers).toHaveLength(4);
    const none = captureIO(dir);
    expect(await main(['import', '--out', 'none.json', 'broken.xlsx'], none)).toBe(2);
    expect(() => readFileSync(join(dir, 'none.json'))).toThrow();
  });

  it('reads a sheet as the --kind given (Chinese names accepted)', async () => {
    writeFileSync(
      join(dir, 'one.csv'),
      formatCsv([
        ['事项名称', '设定依据'],
        ['食品经营许可', '《食品安全法》'],
      ]),
    );
    const ambiguous = captureIO(dir);
    expect(await main(['import', '--out', 'feed.json', 'one.csv'], ambiguous)).toBe(2);
    expect(ambiguous.err()).toContain('--kind');
    const io = captureIO(dir);
    const args = [
      'import',
      '--out',
      'feed.json',
      '--kind',
      '权责清单',
      '--agency',
      '示例县市场监督管理局',
      'one.csv',
    ];
    expect(await main(args, io)).toBe(1);
    // 事项类别 is required: the row is rejected with the column named.
    expect(io.out()).toContain('缺少「事项类别」');
  });
});

describe('gongshi check: the agencies', () => {
  it('reports stale lists and expired credentials', async () => {
    await main(
      ['import', '--today', '2026-03-01', '--out', 'feed.json', ...sheets()],
      captureIO(dir),
    );
    const io = captureIO(dir);
    expect(
      await main(['check', '--today', '2027-02-01', '--format', 'json', 'feed.json'], io),
    ).toBe(0);
    const report = JSON.parse(io.out());
    const issues = report.agencies.flatMap(
      (agency: { name: string; issues: { code: string; field: string }[] }) =>
        agency.issues.map((issue) => [agency.name, issue.code, issue.field]),
    );
    expect(issues).toContainEqual([
      '示例县市场监督管理局',
      'agency.stale',
      'listsUpdated.officers',
    ]);
    expect(issues).toContainEqual([
      '示例县生态环境局',
      'officer.credential-expired',
      'officers[1].certificateValidTo',
    ]);
    expect(issues).not.toContainEqual([
      '示例县生态环境局',
      'agency.stale',
      'listsUpdated.officers',
    ]);
  });
});
