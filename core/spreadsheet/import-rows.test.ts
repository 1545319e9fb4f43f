import { describe, expect, it } from 'vitest';
import { exportRows } from './export-rows';
import { importRows } from './import-rows';

const HEADER = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1（统一社会信用代码）',
  '法定代表人',
  '证件类型',
  '证件号码',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额（万元）',
  '处罚决定日期',
  '处罚有效期',
  '公示截止期',
  '处罚机关',
  '处罚机关统一社会信用代码',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
];

type Row = Record<string, string>;
const company: Row = {
  行政相对人名称: '示例县某某商贸有限公司',
  行政相对人类别: '法人及非法人组织',
  '行政相对人代码_1（统一社会信用代码）': '91519999MA00000A02',
  法定代表人: '王某',
  行政处罚决定书文号: '示市监处罚〔2025〕12号',
  违法行为类型: '销售不合格产品',
  违法事实: '销售不合格商品',
  处罚依据: '《产品质量法》第四十九条',
  处罚类别: '罚款',
  处罚内容: '罚款人民币五千元',
  '罚款金额（万元）': '0.5',
  处罚决定日期: '2025/3/3',
  处罚有效期: '2026-03-03',
  公示截止期: '2026-03-03',
  处罚机关: '示例县市场监督管理局',
  处罚机关统一社会信用代码: '11519999MB00000015',
  数据来源单位: '示例县市场监督管理局',
  数据来源单位统一社会信用代码: '11519999MB00000015',
};
// Fictitious resident IDs (region 519999, assigned to no county): born 2009-01-01 and 1980-02-29.
const person = (id: string, date = '2025-03-03'): Row => ({
  ...company,
  行政相对人名称: '张某',
  行政相对人类别: '自然人',
  '行政相对人代码_1（统一社会信用代码）': '',
  法定代表人: '',
  证件类型: '身份证',
  证件号码: id,
  处罚决定日期: date,
});
const toRow = (row: Row) => HEADER.map((title) => row[title] ?? '');

describe('importRows', () => {
  it('imports a company row', () => {
    const result = importRows([HEADER, toRow(company)]);
    expect(result.usable).toBe(true);
    expect(result.columnSet).toBe('penalty');
    expect(result.counts).toEqual({ imported: 1, rejected: 0 });
    expect(result.records[0]).toMatchObject({
      category: '行政处罚',
      documentNumber: '示市监处罚〔2025〕12号',
      party: {
        name: '示例县某某商贸有限公司',
        kind: '法人及非法人组织',
        identifiers: { unifiedSocialCreditCode: '91519999MA00000A02' },
        legalRepresentative: '王某',
      },
      agency: { name: '示例县市场监督管理局', code: '11519999MB00000015' },
      amounts: { fine: { value: '0.5', unit: '万元' } },
      decisionDate: '2025-03-03',
      publicityEndDate: '2026-03-03',
    });
  });

  it.each<[string, Row, 'imported' | 'rejected', string[]]>([
    ['an adult, ID dropped', person('51999919800229001X'), 'imported', []],
    ['a minor (16 at the decision)', person('519999200901010018'), 'rejected', ['row.minor']],
    [
      'turns 18 the day after the decision',
      person('519999200703040011', '2025-03-03'),
      'rejected',
      ['row.minor'],
    ],
    ['turns 18 on the decision day', person('519999200703030011', '2025-03-03'), 'imported', []],
    ['a legacy 15-digit ID', person('519999800101001'), 'imported', []],
    ['no ID: age unknown', person(''), 'imported', ['cell.age-unknown']],
    ['no party name', { ...company, 行政相对人名称: '' }, 'rejected', ['row.party-name-missing']],
    [
      'unknown party kind',
      { ...company, 行政相对人类别: '外星人' },
      'rejected',
      ['row.party-kind-invalid'],
    ],
    [
      'kind inferred from the code',
      { ...company, 行政相对人类别: '' },
      'imported',
      ['cell.party-kind-inferred'],
    ],
    [
      'bad decision date',
      { ...company, 处罚决定日期: '2025-02-30' },
      'rejected',
      ['row.decision-date-invalid'],
    ],
    [
      'no decision date',
      { ...company, 处罚决定日期: '' },
      'rejected',
      ['row.decision-date-missing'],
    ],
    ['no agency', { ...company, 处罚机关: '' }, 'rejected', ['row.agency-missing']],
    ['bad amount', { ...company, '罚款金额（万元）': '五千' }, 'imported', ['cell.invalid-amount']],
    ['bad publicity date', { ...company, 公示截止期: '明年' }, 'imported', ['cell.invalid-date']],
    [
      'credit code typo',
      { ...company, '行政相对人代码_1（统一社会信用代码）': '91519999MA00000A01' },
      'imported',
      ['cell.credit-code-invalid'],
    ],
  ])('%s', (_name, row, status, codes) => {
    const result = importRows([HEADER, toRow(row)]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.status).toBe(status);
    expect(result.rows[0]!.problems.map((problem) => problem.code)).toEqual(codes);
    expect(result.rows[0]!.row).toBe(2);
  });

  it('never keeps an ID number anywhere in the result', () => {
    const result = importRows([
      HEADER,
      toRow(person('51999919800229001X')),
      toRow(person('519999200901010018')),
    ]);
    expect(JSON.stringify(result)).not.toMatch(
      /51999919800229001X|519999200901010018|19800229|20090101/,
    );
    expect(result.records[0]!.party.minorAtDecision).toBe(false);
  });

  it('finds the header under a title row and skips blank rows', () => {
    const result = importRows([
      ['示例县行政处罚信息公示'],
      HEADER,
      [],
      toRow(company),
      ['', '', ''],
    ]);
    expect(result.headerRow).toBe(2);
    expect(result.rows.map((row) => row.row)).toEqual([4]);
  });

  it('reports unknown columns and refuses a sheet without a header', () => {
    expect(importRows([[...HEADER, '内部编号'], toRow(company)]).problems).toContainEqual(
      expect.objectContaining({ code: 'import.unknown-column', path: 'header.内部编号' }),
    );
    const unusable = importRows([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(unusable.usable).toBe(false);
    expect(unusable.problems[0]!.code).toBe('import.no-header');
  });

  it('gives two identical rows different ids', () => {
    const { records } = importRows([HEADER, toRow(company), toRow(company)]);
    expect(new Set(records.map((record) => record.id)).size).toBe(2);
  });

  it('reads amounts in 元 when the header says so', () => {
    const header = HEADER.map((title) => (title === '罚款金额（万元）' ? '罚款金额（元）' : title));
    const { records } = importRows([
      header,
      HEADER.map((title) => (title === '罚款金额（万元）' ? '5000' : (company[title] ?? ''))),
    ]);
    expect(records[0]!.amounts?.fine).toEqual({ value: '5000', unit: '元' });
  });

  it('exports back to the same columns and re-imports the same records', () => {
    const first = importRows([HEADER, toRow(company), toRow(person('51999919800229001X'))]);
    const rows = exportRows(first.records, 'penalty');
    expect(rows[0]).toContain('行政相对人代码_1(统一社会信用代码)');
    expect(rows[0]).toContain('证件号码');
    const idColumn = rows[0]!.indexOf('证件号码');
    expect(rows.slice(1).every((row) => row[idColumn] === '')).toBe(true);
    const second = importRows(rows);
    const strip = (records: typeof first.records) =>
      records.map(({ id: _id, party: { minorAtDecision: _m, ...party }, ...rest }) => ({
        ...rest,
        party,
      }));
    expect(strip(second.records)).toEqual(strip(first.records));
  });
});

describe('importRows: ID numbers typed into public cells', () => {
  it('replaces a copy of the row’s ID number and says where', () => {
    const row = {
      ...person('51999919800229001X'),
      违法事实: '经查，当事人张某（身份证号51999919800229001x）未取得许可从事经营。',
    };
    const result = importRows([HEADER, toRow(row)]);
    expect(result.records[0]!.facts).toBe(
      '经查，当事人张某（身份证号（证件号码已隐去））未取得许可从事经营。',
    );
    expect(result.rows[0]!.problems).toEqual([
      expect.objectContaining({
        code: 'cell.id-number-removed',
        column: '违法事实',
        severity: 'warning',
      }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/51999919800229001/);
  });
});

describe('importRows: the columns the 2018 双公示 data standard requires', () => {
  const LICENCE_HEADER = [
    '行政相对人名称',
    '行政相对人类别',
    '行政相对人代码_1(统一社会信用代码)',
    '法定代表人',
    '行政许可决定文书名称',
    '行政许可决定文书号',
    '许可类别',
    '许可证书名称',
    '许可编号',
    '许可内容',
    '许可决定日期',
    '有效期自',
    '有效期至',
    '许可机关',
    '许可机关统一社会信用代码',
    '当前状态',
    '数据来源单位',
    '数据来源单位统一社会信用代码',
  ];
  const licence: Row = {
    行政相对人名称: '示例县嘉禾餐饮有限公司',
    行政相对人类别: '法人及非法人组织',
    '行政相对人代码_1(统一社会信用代码)': '91519999MA00000D18',
    法定代表人: '王某',
    行政许可决定文书名称: '食品经营许可决定书',
    行政许可决定文书号: '示市监许〔2025〕1号',
    许可类别: '普通',
    许可证书名称: '食品经营许可证',
    许可编号: 'JY15199990000001',
    许可内容: '预包装食品销售',
    许可决定日期: '2025-03-01',
    有效期自: '2025-03-01',
    有效期至: '2030-02-28',
    许可机关: '示例县市场监督管理局',
    许可机关统一社会信用代码: '11519999MB00000015',
    当前状态: '有效',
    数据来源单位: '示例县市场监督管理局',
    数据来源单位统一社会信用代码: '11519999MB00000015',
  };
  const licenceRow = (row: Row) => LICENCE_HEADER.map((title) => row[title] ?? '');
  const expectRejectedFor = (result: ReturnType<typeof importRows>, column: string) => {
    expect(result.rows[0]!.status).toBe('rejected');
    expect(result.rows[0]!.problems).toEqual([
      expect.objectContaining({ code: 'row.required-missing', severity: 'error', column }),
    ]);
    expect(result.rows[0]!.problems[0]!.message).toContain(`「${column}」`);
    expect(result.rows[0]!.problems[0]!.messageEn).toContain(`"${column}"`);
    expect(result.records).toEqual([]);
  };

  it('imports the complete rows', () => {
    expect(importRows([HEADER, toRow(company)]).counts).toEqual({ imported: 1, rejected: 0 });
    expect(importRows([LICENCE_HEADER, licenceRow(licence)]).counts).toEqual({
      imported: 1,
      rejected: 0,
    });
  });

  it.each([
    '行政处罚决定书文号',
    '违法行为类型',
    '违法事实',
    '处罚依据',
    '处罚类别',
    '处罚内容',
    '处罚有效期',
    '处罚机关统一社会信用代码',
    '数据来源单位',
    '数据来源单位统一社会信用代码',
  ])('rejects a 行政处罚 row without %s, naming the column', (column) => {
    expectRejectedFor(importRows([HEADER, toRow({ ...company, [column]: '' })]), column);
  });

  it.each<[string, Row, string]>([
    [
      'a fine without its amount',
      { 处罚类别: '警告；罚款', '罚款金额（万元）': '' },
      '罚款金额（万元）',
    ],
    ['a company without its legal representative', { 法定代表人: '' }, '法定代表人'],
    [
      'a company without any code',
      { '行政相对人代码_1（统一社会信用代码）': '' },
      '行政相对人代码_1（统一社会信用代码）',
    ],
  ])('rejects %s', (_name, patch, column) => {
    expectRejectedFor(importRows([HEADER, toRow({ ...company, ...patch })]), column);
  });

  it.each<[string, string, string]>([
    ['没收违法所得', '没收违法所得、没收非法财物的金额(万元)', '0.012'],
    ['吊销许可证', '暂扣或吊销证照名称及编号', '食品经营许可证 JY15199990000001'],
  ])('requires the column a 处罚类别 of %s needs', (kind, column, value) => {
    const header = [...HEADER, column];
    const row = (cell: string) => [...toRow({ ...company, 处罚类别: `罚款；${kind}` }), cell];
    expectRejectedFor(importRows([header, row('')]), column);
    expect(importRows([header, row(value)]).counts.imported).toBe(1);
  });

  it('keeps natural persons without 证件号码 (the feed never holds it; the export leaves it empty)', () => {
    const result = importRows([HEADER, toRow(person(''))]);
    expect(result.rows[0]!.status).toBe('imported');
  });

  it.each([
    '行政许可决定文书名称',
    '行政许可决定文书号',
    '许可类别',
    '许可内容',
    '有效期自',
    '有效期至',
    '许可机关统一社会信用代码',
    '当前状态',
    '数据来源单位',
    '数据来源单位统一社会信用代码',
  ])('rejects a 行政许可 row without %s, naming the column', (column) => {
    expectRejectedFor(
      importRows([LICENCE_HEADER, licenceRow({ ...licence, [column]: '' })]),
      column,
    );
  });

  it.each([
    ['许可编号', { 许可编号: '' }],
    ['许可证书名称', { 许可证书名称: '' }],
  ])('rejects a licence certificate without its %s', (column, patch) => {
    expectRejectedFor(importRows([LICENCE_HEADER, licenceRow({ ...licence, ...patch })]), column);
  });

  it('imports a licence issued without a certificate (neither 许可证书名称 nor 许可编号)', () => {
    const result = importRows([
      LICENCE_HEADER,
      licenceRow({ ...licence, 许可证书名称: '', 许可编号: '' }),
    ]);
    expect(result.counts).toEqual({ imported: 1, rejected: 0 });
  });

  it('reports a required column missing from the header, and names it in every row', () => {
    const header = HEADER.filter((title) => title !== '行政处罚决定书文号');
    const row = header.map((title) => company[title] ?? '');
    const result = importRows([header, row, row]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: 'import.missing-column',
        path: 'header.行政处罚决定书文号',
      }),
    );
    expect(result.counts).toEqual({ imported: 0, rejected: 2 });
    expect(result.rows[1]!.problems).toEqual([
      expect.objectContaining({ code: 'row.required-missing', column: '行政处罚决定书文号' }),
    ]);
  });

  it('infers a missing 行政相对人类别 column from the credit code, as before', () => {
    const header = HEADER.filter((title) => title !== '行政相对人类别');
    const result = importRows([header, header.map((title) => company[title] ?? '')]);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]!.problems.map((problem) => problem.code)).toEqual([
      'cell.party-kind-inferred',
    ]);
  });

  it('takes the agency code from the default agency when the sheet has none', () => {
    const header = HEADER.filter((title) => !title.startsWith('处罚机关'));
    const row = header.map((title) => company[title] ?? '');
    const agency = { name: '示例县市场监督管理局', code: '11519999MB00000015' };
    expect(importRows([header, row], { defaultAgency: agency }).counts.imported).toBe(1);
    const withoutCode = importRows([header, row], { defaultAgency: { name: agency.name } });
    expect(withoutCode.rows[0]!.problems).toEqual([
      expect.objectContaining({ code: 'row.required-missing', column: '处罚机关统一社会信用代码' }),
    ]);
  });
});
