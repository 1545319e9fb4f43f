import { PartyKind } from '../records/enumerations';
import { type ColumnKey, ColumnSet } from './columns';

/**
 * The cells the 2018 双公示 data standard (the 信用中国 行政处罚 and 行政许可 templates,
 * DOMAIN.md §3) marks 必填, per column set. A row missing one is rejected by importRows with
 * the column named, so a sheet the portal accepts is one 信用中国 accepts too.
 *
 * Limit: 证件类型 and 证件号码 are 必填 for natural persons in the standard, but the project
 * never keeps an ID number (DOMAIN.md §3: they are never shown to the public) and its own
 * export leaves both empty; requiring them would reject every natural person the export
 * writes. They are read only to tell a minor (import-rows.ts).
 */
export interface RequiredCell {
  readonly key: ColumnKey;
  /** Set when the standard requires the cell only in some rows: when, and why in words. */
  readonly when?: RowCondition;
}

export interface RowCondition {
  readonly applies: (row: RowView) => boolean;
  /** The condition as a clerk reads it, e.g. 处罚类别含“罚款”. */
  readonly reason: string;
  readonly reasonEn: string;
}

/** What a condition may read of a row: the party kind as recognised, and cell texts. */
export interface RowView {
  readonly kind: PartyKind | undefined;
  /** The cell's text; undefined when empty or when the sheet has no such column. */
  value(key: ColumnKey): string | undefined;
}

const LEGACY_CODES: readonly ColumnKey[] = ['code2', 'code3', 'code4', 'code5', 'code6'];

const isOrganisationOrBusiness = (row: RowView) =>
  row.kind === PartyKind.organisation || row.kind === PartyKind.individualBusiness;

const decisionKindMentions = (pattern: RegExp, words: string): RowCondition => ({
  applies: (row) => pattern.test(row.value('decisionKind') ?? ''),
  reason: `处罚类别含“${words}”`,
  reasonEn: `处罚类别 includes ${words}`,
});

/** 法定代表人: 法人及非法人组织 and 个体工商户 (the operator's name); empty for natural persons. */
const LEGAL_REPRESENTATIVE: RequiredCell = {
  key: 'legalRepresentative',
  when: {
    applies: isOrganisationOrBusiness,
    reason: '行政相对人为法人及非法人组织或个体工商户',
    reasonEn: 'the party is an organisation or an individual business',
  },
};

/**
 * 代码_1 (统一社会信用代码) for organisations and individual businesses; one that has none
 * yet gives a legacy code (_2 工商注册号 … _6) instead, as the rules' party.identifier-missing.
 */
const CREDIT_CODE: RequiredCell = {
  key: 'code1',
  when: {
    applies: (row) =>
      isOrganisationOrBusiness(row) && !LEGACY_CODES.some((key) => row.value(key) !== undefined),
    reason:
      '行政相对人为法人及非法人组织或个体工商户（没有统一社会信用代码时填写代码_2 至代码_6 之一）',
    reasonEn:
      'the party is an organisation or an individual business (without a credit code, give one of codes _2 to _6)',
  },
};

const COMMON_HEAD: readonly RequiredCell[] = [
  { key: 'partyName' },
  { key: 'partyKind' },
  CREDIT_CODE,
  LEGAL_REPRESENTATIVE,
];

const COMMON_TAIL: readonly RequiredCell[] = [
  { key: 'decisionDate' },
  { key: 'agencyName' },
  { key: 'agencyCode' },
  { key: 'dataSourceName' },
  { key: 'dataSourceCode' },
];

export const REQUIRED_CELLS: Readonly<Record<ColumnSet, readonly RequiredCell[]>> = {
  [ColumnSet.penalty]: [
    ...COMMON_HEAD,
    { key: 'documentNumber' },
    { key: 'violationType' },
    { key: 'facts' },
    { key: 'basis' },
    { key: 'decisionKind' },
    { key: 'content' },
    { key: 'fine', when: decisionKindMentions(/罚款/, '罚款') },
    {
      key: 'confiscation',
      when: decisionKindMentions(/没收违法所得|没收非法财物/, '没收违法所得、没收非法财物'),
    },
    { key: 'suspendedLicence', when: decisionKindMentions(/暂扣|吊销/, '暂扣或吊销') },
    // 处罚有效期: 长期 when the decision has no end (import-rows reads it as no end date).
    { key: 'validTo' },
    ...COMMON_TAIL,
  ],
  [ColumnSet.licence]: [
    ...COMMON_HEAD,
    { key: 'documentTitle' },
    { key: 'documentNumber' },
    { key: 'decisionKind' },
    // 许可证书名称 and 许可编号 are 选填 for a licence issued without a certificate; one with
    // a certificate gives both (许可编号 is the certificate's number).
    {
      key: 'certificateName',
      when: {
        applies: (row) => row.value('licenceNumber') !== undefined,
        reason: '填写了许可编号（许可证书的编号）',
        reasonEn: '许可编号 (the certificate number) is given',
      },
    },
    {
      key: 'licenceNumber',
      when: {
        applies: (row) => row.value('certificateName') !== undefined,
        reason: '填写了许可证书名称',
        reasonEn: '许可证书名称 is given',
      },
    },
    { key: 'content' },
    { key: 'validFrom' },
    { key: 'validTo' },
    { key: 'licenceStatus' },
    ...COMMON_TAIL,
  ],
};

/** The required cells `row` leaves empty, in column-set order, each with its requirement. */
export function missingRequiredCells(
  columnSet: ColumnSet,
  row: RowView,
  skip: ReadonlySet<ColumnKey> = new Set(),
): RequiredCell[] {
  return REQUIRED_CELLS[columnSet].filter(
    (cell) =>
      !skip.has(cell.key) &&
      row.value(cell.key) === undefined &&
      (cell.when === undefined || cell.when.applies(row)),
  );
}
