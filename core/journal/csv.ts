/**
 * One CSV cell, safe to open in a spreadsheet: a value starting with `= + - @`, a tab or a
 * carriage return gets a leading `'`, so Excel and WPS show it as text instead of running it
 * as a formula (`=HYPERLINK(…)` in an agency name would otherwise be a live link); cells with
 * a quote, comma, line break or `'` are quoted.
 *
 * Limit: a negative number is written as text too (`'-5`): use it for names and codes, not
 * for signed figures.
 *
 * @example csvCell('=1+1') // `"'=1+1"`
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Rows as CSV for spreadsheets: every cell through `csvCell`, CRLF line ends, and a BOM so
 * Excel on Chinese Windows reads the file as UTF-8, not GBK.
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[]): string {
  const lines = rows.map((row) => row.map((cell) => csvCell(String(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
