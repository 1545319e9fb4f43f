import { isBareAddress, type Span } from './party-blocks';

/**
 * Rows of people in a table that has no labels the reading knew: a row holding a resident ID
 * number holds one person, and an address in another of its cells is that person's home
 * (序号⇥姓名⇥性别⇥身份证号⇥住址 flattened to tabs from a PDF, 1⇥阳小军⇥男⇥5103…⇥
 * 自贡市贡井区成佳镇新店村4组). A row set out with spaces only is not read so.
 */

/** Between a row's cells: a tab, a table cell's separator, or a run of two spaces or more. */
const CELL_BREAK = /\t|\u2063| {2,}|\u3000+/g;

/**
 * A cell that is a resident ID number, whole. (identifiers/resident-id.ts has the same shape,
 * but it lives in the widgets' first view: importing it here makes that chunk export it, 37 B.)
 */
const RESIDENT_ID_CELL = /^[1-9]\d{16}[\dXx]$/;

/** The addresses in the cells of `text`'s rows that also hold a resident ID. */
export function rowAddresses(text: string): Span[] {
  const found: Span[] = [];
  // Only lines of cells are looked at (a tab, a table cell's separator): found by indexOf,
  // each kind's next place remembered so that the text is passed over once.
  let tab = text.indexOf('\t');
  let separator = text.indexOf('\u2063');
  while (tab >= 0 || separator >= 0) {
    const cell = tab < 0 ? separator : separator < 0 ? tab : Math.min(tab, separator);
    const lineStart = text.lastIndexOf('\n', cell) + 1;
    let lineEnd = text.indexOf('\n', cell);
    if (lineEnd < 0) lineEnd = text.length;
    if (tab >= 0 && tab < lineEnd) tab = text.indexOf('\t', lineEnd);
    if (separator >= 0 && separator < lineEnd) separator = text.indexOf('\u2063', lineEnd);
    rowAddressesOf(text, lineStart, lineEnd, found);
  }
  return found;
}

/** The bare addresses of the line text[lineStart, lineEnd) if it is a row holding an ID. */
function rowAddressesOf(text: string, lineStart: number, lineEnd: number, found: Span[]): void {
  const line = text.slice(lineStart, lineEnd);
  const cells: Span[] = [];
  let from = 0;
  CELL_BREAK.lastIndex = 0;
  for (let gap = CELL_BREAK.exec(line); ; gap = CELL_BREAK.exec(line)) {
    const to = gap ? gap.index : line.length;
    if (to > from) cells.push({ start: from, end: to });
    if (!gap) break;
    from = gap.index + gap[0].length;
  }
  const value = (cell: Span) => line.slice(cell.start, cell.end).trim();
  if (cells.length < 3 || !cells.some((cell) => RESIDENT_ID_CELL.test(value(cell)))) return;
  for (const cell of cells) {
    const bare = value(cell);
    // A labelled cell (住址：…) is read by the blocks; only bare values here.
    if (!bare.includes('：') && isBareAddress(bare)) {
      const start = lineStart + cell.start + line.slice(cell.start, cell.end).indexOf(bare);
      found.push({ start, end: start + bare.length });
    }
  }
}
