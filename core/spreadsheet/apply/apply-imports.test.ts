import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { recordState } from '../../records/lifecycle';
import { formatCsv } from '../csv';
import { importWorkbook, type WorkbookImport } from '../import-workbook';
import { applyImports, type FeedContent } from './apply-imports';
import { REASON_NOT_GIVEN } from './import-change';

const AGENCY = '示例县市场监督管理局';
const CODE = '11519999MB0JP50KA9';

/** A 行政处罚 row as a clerk fills it, with the cells a test changes given by name. */
function penalty(cells: Record<string, string> = {}): Record<string, string> {
  return {
    行政相对人名称: '示例县丰源食品有限公司',
    行政相对人类别: '法人及非法人组织',
    '行政相对人代码_1(统一社会信用代码)': '91519999MA00000B16',
    法定代表人: '王某',
    行政处罚决定书文号: '示市监罚〔2025〕2号',
    违法行为类型: '经营超过保质期的食品',
    违法事实: '经查，当事人销售超过保质期的食品。',
    处罚依据: '《中华人民共和国食品安全法》第一百二十四条',
    处罚类别: '罚款',
    处罚内容: '罚款人民币贰万元',
    '罚款金额(万元)': '2',
    处罚决定日期: '2025-03-10',
    处罚有效期: '长期',
    处罚机关: AGENCY,
    处罚机关统一社会信用代码: CODE,
    数据来源单位: AGENCY,
    数据来源单位统一社会信用代码: CODE,
    ...cells,
  };
}

/** One sheet of rows (objects keyed by column title) as an imported CSV file. */
function sheet(fileName: string, rows: readonly Record<string, string>[]): WorkbookImport {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const csv = formatCsv([header, ...rows.map((row) => header.map((title) => row[title] ?? ''))]);
  return importWorkbook(new TextEncoder().encode(csv), {
    fileName,
    publicationDate: '2025-03-12',
  });
}

const EMPTY: FeedContent = { records: [], agencies: [] };
const run = (feed: FeedContent, books: WorkbookImport[], date = '2025-04-01') =>
  applyImports(feed, books, { date });

describe('decision records: changes become history', () => {
  const first = run(EMPTY, [sheet('march.csv', [penalty()])]);
  const published = first.records[0]!;

  it('adds a new record', () => {
    expect(first.changes.map((change) => change.action)).toEqual(['added']);
    expect(published.publicationDate).toBe('2025-03-12');
  });

  it('appends a correction when the fine changed (20000 → 25000 元), with the 更正原因', () => {
    const again = run({ records: [{ ...published, fullText: '全文' }] }, [
      sheet('march-v2.csv', [
        penalty({ '罚款金额(万元)': '2.5', 更正原因: '金额录入错误，经核实更正' }),
      ]),
    ]);
    const [record] = again.records;
    expect(record).toMatchObject({
      id: published.id,
      publicationDate: '2025-03-12',
      fullText: '全文',
      amounts: { fine: { value: '2.5', unit: '万元' } },
      corrections: [
        {
          date: '2025-04-01',
          fields: ['amounts.fine'],
          reason: '金额录入错误，经核实更正',
          previous: { 'amounts.fine': '2万元' },
        },
      ],
    });
    expect(recordState(record!, '2025-04-01')).toBe('corrected');
    expect(again.changes).toEqual([
      expect.objectContaining({
        action: 'corrected',
        fields: ['amounts.fine'],
        source: { file: 'march-v2.csv', row: 2 },
        problems: [],
      }),
    ]);
  });

  it('records 未说明原因 with a warning when no 更正原因 is given', () => {
    const again = run(first, [sheet('v2.csv', [penalty({ 违法行为类型: '经营过期食品' })])]);
    expect(again.records[0]!.corrections![0]!.reason).toBe(REASON_NOT_GIVEN);
    expect(again.changes[0]!.problems.map((problem) => problem.code)).toEqual([
      'correction.reason-missing',
    ]);
  });

  it('treats the same amount in another unit as unchanged, and re-imports idempotently', () => {
    const again = run(first, [sheet('yuan.csv', [penalty({ '罚款金额(万元)': '20000元' })])]);
    expect(again.changes.map((change) => change.action)).toEqual(['unchanged']);
    expect(again.records).toEqual(first.records);
  });

  it('finds the record by its 文号 when the party was corrected, keeping its id', () => {
    const again = run(first, [
      sheet('v2.csv', [
        penalty({ 行政相对人名称: '示例县丰源食品有限责任公司', 更正原因: '名称有误' }),
      ]),
    ]);
    expect(again.records).toHaveLength(1);
    expect(again.records[0]).toMatchObject({
      id: published.id,
      party: { name: '示例县丰源食品有限责任公司' },
      corrections: [
        { fields: ['party.name'], previous: { 'party.name': '示例县丰源食品有限公司' } },
      ],
    });
  });

  it("never keeps a natural person's own name or personal data in a correction's old values", () => {
    const person = {
      行政相对人名称: '张三',
      行政相对人类别: '自然人',
      '行政相对人代码_1(统一社会信用代码)': '',
      法定代表人: '',
      违法事实: '经查，当事人（联系电话13812345678）销售过期食品。',
    };
    const before = run(EMPTY, [sheet('a.csv', [penalty(person)])]);
    const after = run(before, [
      sheet('b.csv', [
        penalty({
          ...person,
          行政相对人名称: '张某',
          违法事实: '经查，当事人销售过期食品。',
          更正原因: '隐去个人信息',
        }),
      ]),
    ]);
    const [correction] = after.records[0]!.corrections!;
    expect(correction!.fields).toEqual(['party.name', 'facts']);
    expect(correction!.previous).toBeUndefined();
    expect(JSON.stringify(after.records)).not.toMatch(/张三|13812345678/);
  });

  it('keeps a field whose column the new sheet does not have', () => {
    const withRemarks = run(EMPTY, [sheet('a.csv', [penalty({ 备注: '已缴清罚款' })])]);
    const again = run(withRemarks, [sheet('b.csv', [penalty()])]);
    expect(again.records[0]!.remarks).toBe('已缴清罚款');
    expect(again.changes[0]!.action).toBe('unchanged');
  });

  it('withdraws a record only with a 撤回原因, keeping it and the reason', () => {
    const again = run(first, [sheet('b.csv', [penalty({ 撤回原因: '行政复议决定撤销该处罚' })])]);
    expect(again.records[0]!.withdrawal).toEqual({
      date: '2025-04-01',
      reason: '行政复议决定撤销该处罚',
    });
    expect(recordState(again.records[0]!, '2025-04-02')).toBe('withdrawn');
    const nothing = run(EMPTY, [sheet('c.csv', [penalty({ 撤回原因: '撤销' })])]);
    expect(nothing.records).toEqual([]);
    expect(nothing.changes[0]).toMatchObject({
      action: 'ignored',
      problems: [expect.objectContaining({ code: 'withdrawal.not-published' })],
    });
  });

  it('reports a record that disappeared from a sheet within its dates, and keeps it', () => {
    const two = run(EMPTY, [
      sheet('a.csv', [
        penalty(),
        penalty({ 行政处罚决定书文号: '示市监罚〔2025〕3号', 处罚决定日期: '2025-03-20' }),
        penalty({ 行政处罚决定书文号: '示市监罚〔2025〕4号', 处罚决定日期: '2025-03-30' }),
      ]),
    ]);
    const older = run(two, [
      sheet('feb.csv', [
        penalty({ 处罚决定日期: '2025-02-10', 行政处罚决定书文号: '示市监罚〔2025〕1号' }),
      ]),
    ]);
    expect(older.changes.map((change) => change.action)).toEqual(['added']);
    const again = run(older, [
      sheet('a-v2.csv', [
        penalty(),
        penalty({ 行政处罚决定书文号: '示市监罚〔2025〕4号', 处罚决定日期: '2025-03-30' }),
      ]),
    ]);
    expect(again.records).toHaveLength(4);
    expect(again.changes.filter((change) => change.action === 'missing')).toEqual([
      expect.objectContaining({
        label: '示市监罚〔2025〕3号 示例县丰源食品有限公司',
        problems: [expect.objectContaining({ code: 'import.missing-from-sheet' })],
      }),
    ]);
  });

  it('refuses two sheets that disagree about one record, naming both, and applies neither', () => {
    const again = run(first, [
      sheet('a.csv', [penalty({ '罚款金额(万元)': '2.5' })]),
      sheet('b.csv', [penalty({ '罚款金额(万元)': '3' })]),
    ]);
    expect(again.records).toEqual(first.records);
    expect(again.conflicts).toEqual([
      expect.objectContaining({
        code: 'import.conflict',
        fields: ['amounts.fine'],
        sources: [
          { file: 'a.csv', row: 2 },
          { file: 'b.csv', row: 2 },
        ],
      }),
    ]);
    expect(again.conflicts[0]!.message).toContain('a.csv 第 2 行与b.csv 第 2 行');
    expect(again.changes.filter((change) => change.action === 'missing')).toEqual([]);
  });

  it('applies two sheets that say the same thing once, without a conflict', () => {
    const again = run(EMPTY, [sheet('a.csv', [penalty()]), sheet('b.csv', [penalty()])]);
    expect(again.conflicts).toEqual([]);
    expect(again.records).toHaveLength(1);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 })])(
    'every change of the fine across re-imports is one correction, the last value wins',
    (fines) => {
      let feed: FeedContent = EMPTY;
      fines.forEach((fine, index) => {
        feed = run(
          feed,
          [sheet(`v${index}.csv`, [penalty({ '罚款金额(万元)': String(fine) })])],
          `2025-04-${String(index + 1).padStart(2, '0')}`,
        );
      });
      const changes = fines.filter((fine, index) => index > 0 && fine !== fines[index - 1]).length;
      const [record] = feed.records;
      expect(record!.corrections?.length ?? 0).toBe(changes);
      expect(record!.amounts?.fine?.value).toBe(String(fines.at(-1)));
    },
  );
});

const OFFICERS = ['执法主体', '姓名', '执法证号', '执法类别', '执法区域', '证件有效期'];
const officer = (cells: Record<string, string> = {}) => ({
  执法主体: AGENCY,
  姓名: '王某',
  执法证号: '5199990101',
  执法类别: '市场监管',
  执法区域: '示例县全域',
  证件有效期: '2028-12-31',
  ...cells,
});

describe('agency lists: changes become history', () => {
  const first = run(EMPTY, [
    sheet('officers.csv', [officer(), officer({ 姓名: '李某', 执法证号: '5199990102' })]),
  ]);

  it('creates the agency with the list and its updated date (the import date)', () => {
    expect(first.agencies).toEqual([
      expect.objectContaining({
        name: AGENCY,
        officers: [
          expect.objectContaining({ name: '王某' }),
          expect.objectContaining({ name: '李某' }),
        ],
        listsUpdated: { officers: '2025-04-01' },
        updated: '2025-04-01',
      }),
    ]);
  });

  it('corrects a changed entry with a history entry, and keeps (reports) a missing one', () => {
    const again = run(
      first,
      [sheet('officers-v2.csv', [officer({ 执法区域: '示例县城区', 更正原因: '执法区域调整' })])],
      '2025-05-01',
    );
    const [agency] = again.agencies;
    expect(agency!.officers.map((entry) => [entry.name, entry.area])).toEqual([
      ['王某', '示例县城区'],
      ['李某', '示例县全域'],
    ]);
    expect(agency!.changes).toEqual([
      {
        date: '2025-05-01',
        kind: '更正',
        list: 'officers',
        item: '王某（5199990101）',
        fields: ['area'],
        reason: '执法区域调整',
        previous: { area: '示例县全域' },
      },
    ]);
    expect(again.changes.map((change) => [change.action, change.key])).toEqual([
      ['corrected', '5199990101'],
      ['missing', '5199990102'],
    ]);
    expect(agency!.listsUpdated).toEqual({ officers: '2025-05-01' });
  });

  it('withdraws an entry only with a 撤回原因, keeping the reason in the history', () => {
    const again = run(first, [
      sheet('officers-v2.csv', [
        officer(),
        officer({ 姓名: '李某', 执法证号: '5199990102', 撤回原因: '调离执法岗位' }),
      ]),
    ]);
    const [agency] = again.agencies;
    expect(agency!.officers.map((entry) => entry.name)).toEqual(['王某']);
    expect(agency!.changes).toEqual([
      expect.objectContaining({ kind: '撤回', item: '李某（5199990102）', reason: '调离执法岗位' }),
    ]);
  });

  it('takes the updated date from an 更新日期 column', () => {
    const dated = run(EMPTY, [sheet('o.csv', [officer({ 更新日期: '2024-12-01' })])]);
    expect(dated.agencies[0]!.listsUpdated).toEqual({ officers: '2024-12-01' });
  });

  it('refuses an XLSX and a CSV that disagree about one officer, naming both', () => {
    const again = run(first, [
      sheet('a.csv', [officer({ 执法区域: '甲' })]),
      sheet('b.csv', [
        officer({ 执法区域: '乙' }),
        officer({ 姓名: '李某', 执法证号: '5199990102' }),
      ]),
    ]);
    expect(
      again.conflicts.map((conflict) => [conflict.target, conflict.key, conflict.fields]),
    ).toEqual([['officers', '5199990101', ['area']]]);
    expect(again.agencies[0]!.officers[0]!.area).toBe('示例县全域');
    expect(again.changes.filter((change) => change.action === 'missing')).toEqual([]);
  });

  it('keeps an entry field whose column the new sheet does not have', () => {
    const header = OFFICERS.filter((title) => title !== '证件有效期');
    const rows = [officer()].map((row) =>
      Object.fromEntries(header.map((title) => [title, row[title as keyof typeof row]])),
    );
    const again = run(first, [sheet('no-validity.csv', rows)]);
    expect(again.agencies[0]!.officers[0]!.certificateValidTo).toBe('2028-12-31');
    expect(again.changes[0]!.action).toBe('unchanged');
  });
});
