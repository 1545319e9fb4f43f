import { COLUMN_SETS, CONTROL_COLUMNS, type ColumnKey, type ColumnSet } from './columns';
import { formatCsv } from './csv';
import { SpreadsheetFormat } from './import-spreadsheet';
import { COMMON_LIST_COLUMNS } from './lists/common-columns';
import type { ListColumn } from './lists/list-definition';
import { LIST_DEFINITIONS } from './lists/list-definitions';
import { isAgencyListKind, SHEET_KIND_TITLES, type SheetKind } from './sheet-kind';
import { EXAMPLE_ROW_MARK } from './sheet-rows';
import { writeXlsx } from './xlsx-write';

/**
 * The example cells of the 双公示 templates: one fictitious decision each, valid under the
 * 2018 data standard's required cells (required-cells.ts), so a clerk sees what goes where.
 */
const DECISION_EXAMPLES: Readonly<Partial<Record<ColumnKey, string>>> = {
  partyName: '示例县某某食品经营部',
  partyKind: '个体工商户',
  code1: '92519999MA00000005',
  legalRepresentative: '王某',
  violationType: '经营超过保质期的食品',
  facts: '经查，当事人经营超过保质期的食品，货值120元。',
  basis: '《中华人民共和国食品安全法》第一百二十四条第一款',
  decisionKind: '罚款',
  content: '罚款人民币伍仟元整',
  fine: '0.5',
  certificateName: '食品经营许可证',
  licenceNumber: 'JY15199990000001',
  decisionDate: '2026-01-05',
  validFrom: '2026-01-05',
  validTo: '2031-01-04',
  publicityEndDate: '2029-01-05',
  agencyName: '示例县市场监督管理局',
  agencyCode: '11519999MB0JP50KA9',
  licenceStatus: '有效',
  dataSourceName: '示例县市场监督管理局',
  dataSourceCode: '11519999MB0JP50KA9',
};

/** The cells in which the two 双公示 examples differ. */
const SET_EXAMPLES: Readonly<Record<ColumnSet, Readonly<Partial<Record<ColumnKey, string>>>>> = {
  penalty: { documentNumber: '示市监罚〔2026〕1号', validTo: '长期' },
  licence: {
    documentTitle: '准予行政许可决定书',
    documentNumber: '示市监许〔2026〕1号',
    decisionKind: '普通',
    content: '准予从事食品销售经营活动',
  },
};

/** The columns a template of `kind` has, with an example cell each. */
function templateColumns(kind: SheetKind): { header: string; example: string }[] {
  if (isAgencyListKind(kind)) {
    const own = LIST_DEFINITIONS[kind].columns as readonly ListColumn[];
    // The profile's name and code are the common 执法主体 columns; other lists put them first too.
    return [...COMMON_LIST_COLUMNS.slice(0, 2), ...own, COMMON_LIST_COLUMNS[2]!].map(
      ({ header, example }) => ({ header, example }),
    );
  }
  return COLUMN_SETS[kind]
    .filter(
      (column) => column.key !== 'partyIdNumber' && column.key !== 'legalRepresentativeIdNumber',
    )
    .map((column) => ({
      header: column.header,
      example: SET_EXAMPLES[kind][column.key] ?? DECISION_EXAMPLES[column.key] ?? '',
    }));
}

/**
 * A blank sheet of `kind` as rows: 序号, the columns agencies fill in (the names this
 * importer reads best), 更正原因 and 撤回原因, and one fictitious example row marked 示例 in
 * 序号, which the import skips (and reports) if it is left in.
 *
 * 双公示 templates leave out 证件号码 and 法定代表人证件号码: the import reads them only to find
 * minors, and a template should not invite anyone to type ID numbers into a sheet that
 * travels by e-mail. The import still reads them when a sheet has them.
 */
export function sheetTemplate(kind: SheetKind): string[][] {
  const columns = [
    { header: '序号', example: EXAMPLE_ROW_MARK },
    ...templateColumns(kind),
    ...CONTROL_COLUMNS.map(({ header }) => ({ header, example: '' })),
  ];
  return [columns.map((column) => column.header), columns.map((column) => column.example)];
}

/**
 * The template as a file: XLSX (every cell text, the sheet named after the list) or CSV in
 * UTF-8 with a BOM, which Excel opens correctly.
 */
export function writeSheetTemplate(kind: SheetKind, format: SpreadsheetFormat): Uint8Array {
  const rows = sheetTemplate(kind);
  if (format === SpreadsheetFormat.xlsx) return writeXlsx(rows, SHEET_KIND_TITLES[kind]);
  return new TextEncoder().encode(`\uFEFF${formatCsv(rows)}`);
}
