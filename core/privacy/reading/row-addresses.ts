import { isBareAddress, type Span } from './party-blocks';
import { personNameEnd } from './person-name';
import { cellsOf, headsThirdPersons } from './text-tables';

/**
 * Rows of people in a table that has no labels the reading knew: a row holding a resident ID
 * number holds one person, and an address in another of its cells is that person's home
 * (序号⇥姓名⇥性别⇥身份证号⇥住址 flattened to tabs from a PDF, 1⇥阳小军⇥男⇥5103…⇥
 * 自贡市贡井区成佳镇新店村4组), or by ideographic spaces (203　范晓燕　5103…　四川省富顺县…3组,
 * a register typed in a word processor). A row set out with ASCII spaces only is not read so.
 */

/** The characters that make a line a row of cells. */
const CELL_MARKS = ['\t', '\u2063', '|', '｜', '\u3000'];

/**
 * A cell that is a resident ID number, whole. (identifiers/resident-id.ts has the same shape,
 * but it lives in the widgets' first view: importing it here makes that chunk export it, 37 B.)
 */
const RESIDENT_ID_CELL = /^[1-9]\d{16}[\dXx]$/;

/** The addresses in the cells of `text`'s rows that also hold a resident ID. */
export function rowAddresses(text: string): Span[] {
  const found: Span[] = [];
  // Only lines of cells are looked at (a tab, a table cell's separator, a bar, an ideographic
  // space: a paragraph's indent too, whose line then has too few cells): found by
  // indexOf, each kind's next place remembered so that the text is passed over once.
  const next = CELL_MARKS.map((mark) => text.indexOf(mark));
  for (;;) {
    let cell = -1;
    for (const at of next) if (at >= 0 && (cell < 0 || at < cell)) cell = at;
    if (cell < 0) break;
    const lineStart = text.lastIndexOf('\n', cell) + 1;
    let lineEnd = text.indexOf('\n', cell);
    if (lineEnd < 0) lineEnd = text.length;
    next.forEach((at, k) => {
      if (at >= 0 && at < lineEnd) next[k] = text.indexOf(CELL_MARKS[k]!, lineEnd);
    });
    rowAddressesOf(text, lineStart, lineEnd, found);
  }
  return found;
}

/** The bare addresses of the line text[lineStart, lineEnd) if it is a row holding an ID. */
function rowAddressesOf(text: string, lineStart: number, lineEnd: number, found: Span[]): void {
  const cells = cellsOf(text, lineStart, lineEnd);
  const value = (cell: Span) => text.slice(cell.start, cell.end);
  if (cells.length < 3 || !cells.some((cell) => RESIDENT_ID_CELL.test(value(cell)))) return;
  for (const cell of cells) {
    const bare = value(cell);
    // A labelled cell (住址：…) is read by the blocks; only bare values here.
    if (!bare.includes('：') && isBareAddress(bare)) found.push(cell);
  }
}

/** A row's marks between cells, two ASCII spaces included (2024-10-20  彭志勇  5110…). */
const ROW_MARKS = [...CELL_MARKS, '  '];

/** How far above a row its header line may stand (rows of one table, no blank lines between). */
const MAX_ROWS_TO_HEADER = 40;

/**
 * The names in the rows of a table that hold a resident ID: the row is one person's, and a
 * cell that is a name and nothing else names the ID's holder (日期 | 出售人 | 身份证号 | 型号
 * of a shop's register, 2024-10-20  彭志勇  5110…  华为 typed with spaces). Unlike
 * rowAddresses, rows set out with two ASCII spaces or more are read too: a row of a name
 * and an ID is one whatever its spacing. Under a header, only a column of people counts, and
 * not one of parties or representatives (当事人 | 经营者 | 身份证号), whose names are public, nor
 * one of goods (经营品种 | 牛羊肉). Only lines holding a cell mark are looked at, each once.
 */
export function rowPeople(text: string): Span[] {
  const found: Span[] = [];
  const next = ROW_MARKS.map((mark) => text.indexOf(mark));
  for (;;) {
    let mark = -1;
    for (const at of next) if (at >= 0 && (mark < 0 || at < mark)) mark = at;
    if (mark < 0) break;
    const lineStart = text.lastIndexOf('\n', mark) + 1;
    let lineEnd = text.indexOf('\n', mark);
    if (lineEnd < 0) lineEnd = text.length;
    next.forEach((at, k) => {
      if (at >= 0 && at < lineEnd) next[k] = text.indexOf(ROW_MARKS[k]!, lineEnd);
    });
    rowPeopleOf(text, lineStart, lineEnd, found);
  }
  return found;
}

function rowPeopleOf(text: string, lineStart: number, lineEnd: number, found: Span[]): void {
  const cells = cellsOf(text, lineStart, lineEnd);
  if (cells.length < 3 || !cells.some((cell) => RESIDENT_ID_CELL.test(cellText(text, cell))))
    return;
  const header = headerAbove(text, lineStart, cells.length);
  cells.forEach((cell, column) => {
    const length = cell.end - cell.start;
    if (length < 2 || length > 4 || personNameEnd(text, cell.start, cell.end) !== cell.end) return;
    const title = header?.[column];
    if (title !== undefined && !headsThirdPersons(title)) return;
    found.push(cell);
  });
}

function cellText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The header cells of the table whose row starts at `rowStart`: the first line above it of as many cells, none with a digit. */
function headerAbove(text: string, rowStart: number, count: number): string[] | undefined {
  let end = rowStart - 1;
  for (let row = 0; row < MAX_ROWS_TO_HEADER && end > 0; row++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const cells = cellsOf(text, start, end);
    if (cells.length !== count) return undefined;
    const values = cells.map((cell) => cellText(text, cell));
    if (values.every((value) => !/[0-9０-９：:]/.test(value))) return values;
    end = start - 1;
  }
  return undefined;
}
