/**
 * CSV as Excel writes and reads it (RFC 4180): fields separated by commas (or tabs, for
 * Excel's "Unicode text"), quoted with double quotes when they hold a separator, a quote or
 * a line break, quotes doubled inside quotes, CRLF or LF between records.
 *
 * Limit: Excel's locale-dependent semicolon separator (European systems) is not detected;
 * 双公示 exports are made on Chinese systems, which use commas.
 */

/** Comma, unless the first line has more tabs than commas. */
export function detectDelimiter(text: string): ',' | '\t' {
  const end = text.indexOf('\n');
  const firstLine = end < 0 ? text : text.slice(0, end);
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return tabs > commas ? '\t' : ',';
}

/**
 * Splits CSV text into rows of cells. Never throws: an unclosed quote runs to the end of the
 * text, as Excel reads it. A trailing line break does not add an empty row.
 */
export function parseCsv(text: string, delimiter: string = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const length = text.length;
  const sep = delimiter.charCodeAt(0);
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */ && cell === '') {
      // Quoted field: read to the closing quote; "" is a literal quote.
      i += 1;
      let start = i;
      let value = '';
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          value += text.slice(start);
          i = length;
          break;
        }
        if (text.charCodeAt(close + 1) === 34) {
          value += `${text.slice(start, close)}"`;
          i = close + 2;
          start = i;
          continue;
        }
        value += text.slice(start, close);
        i = close + 1;
        break;
      }
      cell = value;
      // Text after the closing quote (malformed) is kept, as Excel does.
      while (i < length) {
        const next = text.charCodeAt(i);
        if (next === sep || next === 10 || next === 13) break;
        cell += text[i];
        i += 1;
      }
      continue;
    }
    if (code === sep) {
      row.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (code === 10 || code === 13) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // Plain run up to the next separator, quote-free line end.
    let end = i + 1;
    while (end < length) {
      const next = text.charCodeAt(end);
      if (next === sep || next === 10 || next === 13) break;
      end += 1;
    }
    cell += text.slice(i, end);
    i = end;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const NEEDS_QUOTES = /[",\r\n\t']/;
/** What a spreadsheet runs as a formula when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * `value` made safe to open in a spreadsheet: starting with `= + - @`, a tab or a carriage
 * return, it gets a leading `'`, so Excel and WPS show it as text instead of running it as a
 * formula (`=HYPERLINK(…)` in an agency name would otherwise be a live link). Import reads
 * the `'` away again (cellText).
 *
 * Limit: a negative number is written as text too (`'-5`): use it for names and codes, not
 * for signed figures.
 */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV cell, formula-guarded, quoted when it holds a quote, comma, line break, tab or `'`.
 *
 * @example csvCell('=1+1') // `"'=1+1"`
 */
export function csvCell(value: string): string {
  const guarded = guardFormula(value);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Writes rows as CSV with CRLF line ends, each cell through csvCell. Cells that Excel would
 * turn into numbers or dates (long digit strings such as 统一社会信用代码 and 许可编号) are
 * not protected here: open the file through Excel's import, or use XLSX, which stores every
 * cell as text.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
