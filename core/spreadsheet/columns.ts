/**
 * The 双公示 column sets (DOMAIN.md §3): the 行政处罚 and 行政许可 templates agencies export to
 * 信用中国. `header` is the canonical column title the export writes; `aliases` are variants
 * seen in the wild. The import matches titles after normalisation (header-match.ts).
 */
export const ColumnSet = {
  penalty: 'penalty',
  licence: 'licence',
} as const;
export type ColumnSet = (typeof ColumnSet)[keyof typeof ColumnSet];

/** What a column holds. `partyIdNumber` and `legalRepresentativeIdNumber` never reach a feed. */
export type ColumnKey =
  | 'partyName'
  | 'partyKind'
  | 'code1'
  | 'code2'
  | 'code3'
  | 'code4'
  | 'code5'
  | 'code6'
  | 'legalRepresentative'
  | 'legalRepresentativeIdType'
  | 'legalRepresentativeIdNumber'
  | 'partyIdType'
  | 'partyIdNumber'
  | 'documentTitle'
  | 'documentNumber'
  | 'violationType'
  | 'facts'
  | 'basis'
  | 'decisionKind'
  | 'content'
  | 'fine'
  | 'confiscation'
  | 'suspendedLicence'
  | 'certificateName'
  | 'licenceNumber'
  | 'decisionDate'
  | 'validFrom'
  | 'validTo'
  | 'publicityEndDate'
  | 'agencyName'
  | 'agencyCode'
  | 'licenceStatus'
  | 'dataSourceName'
  | 'dataSourceCode'
  | 'remarks'
  | ControlColumnKey;

/**
 * Columns that say what to do with a row rather than what the record is: why it changed
 * (更正原因) or why it comes down (撤回原因). Every sheet kind accepts them; the export does
 * not write them.
 */
export type ControlColumnKey = 'correctionReason' | 'withdrawalReason';

export interface ColumnDefinition {
  readonly key: ColumnKey;
  readonly header: string;
  readonly aliases?: readonly string[];
}

const PARTY: readonly ColumnDefinition[] = [
  { key: 'partyName', header: '行政相对人名称', aliases: ['相对人名称', '当事人名称', '当事人'] },
  { key: 'partyKind', header: '行政相对人类别', aliases: ['相对人类别', '当事人类别'] },
  {
    key: 'code1',
    header: '行政相对人代码_1(统一社会信用代码)',
    aliases: ['统一社会信用代码', '代码_1'],
  },
  { key: 'code2', header: '行政相对人代码_2(工商注册号)', aliases: ['工商注册号', '代码_2'] },
  { key: 'code3', header: '行政相对人代码_3(组织机构代码)', aliases: ['组织机构代码', '代码_3'] },
  { key: 'code4', header: '行政相对人代码_4(税务登记号)', aliases: ['税务登记号', '代码_4'] },
  {
    key: 'code5',
    header: '行政相对人代码_5(事业单位证书号)',
    aliases: ['事业单位证书号', '代码_5'],
  },
  {
    key: 'code6',
    header: '行政相对人代码_6(社会组织登记证号)',
    aliases: ['社会组织登记证号', '代码_6'],
  },
  { key: 'legalRepresentative', header: '法定代表人', aliases: ['法定代表人姓名', '负责人'] },
  { key: 'legalRepresentativeIdType', header: '法定代表人证件类型' },
  {
    key: 'legalRepresentativeIdNumber',
    header: '法定代表人证件号码',
    aliases: ['法定代表人身份证号'],
  },
  { key: 'partyIdType', header: '证件类型', aliases: ['相对人证件类型'] },
  {
    key: 'partyIdNumber',
    header: '证件号码',
    aliases: ['相对人证件号码', '身份证号码', '身份证号'],
  },
];

const SOURCE: readonly ColumnDefinition[] = [
  { key: 'dataSourceName', header: '数据来源单位' },
  { key: 'dataSourceCode', header: '数据来源单位统一社会信用代码' },
  { key: 'remarks', header: '备注' },
];

export const PENALTY_COLUMNS: readonly ColumnDefinition[] = [
  ...PARTY,
  {
    key: 'documentNumber',
    header: '行政处罚决定书文号',
    aliases: ['处罚决定书文号', '决定书文号', '文书号'],
  },
  { key: 'violationType', header: '违法行为类型' },
  { key: 'facts', header: '违法事实', aliases: ['主要违法事实'] },
  { key: 'basis', header: '处罚依据' },
  { key: 'decisionKind', header: '处罚类别', aliases: ['处罚种类'] },
  { key: 'content', header: '处罚内容', aliases: ['处罚结果'] },
  { key: 'fine', header: '罚款金额(万元)', aliases: ['罚款金额'] },
  {
    key: 'confiscation',
    header: '没收违法所得、没收非法财物的金额(万元)',
    aliases: ['没收违法所得、没收非法财物的金额', '没收金额'],
  },
  { key: 'suspendedLicence', header: '暂扣或吊销证照名称及编号' },
  { key: 'decisionDate', header: '处罚决定日期', aliases: ['决定日期', '处罚日期'] },
  { key: 'validTo', header: '处罚有效期' },
  { key: 'publicityEndDate', header: '公示截止期', aliases: ['公示截止日期', '公示期限'] },
  { key: 'agencyName', header: '处罚机关', aliases: ['处罚机关名称', '执法机关'] },
  { key: 'agencyCode', header: '处罚机关统一社会信用代码' },
  ...SOURCE,
];

export const LICENCE_COLUMNS: readonly ColumnDefinition[] = [
  ...PARTY,
  { key: 'documentTitle', header: '行政许可决定文书名称', aliases: ['许可决定文书名称'] },
  {
    key: 'documentNumber',
    header: '行政许可决定文书号',
    aliases: ['许可决定文书号', '许可文书号', '决定书文号'],
  },
  { key: 'decisionKind', header: '许可类别' },
  { key: 'certificateName', header: '许可证书名称' },
  { key: 'licenceNumber', header: '许可编号', aliases: ['许可证编号', '许可证号'] },
  { key: 'content', header: '许可内容' },
  { key: 'decisionDate', header: '许可决定日期', aliases: ['决定日期'] },
  { key: 'validFrom', header: '有效期自' },
  { key: 'validTo', header: '有效期至' },
  { key: 'agencyName', header: '许可机关', aliases: ['许可机关名称'] },
  { key: 'agencyCode', header: '许可机关统一社会信用代码' },
  { key: 'licenceStatus', header: '当前状态' },
  ...SOURCE,
];

/** The control columns, matched in every column set (header-match.ts). */
export const CONTROL_COLUMNS: readonly ColumnDefinition[] = [
  {
    key: 'correctionReason',
    header: '更正原因',
    aliases: ['更正理由', '更正说明', '变更原因', '修改原因'],
  },
  {
    key: 'withdrawalReason',
    header: '撤回原因',
    aliases: ['撤回理由', '撤下原因', '撤销公示原因', '删除原因'],
  },
];

export const COLUMN_SETS: Readonly<Record<ColumnSet, readonly ColumnDefinition[]>> = {
  penalty: PENALTY_COLUMNS,
  licence: LICENCE_COLUMNS,
};

/** Columns whose values are personal and are read only to derive facts, never stored. */
export const PRIVATE_COLUMNS: ReadonlySet<ColumnKey> = new Set([
  'partyIdNumber',
  'legalRepresentativeIdNumber',
]);
