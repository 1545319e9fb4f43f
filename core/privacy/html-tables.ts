import { decodeEntity } from './html-entities';
import { type HtmlToken, HtmlTokenKind } from './html-tokenizer';
import { isBoldStyle, layoutTable, type MarkupCell, termPrefix } from './reading/table-layout';

/**
 * Reads the tables and definition lists of an HTML document so that its text projection
 * reads them as fields (reading/table-layout.ts): the text to write before each cell's (or
 * `<dd>`'s) content, keyed by the index of its start tag in the token list.
 */
export function htmlCellPrefixes(html: string, tokens: readonly HtmlToken[]): Map<number, string> {
  const prefixes = new Map<number, string>();
  interface Cell extends MarkupCell {
    text: string;
    bold: boolean;
    token: number;
  }
  interface Table {
    rows: Cell[][];
    cell?: Cell;
    /** The open row's style makes its text bold. */
    boldRow?: boolean;
    /** The open cell's text is bold by its row's or its own style. */
    boldCell?: boolean;
  }
  const tables: Table[] = [];
  let bold = 0;
  let term: string | undefined;
  let termOpen = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const table = tables[tables.length - 1];
    if (token.kind === HtmlTokenKind.text) {
      const text = decodeText(html, token.start, token.end);
      if (table?.cell) {
        table.cell.text += text;
        if (bold === 0 && !table.boldCell && text.trim() !== '') table.cell.bold = false;
      }
      if (termOpen) term = (term ?? '') + text;
      continue;
    }
    if (token.kind !== HtmlTokenKind.tag) continue;
    const name = token.name!;
    if (name === 'b' || name === 'strong') bold = Math.max(0, bold + (token.closing ? -1 : 1));
    else if (name === 'table') {
      if (!token.closing) tables.push({ rows: [] });
      else if (table) {
        tables.pop();
        const layout = layoutTable(table.rows);
        table.rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            prefixes.set(cell.token, layout[r]![c]!);
          });
        });
      }
    } else if (name === 'tr' && table && !token.closing) {
      table.rows.push([]);
      table.boldRow = isBoldStyle(attributeOf(html, token, 'style'));
    } else if ((name === 'td' || name === 'th') && table) {
      if (token.closing) table.cell = undefined;
      else {
        if (table.rows.length === 0) table.rows.push([]);
        const cell: Cell = {
          text: '',
          th: name === 'th',
          bold: true,
          token: index,
          rowSpan: spanOf(html, token, 'rowspan'),
          colSpan: spanOf(html, token, 'colspan'),
        };
        table.rows[table.rows.length - 1]!.push(cell);
        table.cell = cell;
        table.boldCell = table.boldRow || isBoldStyle(attributeOf(html, token, 'style'));
      }
    } else if (name === 'dt') {
      termOpen = !token.closing;
      if (!token.closing) term = '';
    } else if (name === 'dd' && !token.closing) {
      const prefix = term === undefined ? undefined : termPrefix(term);
      if (prefix !== undefined) prefixes.set(index, prefix);
      term = undefined;
    }
  }
  return prefixes;
}

/** A cell's rowspan or colspan (1 when absent or not a number). */
function spanOf(html: string, token: HtmlToken, name: string): number {
  const value = Number.parseInt(attributeOf(html, token, name) ?? '', 10);
  return Number.isFinite(value) && value > 1 ? value : 1;
}

/** The raw value of a tag's attribute, or undefined. */
export function attributeOf(html: string, token: HtmlToken, name: string): string | undefined {
  const attribute = token.attributes?.find((candidate) => candidate.name === name);
  return attribute ? html.slice(attribute.valueStart, attribute.valueEnd) : undefined;
}

const AMPERSAND = 38;

/**
 * Reads source[from, to) as HTML text: `text(start, end)` for each run without a character
 * reference, `reference(char, at, length)` for each reference (a '&' that starts none stands
 * for itself, length 1). Looks at nothing past `to`, so reading every text token of a page
 * is one pass over it (an unbounded indexOf('&') per token would make it quadratic on a page
 * with few references).
 */
export function readHtmlText(
  source: string,
  from: number,
  to: number,
  text: (start: number, end: number) => void,
  reference: (char: string, at: number, length: number) => void,
): void {
  let i = from;
  while (i < to) {
    let stop = i;
    while (stop < to && source.charCodeAt(stop) !== AMPERSAND) stop++;
    if (stop > i) {
      text(i, stop);
      i = stop;
      if (i >= to) break;
    }
    const entity = decodeEntity(source, i, to);
    if (entity) {
      reference(entity.char, i, entity.length);
      i += entity.length;
    } else {
      reference('&', i, 1);
      i++;
    }
  }
}

/** The text of source[from, to) with character references decoded. */
function decodeText(source: string, from: number, to: number): string {
  let out = '';
  readHtmlText(
    source,
    from,
    to,
    (start, end) => {
      out += source.slice(start, end);
    },
    (char) => {
      out += char;
    },
  );
  return out;
}
