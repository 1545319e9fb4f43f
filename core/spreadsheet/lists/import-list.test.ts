import { describe, expect, it } from 'vitest';
import { importListRows } from './import-list';

const OFFICERS_HEADER = [
  '序号',
  '执法主体',
  '姓名',
  '执法证号',
  '执法类别',
  '执法区域',
  '证件有效期',
];
const AGENCY = '示例县市场监督管理局';

const codes = (problems: readonly { code: string }[]) => problems.map((problem) => problem.code);

describe('importListRows', () => {
  it.each([
    [['执法主体', '姓名', '执法证件号码', '执法门类', '执法地域'], 'officers'],
    [['实施主体', '权力编码', '权力事项名称', '权力类型', '实施依据'], 'powers'],
    [
      ['实施主体', '检查事项', '检查依据', '检查内容', '检查方式', '检查比例', '检查频次'],
      'randomInspections',
    ],
    [['执法主体', '行政执法类别', '审核事项', '适用情形'], 'majorDecisionCatalogue'],
    [['实施主体', '事项名称', '受理单位', '申请材料', '办理时限', '是否收费'], 'serviceGuides'],
    [['执法主体名称', '统一社会信用代码', '主体性质', '主要职责', '投诉电话'], 'profile'],
  ])('recognises %j as %s', (header, kind) => {
    expect(importListRows([header]).kind).toBe(kind);
  });

  it('asks for --kind when a header fits two lists equally', () => {
    const result = importListRows([['事项名称', '设定依据']]);
    expect(result.usable).toBe(false);
    expect(codes(result.problems)).toEqual(['import.ambiguous-header']);
    expect(importListRows([['事项名称', '设定依据']], { kind: 'powers' }).kind).toBe('powers');
  });

  it('rejects a broken row with its number and column, and imports the others', () => {
    const result = importListRows([
      ['示例县市场监督管理局执法人员名单'],
      OFFICERS_HEADER,
      ['1', AGENCY, '王某', '5199990101', '市场监管', '示例县全域', '2028-12-31'],
      ['2', AGENCY, '李某', '5199990102', '市场监管', '', '2028-12-31'],
      ['3', AGENCY, '赵某', '5199990103', '市场监管', '城区', '明年'],
    ]);
    expect(result.headerRow).toBe(2);
    expect(result.rows.map((row) => [row.row, row.status, codes(row.problems)])).toEqual([
      [3, 'imported', []],
      [4, 'rejected', ['row.required-missing']],
      [5, 'imported', ['cell.invalid-date']],
    ]);
    expect(result.rows[1]!.problems[0]).toMatchObject({
      column: '执法区域',
      message: '缺少「执法区域」，此行未导入。',
    });
    expect(result.entries.map((entry) => entry.label)).toEqual([
      '王某（5199990101）',
      '赵某（5199990103）',
    ]);
  });

  it('reports unknown columns, and reports personal columns without reading them', () => {
    const result = importListRows([
      [...OFFICERS_HEADER, '身份证号码', '手机号码', '内部编号'],
      [
        '1',
        AGENCY,
        '王某',
        '5199990101',
        '市场监管',
        '全县',
        '',
        '519999198001010016',
        '13800000000',
        'X1',
      ],
    ]);
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['import.private-column', 'header.身份证号码'],
      ['import.private-column', 'header.手机号码'],
      ['import.unknown-column', 'header.内部编号'],
    ]);
    expect(JSON.stringify(result.entries)).not.toMatch(/519999198001010016|13800000000/);
  });

  it('needs an agency: the column, or a default agency', () => {
    const rows = [
      ['姓名', '执法证号', '执法类别', '执法区域'],
      ['王某', '5199990101', '市场监管', '全县'],
    ];
    const without = importListRows(rows);
    expect(codes(without.problems)).toEqual(['import.missing-column']);
    expect(codes(without.rows[0]!.problems)).toEqual(['row.agency-missing']);
    const withDefault = importListRows(rows, { defaultAgency: { name: AGENCY, code: 'X' } });
    expect(withDefault.entries[0]!.agency).toEqual({ name: AGENCY, code: 'X' });
  });

  it('refuses a sheet missing a required column for every row', () => {
    const result = importListRows([
      ['执法主体', '姓名', '执法证号', '执法区域'],
      [AGENCY, '王某', '5199990101', '全县'],
    ]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'import.missing-column', path: 'header.执法类别' }),
    );
    expect(result.counts).toEqual({ imported: 0, rejected: 1 });
  });

  it('reads a 办事指南 whose steps run over several rows (merged cells)', () => {
    const result = importListRows([
      ['执法主体', '事项名称', '承诺时限', '收费标准', '环节', '环节办理人', '环节时限'],
      [AGENCY, '食品经营许可证核发', '8个工作日', '不收费', '受理', '窗口', '1个工作日'],
      ['', '', '', '', '审查', '食品科', '5个工作日'],
      [AGENCY, '食品经营许可证核发', '', '', '决定', '', '2个工作日'],
      [AGENCY, '广告发布登记', '即办', '否', '', '', ''],
    ]);
    expect(result.counts).toEqual({ imported: 4, rejected: 0 });
    const [food, advert] = result.entries;
    expect(food!.kind === 'serviceGuides' && food!.item.flow.steps).toEqual([
      { name: '受理', actor: '窗口', timeLimit: { value: 1, unit: '工作日' } },
      { name: '审查', actor: '食品科', timeLimit: { value: 5, unit: '工作日' } },
      { name: '决定', actor: AGENCY, timeLimit: { value: 2, unit: '工作日' } },
    ]);
    expect(advert!.kind === 'serviceGuides' && advert!.item).toMatchObject({
      itemName: '广告发布登记',
      acceptingBody: AGENCY,
      fees: '不收费',
      timeLimit: { value: 0, unit: '工作日' },
      flow: { name: '办理流程', steps: [] },
    });
  });

  it('keeps the row reasons and 更新日期 with the entry', () => {
    const result = importListRows([
      [...OFFICERS_HEADER, '更新日期', '更正原因', '撤回原因'],
      ['1', AGENCY, '王某', '5199990101', '市场监管', '全县', '', '2026/1/5', '区域调整', ''],
      ['2', AGENCY, '李某', '5199990102', '市场监管', '全县', '', '', '', '调离执法岗位'],
    ]);
    expect(
      result.entries.map(({ updated, correctionReason, withdrawalReason }) => ({
        updated,
        correctionReason,
        withdrawalReason,
      })),
    ).toEqual([
      { updated: '2026-01-05', correctionReason: '区域调整', withdrawalReason: undefined },
      { updated: undefined, correctionReason: undefined, withdrawalReason: '调离执法岗位' },
    ]);
  });

  it('reads a 金额标准 in 万元 as 元', () => {
    const result = importListRows([
      ['执法主体', '执法类别', '审核事项', '重大执法决定标准', '金额标准(万元)'],
      [AGENCY, '行政处罚', '较大数额罚款', '对单位处以10万元以上罚款的', '10'],
    ]);
    expect(result.entries[0]!.item).toMatchObject({ thresholdYuan: '100000' });
  });
});
