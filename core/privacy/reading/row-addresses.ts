import { FieldKind, fieldKindAt } from './fields';
import { isBareAddress, type Span } from './party-blocks';
import { personNameEnd } from './person-name';
import {
  cellsOf,
  forEachMarkedLine,
  headsThirdPersons,
  isHomeCell,
  listedAbove,
  organisationsAddress,
  spacedCellsOf,
} from './text-tables';

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

/** A row's marks between cells, two ASCII spaces included (2024-10-20  彭志勇  5110…). */
const ROW_MARKS = [...CELL_MARKS, '  '];

/** How far right a line of a cell's wrapped words starts (more than a row's number cell). */
const WRAPPED_INDENT = 8;
/** …or how far right of the rows' first cell (their number) it starts. */
const WRAPPED_NAME_INDENT = 3;

/** How far above a row its header line may stand (rows of one table, no blank lines between). */
const MAX_ROWS_TO_HEADER = 40;

/** What the rows of a table holding a resident ID say: whose row it is, and that one's home. */
export interface IdRows {
  /**
   * The names in those rows: the row is one person's, and a cell that is a name and nothing
   * else names the ID's holder (日期 | 出售人 | 身份证号 | 型号 of a shop's register, 2024-10-20
   * 彭志勇  5110…  华为 typed with spaces). Under a header, only a column of people counts,
   * not one of parties or representatives (当事人 | 经营者 | 身份证号), whose names are public,
   * nor one of goods (经营品种 | 牛羊肉).
   */
  readonly names: readonly Span[];
  /**
   * The bare addresses in those rows: the person's home. Only rows set out with a cell mark
   * (not ASCII spaces alone, which a paragraph of prose has as well) are read for them.
   */
  readonly homes: readonly Span[];
}

/**
 * The rows of `text`'s tables that hold a resident ID, read in one pass: only lines holding a
 * cell mark (a tab, a table cell's separator, a bar, an ideographic space, two ASCII spaces)
 * are looked at, each once, and each row's cells are found once for its names and its home.
 */
export function idRows(text: string): IdRows {
  const names: Span[] = [];
  const homes: Span[] = [];
  forEachMarkedLine(text, ROW_MARKS, (lineStart, lineEnd) => {
    const cells = cellsOf(text, lineStart, lineEnd);
    if (cells.length < 3 || !cells.some((cell) => RESIDENT_ID_CELL.test(cellText(text, cell))))
      return lineEnd;
    const header = headerAbove(text, lineStart, cells.length, cells[0]!.start - lineStart);
    rowNames(cells, header, text, lineStart, names);
    if (CELL_MARKS.some((mark) => text.slice(lineStart, lineEnd).includes(mark))) {
      cells.forEach((cell, column) => {
        const bare = cellText(text, cell);
        // A labelled cell (住址：…) is read by the blocks; only bare values here.
        if (
          !bare.includes('：') &&
          isBareAddress(bare) &&
          !organisationsAddress(text, cells, column)
        )
          homes.push(cell);
      });
    } else if (header) {
      // 2    刘永胜    种粮大户    本人    3412…    阜南县会龙镇龙王村刘庄组18号 under a header
      // of as many titles: set out with spaces, read only under an address's title.
      cells.forEach((cell, column) => {
        const title = header[column]!;
        if (
          fieldKindAt(title, 0, title.length) === FieldKind.address &&
          isHomeCell(cellText(text, cell)) &&
          !organisationsAddress(text, cells, column)
        )
          homes.push(cell);
      });
    }
    return lineEnd;
  });
  return { names, homes };
}

function rowNames(
  cells: readonly Span[],
  header: readonly string[] | undefined,
  text: string,
  rowStart: number,
  found: Span[],
): void {
  cells.forEach((cell, column) => {
    const length = cell.end - cell.start;
    if (length < 2 || length > 4 || personNameEnd(text, cell.start, cell.end) !== cell.end) return;
    const title = header?.[column];
    // (…的房屋出租人通报如下 over a column 出租人: whom the notice is about, named in public.)
    if (title !== undefined && (!headsThirdPersons(title) || listedAbove(text, rowStart, title)))
      return;
    found.push(cell);
  });
}

function cellText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The header cells of the table whose row starts at `rowStart`: the first line above it of as many cells, none with a digit. */
function headerAbove(
  text: string,
  rowStart: number,
  count: number,
  rowIndent: number,
): string[] | undefined {
  let end = rowStart - 1;
  for (let row = 0; row < MAX_ROWS_TO_HEADER && end > 0; row++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    let cells = cellsOf(text, start, end);
    // 序号 经营主体名称  主体类型…: a header typed with a single space between some titles.
    if (cells.length !== count && cells.length > 0) {
      const spaced = spacedCellsOf(text, start, end);
      if (spaced.length === count) cells = spaced;
    }
    if (cells.length !== count) {
      // （水准点） alone, far to the right: a cell's words a PDF wrapped onto a line of their own.
      // (合作社 under 阜南县丰禾粮食种植专业, to the right of the rows' numbers: the same.)
      if (
        cells.length > 0 &&
        cells.length < count &&
        cells[0]!.start - start >= Math.min(WRAPPED_INDENT, rowIndent + WRAPPED_NAME_INDENT)
      ) {
        end = start - 1;
        continue;
      }
      return undefined;
    }
    const values = cells.map((cell) => cellText(text, cell));
    if (values.every((value) => !/[0-9０-９：:]/.test(value))) return values;
    end = start - 1;
  }
  return undefined;
}
