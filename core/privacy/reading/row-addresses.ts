import { isBareAddress, type Span } from './party-blocks';
import { cellsOf } from './text-tables';

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
