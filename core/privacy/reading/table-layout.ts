import { readClause, roleAt } from './clauses';
import { MAX_LABEL_LENGTH } from './fields';

/**
 * How a table reads as `label：value` text (DOMAIN.md §4b: most CMS decision pages lay the
 * party out as a table). A label cell and the value cell after it read as one field
 * (当事人 | 张三 → 当事人：张三, also four columns: 性别 | 男 | 民族 | 汉); a header row of
 * labels over data rows labels each data cell (姓名 | 身份证号 over 张三 | 5105… →
 * 姓名：张三 身份证号：5105…). Used for HTML source (core/privacy/html.ts) and for the DOM of an
 * editor (the extension), so both read a table the same way.
 */
export interface TableCell {
  /** The cell's visible text. */
  readonly text: string;
  /** A `<th>`, or a cell whose whole text is bold (a header written with `<b>`). */
  readonly header: boolean;
  /**
   * Where a merged cell (rowspan, colspan) covers this place of the grid: its text, standing
   * in for it so the columns line up (layoutTable adds these; they are not written).
   */
  readonly spanned?: 'row' | 'column';
}

/**
 * What stands between two cells of a row in the text read from a table: U+2063 (INVISIBLE
 * SEPARATOR). Like a tab it ends a clause and lets a label in one cell name the value in the
 * next; unlike a tab or a space it never joins the digits of two cells into one number.
 */
export const CELL_SEPARATOR = '\u2063';

/** What to write before each cell's text: '' for the first of a row, else the separator, '：' or 'label：'. */
export type CellPrefixes = string[][];

const COLON = '：';

function compact(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** A cell that names a field or a role: short, no digits, and a label we know (or a header). */
export function isLabelCell(cell: TableCell): boolean {
  const text = compact(cell.text).replace(/[：:]$/, '');
  // (A digit, or a redaction's mark where one was: 诸葛敏 联系电话：【已脱敏】 is a value still.)
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH || /[0-9０-９【]/.test(text))
    return false;
  if (/[：:]$/.test(compact(cell.text))) return true;
  const clause = readClause(`${text}：`, 0, text.length + 1);
  return clause.labelled || (cell.header && text.length <= 10);
}

/** The cell's text starts with a label of its own (住所：瀘州市…). */
function hasOwnLabel(text: string): boolean {
  const colon = text.search(/[：:]/);
  return colon > 0 && colon <= 12 && !/[0-9０-９]/.test(text.slice(0, colon));
}

function endsWithColon(text: string): boolean {
  return /[：:]\s*$/.test(text);
}

/**
 * Whether row `r` is a header row over the rows below it: every cell a label (or a header
 * cell), and the next row as wide with values in it.
 */
function isHeaderRow(rows: readonly (readonly TableCell[])[], r: number): boolean {
  const row = rows[r]!;
  // 四、参战参试退役人员 merged across the table: a group's title, no column's; below a header,
  // the rows after it are what the header is over.
  if (isGroupTitle(row)) return false;
  const below = rows[r + 1];
  const next = below && isGroupTitle(below) ? rows[r + 2] : below;
  if (row.length < 2 || !next || next.length !== row.length) return false;
  // 项目 | 内容 | 项目 | 内容: titles that say nothing, over rows of label | value pairs; also
  // with a party's column before them (当事人 | 项目 | 内容 over 当事人一 (merged) | 姓名 | …).
  if (
    row.some((cell) => isRowTitle(cell.text)) &&
    row.every((cell) => isRowTitle(cell.text) || isRoleTitle(cell))
  )
    return false;
  // 序号 | 委托人 | 联系人姓名 | … over 1 | … : a numbered list's titles, whatever they say.
  if (
    row.length >= 3 &&
    ROW_NUMBER_TITLE.test(compact(row[0]!.text)) &&
    /^[0-9０-９]{1,4}$/.test(compact(next[0]!.text)) &&
    !row.some(isValueLike)
  )
    return true;
  // A bold label cell beside a plain value (行政相对人类别 | 自然人) is a pair, whatever the
  // value's words.
  if (row.length === 2 && row[0]!.header && !row[1]!.header) return false;
  // A role merged down a block of rows, with a label and its value beside it (被申请人
  // (rowspan) | 姓名 | 苟天福, then 性别 | 男, 住址 | …): the block's pairs, not titles.
  if (
    row.length === 3 &&
    (row[0]!.spanned === 'row' || (next[0]!.spanned === 'row' && !row[0]!.spanned)) &&
    isLabelCell(row[1]!) &&
    !isLabelCell(row[2]!)
  )
    return false;
  const labels = row.filter(isLabelCell).length;
  const headers = row.filter((cell) => cell.header).length;
  // A merged cell's stand-ins in the row below (代收情况 over both rows) are not its values.
  const values = next.filter((cell) => !cell.spanned);
  // Most cells labels we know and none a value (序号 | 姓名 | 身份证号 | 住址 | 与当事人关系):
  // a header row whose agency added columns of its own. Two labels we know are enough over a
  // row mostly of values in a table four columns wide or more (序号 | 姓名 | 公民身份号码 |
  // 岗位 | 应补缴期间 | 缴费基数（元/月） over 1 | 上官浩 | 5110… | 机修工 | …): two columns
  // are label | value pairs.
  const mostlyLabels =
    (labels * 2 >= row.length ||
      (labels >= 2 && row.length >= 4 && values.filter(isValueLike).length * 2 >= values.length)) &&
    !row.some(isValueLike);
  if (labels < row.length && headers < row.length && !mostlyLabels) return false;
  // The row below holds values, not more labels (two-column label | value tables have labels
  // in every row's first cell).
  return values.filter(isLabelCell).length < values.length / 2 && !isPairRow(row);
}

/**
 * A cell no header holds: digits, more words than a column's title, or data redacted away
 * (【已脱敏】, 138****5678, 张某某: the cell held a value before, and reads as one still).
 */
function isValueLike(cell: TableCell): boolean {
  // A column's unit in brackets (缴费基数（元/月）) is part of its title.
  const text = compact(cell.text).replace(/[（(][^（）()]{1,6}[）)]$/, '');
  return /[0-9０-９【】*＊某×]/.test(text) || text.length > MAX_LABEL_LENGTH;
}

/** One cell merged across every column of its row (a group's title within a listing). */
function isGroupTitle(row: readonly TableCell[]): boolean {
  return (
    row.length > 2 && !row[0]!.spanned && row.slice(1).every((cell) => cell.spanned === 'column')
  );
}

/** label | value | label | value: a row of pairs (a header row never alternates so). */
function isPairRow(row: readonly TableCell[]): boolean {
  if (row.length < 2 || row.length % 2 !== 0) return false;
  for (let c = 0; c < row.length; c += 2) {
    if (!isLabelCell(row[c]!) || isLabelCell(row[c + 1]!)) return false;
  }
  return true;
}

/** The title of a listing's column of row numbers. */
const ROW_NUMBER_TITLE = /^(?:序号|序號|编号|編號|序)$/;

/** The title of a column of row titles: 项目 | 当事人一 | 当事人二. */
const ROW_TITLES = /^(?:项目|項目|事项|事項|类别|類別|内容|內容|基本情况|基本情況|信息)$/;

/** A table's title that says nothing of its column (项目, 内容): no label, no name. */
export function isRowTitle(text: string): boolean {
  return ROW_TITLES.test(compact(text));
}

/** A column's title that is a party or a person in a role (当事人一, 被处罚人（二）, 申请人). */
function isRoleTitle(cell: TableCell): boolean {
  const text = compact(cell.text).replace(
    /[（(]?[一二三四五六七八九十0-9０-９甲乙丙丁][）)]?[：:]?$/,
    '',
  );
  if (text.length < 2) return false;
  return roleAt(text, 0, text.length)?.[1] === text.length;
}

/**
 * A table of parties side by side, a column each under a row of titles (项目 | 当事人一 |
 * 当事人二, then 住址 | 盐边县… | 攀枝花市…): each row's first cell labels its values.
 */
function isColumnsOfParties(row: readonly TableCell[]): boolean {
  return (
    row.length >= 2 &&
    ROW_TITLES.test(compact(row[0]!.text).replace(/[：:]$/, '')) &&
    row.slice(1).every(isRoleTitle)
  );
}

export function tableCellPrefixes(rows: readonly (readonly TableCell[])[]): CellPrefixes {
  const prefixes: CellPrefixes = rows.map((row) =>
    row.map((_cell, c) => (c === 0 ? '' : CELL_SEPARATOR)),
  );
  let header: readonly TableCell[] | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (isColumnsOfParties(row)) {
      // Rows of a label and the parties' values, as wide as the titles.
      while (r + 1 < rows.length && rows[r + 1]!.length === row.length) {
        const values = rows[++r]!;
        const label = compact(values[0]!.text).replace(/[：:]$/, '');
        if (!isLabelCell(values[0]!)) continue;
        for (let c = 1; c < values.length; c++) {
          if (values[c]!.spanned || hasOwnLabel(values[c]!.text)) continue;
          prefixes[r]![c] = `${CELL_SEPARATOR}${label}${COLON}`;
        }
      }
      header = undefined;
      continue;
    }
    if (isHeaderRow(rows, r)) {
      header = row;
      continue;
    }
    // 熟溪街道（3人） merged across the whole width between the rows: a group's title, the
    // rows below it under the same header.
    if (header && row.length === header.length && isGroupTitle(row)) continue;
    // A value merged across columns (经营地点 | 南部县…（colspan=2）) is a label's, not a row
    // under the header.
    const merged = row.some((cell) => cell.spanned === 'column');
    if (header && row.length === header.length && !isPairRow(row) && !merged) {
      row.forEach((cell, c) => {
        if (cell.spanned) return;
        const label = compact(header![c]!.text).replace(/[：:]$/, '');
        // A cell that says its own label (住所：…) keeps it.
        if (label === '' || hasOwnLabel(cell.text)) return;
        prefixes[r]![c] = `${c === 0 ? '' : CELL_SEPARATOR}${label}${COLON}`;
      });
      continue;
    }
    header = undefined;
    for (let c = 1; c < row.length; c++) {
      const label = row[c - 1]!;
      if (!isLabelCell(label) || isLabelCell(row[c]!)) continue;
      prefixes[r]![c] = endsWithColon(label.text) ? ' ' : COLON;
    }
  }
  return prefixes;
}

/**
 * A cell as collected from a table's markup: from HTML source (core/privacy/html-tables.ts)
 * or from an editor's DOM (the extension's content/table-layout.ts).
 */
export interface MarkupCell {
  /** All the text inside it, outside nested tables. */
  readonly text: string;
  /** A `<th>`. */
  readonly th: boolean;
  /** None of its text but whitespace is outside `<b>`/`<strong>`. */
  readonly bold: boolean;
  /** `rowspan` and `colspan` (1 when absent). */
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

/**
 * Whether an inline `style` makes text bold (<tr style="font-weight:bold;…">, a header row
 * styled rather than written with `<th>` or `<b>`).
 */
export function isBoldStyle(style: string | null | undefined): boolean {
  return !!style && /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i.test(style);
}

/** Most rows or columns one merged cell is taken to cover (a bound against hostile markup). */
const MAX_SPAN = 50;

/**
 * The table as a grid: each merged cell stands again (`spanned`) in the places of the rows and
 * columns it covers, so that a header row's columns line up with the rows below it. `origin`
 * gives each grid place's index in its source row, or -1 for a stand-in.
 */
function gridOf(rows: readonly (readonly MarkupCell[])[]): {
  grid: TableCell[][];
  origin: number[][];
} {
  const grid: TableCell[][] = [];
  const origin: number[][] = [];
  /** Columns a merged cell from a row above still covers: its stand-in and rows left. */
  const carried = new Map<number, { cell: TableCell; left: number }>();
  for (const row of rows) {
    const cells: TableCell[] = [];
    const from: number[] = [];
    const fill = () => {
      for (let held = carried.get(cells.length); held; held = carried.get(cells.length)) {
        cells.push(held.cell);
        from.push(-1);
        if (--held.left === 0) carried.delete(cells.length - 1);
      }
    };
    row.forEach((markup, k) => {
      fill();
      const cell: TableCell = {
        text: markup.text,
        header: markup.th || (markup.bold && markup.text.trim() !== ''),
      };
      const columns = Math.min(MAX_SPAN, Math.max(1, markup.colSpan ?? 1));
      const below = Math.min(MAX_SPAN, Math.max(1, markup.rowSpan ?? 1)) - 1;
      for (let c = 0; c < columns; c++) {
        if (below > 0)
          carried.set(cells.length, { cell: { ...cell, spanned: 'row' }, left: below });
        cells.push(c === 0 ? cell : { ...cell, spanned: 'column' });
        from.push(c === 0 ? k : -1);
      }
    });
    fill();
    grid.push(cells);
    origin.push(from);
  }
  return { grid, origin };
}

/**
 * The prefixes of a table collected from markup (tableCellPrefixes), so that HTML source and
 * an editor's DOM read a table alike: a `<th>` or a cell whose whole text is bold is a
 * header, and empty rows are dropped (their prefixes are []). `prefixes[r][c]` is for
 * `rows[r][c]`.
 */
export function layoutTable(rows: readonly (readonly MarkupCell[])[]): CellPrefixes {
  const kept = rows.filter((row) => row.length > 0);
  const { grid, origin } = gridOf(kept);
  const layout = tableCellPrefixes(grid);
  // Back from the grid to each source row's own cells (the first written of a row gets '').
  const written = layout.map((prefixes, r) => {
    const own: string[] = [];
    prefixes.forEach((prefix, c) => {
      const k = origin[r]![c]!;
      if (k >= 0)
        own[k] = own.length === 0 && k === 0 ? prefix.replace(CELL_SEPARATOR, '') : prefix;
    });
    return own;
  });
  let next = 0;
  return rows.map((row) => (row.length > 0 ? written[next++]! : []));
}

/**
 * What a `<dd>` is written after, given its `<dt>` term: '：' after a label, ' ' after a
 * label that has its own colon (住址：), undefined when the term is no label (the <dd> then
 * starts a line of its own).
 */
export function termPrefix(term: string): string | undefined {
  if (!isLabelCell({ text: term, header: true })) return undefined;
  return endsWithColon(term) ? ' ' : COLON;
}
