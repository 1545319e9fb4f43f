import { csvCell } from '../spreadsheet/csv';

/**
 * Rows as CSV for spreadsheets: every cell through `csvCell`, CRLF line ends, and a BOM so
 * Excel on Chinese Windows reads the file as UTF-8, not GBK.
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[]): string {
  const lines = rows.map((row) => row.map((cell) => csvCell(String(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
