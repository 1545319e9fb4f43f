export { cellText, parseCellDate, parsePartyKind } from './cell-values';
export {
  COLUMN_SETS,
  type ColumnDefinition,
  type ColumnKey,
  ColumnSet,
  LICENCE_COLUMNS,
  PENALTY_COLUMNS,
  PRIVATE_COLUMNS,
} from './columns';
export { detectDelimiter, formatCsv, parseCsv } from './csv';
export { decodeSpreadsheetText, TextEncoding } from './decode-text';
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
export { REQUIRED_CELLS, type RequiredCell, type RowCondition } from './required-cells';
export {
  looksLikeXlsx,
  MAX_PART_BYTES,
  readXlsx,
  XlsxReadError,
  type XlsxSheet,
} from './xlsx-read';
export { writeXlsx } from './xlsx-write';
