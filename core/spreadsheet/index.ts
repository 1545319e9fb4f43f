export {
  type ApplyOptions,
  type ApplyResult,
  applyImports,
  type ChangeCounts,
  type FeedContent,
} from './apply/apply-imports';
export {
  ChangeAction,
  type ChangeTarget,
  describeSource,
  type ImportChange,
  type ImportConflict,
  REASON_NOT_GIVEN,
  type SourceRef,
} from './apply/import-change';
export { cellText, parseCellDate, parsePartyKind } from './cell-values';
export {
  COLUMN_SETS,
  CONTROL_COLUMNS,
  type ColumnDefinition,
  type ColumnKey,
  ColumnSet,
  type ControlColumnKey,
  LICENCE_COLUMNS,
  PENALTY_COLUMNS,
  PRIVATE_COLUMNS,
} from './columns';
export { detectDelimiter, formatCsv, parseCsv } from './csv';
export { decodeSpreadsheetText, TextEncoding, UNDECODABLE } from './decode-text';
export { type ExportOptions, exportRows, OPEN_ENDED } from './export-rows';
export { type HeaderMatch, matchHeaders, normaliseHeader } from './header-match';
export {
  ID_REMOVED,
  type ImportOptions,
  type ImportResult,
  importRows,
  type RowProblem,
  type RowReport,
  RowStatus,
} from './import-rows';
export {
  exportSpreadsheet,
  importSpreadsheet,
  SpreadsheetFormat,
  type SpreadsheetImport,
} from './import-spreadsheet';
export {
  importWorkbook,
  type SheetImport,
  type WorkbookImport,
  type WorkbookImportOptions,
} from './import-workbook';
export {
  detectListHeader,
  importListRows,
  type ListEntry,
  type ListImport,
  type ListImportOptions,
} from './lists/import-list';
export type { AgencyDetails, ListColumn, ListDefinition, ListItems } from './lists/list-definition';
export { LIST_DEFINITIONS } from './lists/list-definitions';
export { REQUIRED_CELLS, type RequiredCell, type RowCondition } from './required-cells';
export {
  isAgencyListKind,
  parseSheetKind,
  SHEET_KIND_TITLES,
  SHEET_KINDS,
  SheetKind,
} from './sheet-kind';
export { EXAMPLE_ROW_MARK } from './sheet-rows';
export { sheetTemplate, writeSheetTemplate } from './sheet-template';
export {
  looksLikeXlsx,
  MAX_PART_BYTES,
  readXlsx,
  XlsxReadError,
  type XlsxSheet,
} from './xlsx-read';
export { writeXlsx } from './xlsx-write';
