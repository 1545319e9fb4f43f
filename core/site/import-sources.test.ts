import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { completeRecord } from '../../test/support/complete-records';
import { ColumnSet } from '../spreadsheet/columns';
import { formatCsv } from '../spreadsheet/csv';
import { exportRows } from '../spreadsheet/export-rows';
import { writeXlsx } from '../spreadsheet/xlsx-write';
import { importSources } from './import-sources';

const rows = exportRows(
  [
    completeRecord('行政处罚', { id: 'a' }),
    completeRecord('行政处罚', { id: 'b', documentNumber: '示市监罚〔2025〕2号' }),
  ],
  ColumnSet.penalty,
);
const gbk = (table: string[][]) => new Uint8Array(iconv.encode(formatCsv(table), 'gbk'));
const codes = (result: ReturnType<typeof importSources>) =>
  result.reports.flatMap((report) =>
    report.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => [problem.code, problem.row]),
  );

describe('importSources', () => {
  it('reads a GBK penalty sheet and an XLSX one', () => {
    const result = importSources([
      { name: 'p.csv', bytes: gbk(rows) },
      { name: 'p.xlsx', bytes: writeXlsx(rows) },
    ]);
    expect(result.failed).toBe(false);
    expect(
      result.workbooks.flatMap((book) => book.sheets.flatMap((sheet) => sheet.records)),
    ).toHaveLength(4);
    expect(result.reports.map((report) => report.detail)).toEqual([
      '行政处罚 · CSV GB18030',
      '行政处罚「Sheet1」 · XLSX',
    ]);
  });

  it('stops on a broken row, naming it', () => {
    const broken = rows.map((row) => [...row]);
    broken[2]![rows[0]!.indexOf('处罚决定日期')] = '去年';
    const result = importSources([{ name: 'p.csv', bytes: gbk(broken) }]);
    expect(result.failed).toBe(true);
    expect(result.unusable).toBe(false);
    expect(codes(result).some(([, row]) => row === 3)).toBe(true);
  });

  it('stops on an unknown column rather than drop what it holds', () => {
    const extra = rows.map((row, index) => [...row, index === 0 ? '内部审批意见' : '同意']);
    const result = importSources([{ name: 'p.csv', bytes: gbk(extra) }]);
    expect(result.failed).toBe(true);
    const problem = result.reports[0]!.problems.find((p) => p.code === 'import.unknown-column')!;
    expect(problem).toMatchObject({ severity: 'error', column: '内部审批意见' });
    expect(problem.message).toContain('不认识的列「内部审批意见」');
    expect(problem.messageEn).toContain('unknown column "内部审批意见"');
  });

  it('stops on a stray byte in a GBK file, naming the row', () => {
    const bytes = gbk(rows);
    const text = iconv.decode(Buffer.from(bytes), 'gbk');
    const at = Buffer.byteLength(
      iconv.encode(text.slice(0, text.indexOf('经查', text.indexOf('经查') + 1)), 'gbk'),
    );
    const damaged = new Uint8Array([...bytes.slice(0, at), 0xff, ...bytes.slice(at)]);
    const result = importSources([{ name: 'p.csv', bytes: damaged }]);
    expect(result.failed).toBe(true);
    expect(codes(result)).toContainEqual(['cell.undecodable', 3]);
  });

  it('refuses an .xlsx that is not a workbook, and a JSON that is not a feed', () => {
    const result = importSources([
      { name: 'p.xlsx', bytes: new TextEncoder().encode('行政相对人名称,处罚决定日期\n') },
      { name: 'x.json', bytes: new TextEncoder().encode('{"name":"package"}') },
    ]);
    expect(result.unusable).toBe(true);
    expect(result.reports.map((report) => report.problems[0]!.code)).toEqual([
      'xlsx.not-zip',
      'feed.wrong-format',
    ]);
    expect(result.reports[0]!.problems[0]!.message).toContain('不是 XLSX 工作簿');
    expect(result.reports[0]!.problems[0]!.messageEn).toContain('is not an XLSX workbook');
  });
});
