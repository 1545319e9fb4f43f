import type { DecisionRecord } from '../records/decision-record';
import type { ColumnSet } from './columns';
import { formatCsv, parseCsv } from './csv';
import { decodeSpreadsheetText, type TextEncoding } from './decode-text';
import { type ExportOptions, exportRows } from './export-rows';
import { type ImportOptions, type ImportResult, importRows } from './import-rows';
import { looksLikeXlsx, readXlsx, XlsxReadError } from './xlsx-read';
import { writeXlsx } from './xlsx-write';

export const SpreadsheetFormat = {
  csv: 'csv',
  xlsx: 'xlsx',
} as const;
export type SpreadsheetFormat = (typeof SpreadsheetFormat)[keyof typeof SpreadsheetFormat];

export interface SpreadsheetImport extends ImportResult {
  readonly format: SpreadsheetFormat;
  /** For CSV: the encoding the bytes were read in. */
  readonly encoding?: TextEncoding;
  /** For XLSX: the sheet read (the first one). */
  readonly sheet?: string;
}

/** A workbook that could not be read at all: no rows, one problem saying why. */
function unreadable(code: string, message: string, messageEn: string): SpreadsheetImport {
  return {
    usable: false,
    format: SpreadsheetFormat.xlsx,
    records: [],
    rows: [],
    problems: [{ path: '$', code, message, messageEn }],
    counts: { imported: 0, rejected: 0 },
  };
}

/**
 * Imports a 双公示 spreadsheet from its bytes: XLSX when they are a ZIP, otherwise CSV in
 * UTF-8, UTF-16 or GBK. Never throws: an unreadable file comes back with `usable: false` and
 * a problem saying why.
 */
export function importSpreadsheet(
  bytes: Uint8Array,
  options: ImportOptions = {},
): SpreadsheetImport {
  if (looksLikeXlsx(bytes)) {
    try {
      const [sheet] = readXlsx(bytes);
      return {
        ...importRows(sheet!.rows, options),
        format: SpreadsheetFormat.xlsx,
        sheet: sheet!.name,
      };
    } catch (error) {
      if (!(error instanceof XlsxReadError)) throw error;
      const [message, messageEn] = error.message.split(' / ');
      return unreadable(error.code, message!, messageEn ?? message!);
    }
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return unreadable(
      'import.xls-not-supported',
      '这是旧版 .xls 文件：请在 Excel/WPS 中另存为 .xlsx 或 CSV 后再导入。',
      'this is a legacy .xls file: save it as .xlsx or CSV in Excel/WPS and import that.',
    );
  }
  const { text, encoding } = decodeSpreadsheetText(bytes);
  return { ...importRows(parseCsv(text), options), format: SpreadsheetFormat.csv, encoding };
}

/**
 * Records as a 双公示 spreadsheet: UTF-8 CSV with a BOM (so Excel on Chinese Windows opens
 * it as UTF-8, not GBK), or XLSX with every cell stored as text. The rows are exportRows'
 * (free text through the privacy engine's public style).
 */
export function exportSpreadsheet(
  records: readonly DecisionRecord[],
  columnSet: ColumnSet,
  format: SpreadsheetFormat,
  options: ExportOptions = {},
): Uint8Array {
  const rows = exportRows(records, columnSet, options);
  if (format === SpreadsheetFormat.xlsx) {
    return writeXlsx(rows, columnSet === 'penalty' ? '行政处罚' : '行政许可');
  }
  return new TextEncoder().encode(`\uFEFF${formatCsv(rows)}`);
}
