import { FieldKind, fieldKindAt } from './fields';
import { isBareAddress, type Span } from './party-blocks';
import { personNameEnd } from './person-name';

/**
 * Tables typed as text, their columns lined up with spaces (序号  姓名  年龄  住址  金额, then
 * one line per person): what a table pasted from a PDF or a word processor becomes. The
 * header line names each column, as a table's header row does in HTML (table-layout.ts): a
 * name under 姓名 is a person's, an address under 住址 that person's home. Tables whose rows
 * hold a resident ID are read by row-addresses.ts whatever their header.
 */
export interface TextTablePeople {
  /** Names under a 姓名 column. */
  readonly names: readonly Span[];
  /** Addresses under an address column, in rows that name a person. */
  readonly homes: readonly Span[];
}

/**
 * Between a row's cells: a tab, a table cell's separator, a bar (A-03 | 陈德贵 | 5105… of a
 * table exported as text), a run of two spaces or more, or ideographic spaces.
 */
const CELL_BREAK = /\t|\u2063|\s*[|｜]\s*| {2,}|\u3000+/g;
/** A header cell: a short label, no digits. */
const HEADER_CELL = /^[^\d０-９：:]{1,10}$/;
const NAME_HEADER = /^姓\s*名$/;

/** The cells of the line text[lineStart, lineEnd), each trimmed of its spaces. */
export function cellsOf(text: string, lineStart: number, lineEnd: number): Span[] {
  const line = text.slice(lineStart, lineEnd);
  const cells: Span[] = [];
  let from = 0;
  CELL_BREAK.lastIndex = 0;
  for (let gap = CELL_BREAK.exec(line); ; gap = CELL_BREAK.exec(line)) {
    const to = gap ? gap.index : line.length;
    const value = line.slice(from, to);
    const lead = value.length - value.trimStart().length;
    const trimmed = value.trim();
    if (trimmed)
      cells.push({ start: lineStart + from + lead, end: lineStart + from + lead + trimmed.length });
    if (!gap) break;
    from = gap.index + gap[0].length;
  }
  return cells;
}

function lineEndOf(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

export function textTablePeople(text: string): TextTablePeople {
  const names: Span[] = [];
  const homes: Span[] = [];
  // Only the lines that hold 姓名 can head such a table: found by indexOf, each line once.
  for (let at = text.indexOf('姓'); at >= 0; at = text.indexOf('姓', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const headerEnd = lineEndOf(text, at);
    const header = cellsOf(text, lineStart, headerEnd);
    at = headerEnd;
    if (header.length < 3) continue;
    const labels = header.map(({ start, end }) => text.slice(start, end));
    if (!labels.every((label) => HEADER_CELL.test(label))) continue;
    const nameColumn = labels.findIndex((label) => NAME_HEADER.test(label));
    if (nameColumn < 0) continue;
    const addressColumns = header.flatMap(({ start, end }, index) =>
      fieldKindAt(text, start, end) === FieldKind.address ? [index] : [],
    );
    // The rows: lines of as many cells, up to the first that is not one.
    let rowStart = headerEnd + 1;
    while (rowStart < text.length) {
      const rowEnd = lineEndOf(text, rowStart);
      const cells = cellsOf(text, rowStart, rowEnd);
      if (cells.length !== header.length) break;
      const name = cells[nameColumn]!;
      if (personNameEnd(text, name.start, name.end) === name.end) {
        names.push(name);
        for (const column of addressColumns) {
          const cell = cells[column]!;
          if (isBareAddress(text.slice(cell.start, cell.end))) homes.push(cell);
        }
      }
      rowStart = rowEnd + 1;
    }
    at = Math.max(at, rowStart - 1);
  }
  return { names, homes };
}
