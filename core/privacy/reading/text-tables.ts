import { isHanCode } from '../internal/chars';
import { PersonalDataKind } from '../kinds';
import { roleAt } from './clauses';
import { FieldKind, fieldKindAt } from './fields';
import { isHomeShaped, VILLAGE_GROUP } from './home-addresses';
import type { PaperNumber } from './identity-papers';
import { pageTurnAfter } from './line-breaks';
import { listedAs } from './list-leads';
import { isOrganisationName } from './organisation-name';
import { isBareAddress, type Span } from './party-blocks';
import { isSurnameCode, personNameEnd } from './person-name';
import { Role } from './roles';

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
  /** Those of them in a table that says how each is related (关系, 与户主关系): a family's. */
  readonly relatives: readonly Span[];
  /** Addresses under an address column, in rows that name a person. */
  readonly homes: readonly Span[];
  /** Names under a column of the parties a notice lists (下列承租人 over 承租人): public. */
  readonly parties: readonly Span[];
  /** Numbers under a column of identity papers (护照号码, 工作许可证号), whoever's row. */
  readonly papers: readonly PaperNumber[];
}

/**
 * Between a row's cells: a tab, a table cell's separator, a bar (A-03 | 陈德贵 | 5105… of a
 * table exported as text), a run of two spaces or more, or ideographic spaces.
 */
const CELL_BREAK = /\t|\u2063|\s*[|｜]\s*| {2,}|\u3000+/g;
/** CELL_BREAK where one ideographic space between two Han characters pads a cell. */
const CELL_BREAK_PADDED =
  /\t|\u2063|\s*[|｜]\s*|[ \u3000]{2,}|(?<![\u4e00-\u9fff])\u3000|\u3000(?![\u4e00-\u9fff])/g;
/**
 * True when a name column's cell is a person's name: as prose reads one, or two to four Han
 * characters after a surname, the whole cell (何其华: 其 ends a name in prose, 何其华收到…, but
 * a cell holds nothing else).
 */
function namesCell(text: string, { start, end }: Span): boolean {
  if (personNameEnd(text, start, end) === end) return true;
  // 肖　敏: a two-character name padded to a column's width.
  if (end - start === 3 && text.charCodeAt(start + 1) === 0x3000) {
    const name = text[start]! + text[start + 2]!;
    return personNameEnd(name, 0, 2) === 2;
  }
  return (
    end - start >= 2 &&
    end - start <= 4 &&
    isSurnameCode(text.charCodeAt(start)) &&
    HAN_ONLY.test(text.slice(start, end)) &&
    !NOT_NAME_CELL.test(text.slice(start, end))
  );
}

/**
 * A name cell without the remark in brackets after the name (韩振东（股东）, 孙德禄（兄）): the
 * name alone is read and replaced.
 */
function withoutRemark(text: string, cell: Span | undefined): Span | undefined {
  if (!cell) return cell;
  const remark = NAME_REMARK.exec(text.slice(cell.start, cell.end));
  return remark ? { start: cell.start, end: cell.start + remark[1]!.length } : cell;
}
const NAME_REMARK = /^([\u4e00-\u9fff]{2,4})[（(][\u4e00-\u9fff]{1,6}[）)]$/;

/** A cell of a column of people holding what may be a name: two to four Han characters. */
function personCell(text: string, { start, end }: Span): boolean {
  // (赵 强, 肖　敏: a two-character name padded to the column's width, either space.)
  const value = text.slice(start, end).replace(/[\u3000 ]/g, '');
  return (
    value.length >= 2 &&
    value.length <= 4 &&
    HAN_ONLY.test(value) &&
    !NOT_NAME_CELL.test(value) &&
    !isOrganisationName(value)
  );
}

/** True when a cell of a column of people names someone: namesCell, or personCell. */
function holdsPerson(text: string, cell: Span): boolean {
  return namesCell(text, cell) || personCell(text, cell);
}

/**
 * True when the address in a row's cell `column` is an organisation's: the nearest cell to its
 * left that names someone names a company (莒县宏泰石材有限公司 | 莒县…泰山路6号 | … | 韩振东
 * （股东） | 3711… | 莒县…302室: the row's ID is the guarantor's, and so is only the home after
 * his name).
 */
export function organisationsAddress(
  text: string,
  cells: readonly Span[],
  column: number,
): boolean {
  for (let k = column - 1; k >= 0; k--) {
    const value = text.slice(cells[k]!.start, cells[k]!.end);
    // (Another address is no one: 西园新村12栋203室 | 产权调换 | 西园安居苑6号楼1502室.)
    if (isHomeCell(value) || isBareAddress(value)) continue;
    if (isOrganisationName(value)) return true;
    if (personNameEnd(value, 0, value.length) > 0) return false;
  }
  return false;
}

const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
/** The title of a column of identity papers' numbers (not 许可证号: a business's, public). */
const PAPER_TITLE = /^(?:护照|護照)(?:号码|號碼|号|號)?$|^(?:外国人)?工作许可证(?:号码|号|编号)?$/;
/** Which of those titles is a passport's (the rest are IDs' kin: work permits). */
const PASSPORT_TITLE = /^(?:护照|護照)/;
/** A paper's number: letters and digits, most of them digits. */
const PAPER_CELL = /^(?=(?:[A-Za-z]*[0-9]){5})[0-9A-Za-z]{6,20}$/;
/** A name column's cells that are no one's (a total's row, a blank said in words). */
const NOT_NAME_CELL = /^(?:合计|合計|小计|小計|总计|總計|共计|共計|同上|不详|不詳|暂无|暫無)$/;

/** A column saying how each person is related to another (关系, 与户主关系, 亲属关系). */
const RELATION_COLUMN = /关系|關係/;
const GROUP_BODY = /[民]小组$|委员会$/;
/** How much further right than the header a line starts when it holds a row's wrapped words. */
const WRAPPED_INDENT = 3;
/** Cells a row may leave empty at its end (备注, 其他) and be a row still. */
const MAX_EMPTY_LAST = 2;

/**
 * The header's cells with a label spread over its column's width joined again (姓  名,
 * 住　　址: two cells of one character that the spaces split, and no label alone).
 */
function joinSpreadLabels(text: string, cells: Span[]): Span[] {
  const joined: Span[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    const next = cells[k + 1];
    if (
      next &&
      cell.end - cell.start === 1 &&
      next.end - next.start <= 2 &&
      SPREAD_LABELS.has(text.slice(cell.start, cell.end) + text.slice(next.start, next.end))
    ) {
      joined.push({ start: cell.start, end: next.end });
      k++;
    } else joined.push(cell);
  }
  return joined;
}
const SPREAD_LABELS = new Set([
  '姓名',
  '住址',
  '地址',
  '性别',
  '年龄',
  '民族',
  '备注',
  '住所',
  '户主',
  '序号',
]);
/** A header cell: a short label, no digits. */
// (身份证号/统一社会信用代码, a listing's column for persons and companies, is 13.)
const HEADER_CELL = /^[^\d０-９：:]{1,14}$/;

/**
 * Visits each line of `text` holding one of `marks`, once, in order: the marks are found by
 * indexOf, each mark's next place remembered, so the text is passed over once whatever the
 * number of lines. `visit` returns where the reading of that line stopped (a table's last
 * row, or the line's end): the search goes on after it.
 */
export function forEachMarkedLine(
  text: string,
  marks: readonly string[],
  visit: (lineStart: number, lineEnd: number) => number,
): void {
  const next = marks.map((mark) => text.indexOf(mark));
  for (;;) {
    let at = -1;
    for (const found of next) if (found >= 0 && (at < 0 || found < at)) at = found;
    if (at < 0) return;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const done = visit(lineStart, lineEndOf(text, at));
    next.forEach((found, k) => {
      if (found >= 0 && found <= done) next[k] = text.indexOf(marks[k]!, done + 1);
    });
  }
}

/**
 * A column of people other than the parties: 姓名, or a word for a person (投诉人, 出售人,
 * 持有人, 户主), not a party's or a representative's (当事人, 经营者, 法定代表人), whose names
 * are public, nor one of goods (经营品种). 户名 is a household's account holder (户号 | 户名 |
 * 用水地址: a utility's meter readings), as fields.ts reads it.
 */
const PERSON_COLUMN = /姓\s*名|名字|户\s*名|戶\s*名|[人者员主户]$/;

export function headsThirdPersons(title: string): boolean {
  if (LISTED_PARTY_COLUMN.test(title)) return false;
  const role = titleRole(title);
  if (role !== undefined) return role === Role.third;
  return PERSON_COLUMN.test(title);
}

/** The role a column's title is, when the title is a role word and nothing else. */
function titleRole(title: string): Role | undefined {
  const role = roleAt(title, 0, title.length);
  return role && role[1] === title.length ? role[0] : undefined;
}

/** True when a column's title is a party's role word alone (当事人, 被处罚人). */
function headsParties(title: string): boolean {
  return titleRole(title) === Role.party || LISTED_PARTY_COLUMN.test(title);
}

/**
 * The owners or households a list is about (机动车所有人 of a 强制注销 notice, 户主姓名 of a
 * list of appraised houses): named in public as a party is, their homes not (as party-blocks.ts
 * reads a 公示's 户主 rows).
 */
const LISTED_PARTY_COLUMN = /(?:所有人|车主|車主|户主|戶主)(?:姓名)?$/;

/** A column of vehicles' or goods' owners (车主, 所有人, 机动车所有人姓名). */
const OWNER_TITLE = /(?:所有人|车主|車主)(?:姓名)?$/;
/** A notice's title, near the document's start: its tables list the people it is about. */
const NOTICE_TITLE = /公告|通告|公示|通知|名单|名單/;
const NOTICE_TITLE_REACH = 300;

/** How far above the table the words that list its people are looked for. */
const MAX_LIST_LEAD_REACH = 600;

/** True when the text above the table at `lineStart` says 下列 or 以下 before `column`'s title. */
export function listedAbove(text: string, lineStart: number, column: string): boolean {
  // 下列热用户… over a column 用户名: the people, whatever the title says of their name.
  const title = column.length > 2 ? column.replace(/(?:姓名|名)$/, '') : column;
  const above = text.slice(Math.max(0, lineStart - MAX_LIST_LEAD_REACH), lineStart);
  // 下列住户…, then a column 责任人: the households addressed are the people the column names.
  return listedAs(above, title) || ADDRESSED_PEOPLE.some((word) => listedAs(above, word));
}
/** Words for whom a notice is addressed to, before the table that names them (下列住户). */
const ADDRESSED_PEOPLE = ['住户', '当事人', '责任人', '个人'];

/** A village named from its town, a hamlet or street of it after (七级镇耿庄村东街). */
const TOWN_VILLAGE =
  /^[\u4e00-\u9fff]{1,16}(?:镇|鎮|乡|鄉|街道)[\u4e00-\u9fff]{1,8}(?:村|屯|社区|社區)[\u4e00-\u9fff0-9０-９]{0,4}$/;
/**
 * True when a cell under an address column holds a home: an address, and there a village's
 * group alone (所在村组: 草滩村三社), a flat in an estate with no place before it
 * (西园安居苑6#楼1502室), a village from its town (阿城镇前曹村, 王宅镇王宅村上新屋); not a
 * villagers' group, a body (建设村下坪村民小组).
 */
export function isHomeCell(value: string): boolean {
  return (
    isBareAddress(value) ||
    VILLAGE_GROUP.test(value) ||
    TOWN_VILLAGE.test(value) ||
    (isHomeShaped(value) && !GROUP_BODY.test(value))
  );
}

/** The cells of a line split on every run of spaces (a cell holds no space). */
export function spacedCellsOf(text: string, lineStart: number, lineEnd: number): Span[] {
  const cells: Span[] = [];
  let start = -1;
  for (let i = lineStart; i <= lineEnd; i++) {
    const code = i < lineEnd ? text.charCodeAt(i) : 0x20;
    // (程　浩: one ideographic space between two Han characters pads a name, inside its cell.)
    const padding =
      code === 0x3000 && isHanCode(text.charCodeAt(i - 1)) && isHanCode(text.charCodeAt(i + 1));
    const space = !padding && (isCellSpace(code) || code === 0x09);
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      cells.push({ start, end: i });
      start = -1;
    }
  }
  return cells;
}

/** The title of a column saying what each row's person is in the case. */
const STANDING_TITLE =
  /^(?:身份|人员身份|人員身份|当事人身份|當事人身份|人员类别|人員類別|类别|類別)$/;

/**
 * A row one cell too wide because a two-character name was padded with one ideographic space
 * (姐姐　　申　丽　　186…): the two halves joined, as the same row reads once the name is
 * masked (申某某).
 */
function joinPaddedName(text: string, cells: Span[], width: number): Span[] {
  if (cells.length !== width + 1) return cells;
  for (let k = 0; k + 1 < cells.length; k++) {
    const a = cells[k]!;
    const b = cells[k + 1]!;
    if (
      a.end - a.start === 1 &&
      b.end - b.start === 1 &&
      b.start === a.end + 1 &&
      text.charCodeAt(a.end) === 0x3000 &&
      isHanCode(text.charCodeAt(a.start)) &&
      isHanCode(text.charCodeAt(b.start))
    )
      return [...cells.slice(0, k), { start: a.start, end: b.end }, ...cells.slice(k + 2)];
  }
  return cells;
}

/** A line of dashes or rules alone (-----, ─────, =====). */
const RULE_LINE = /^[\s\-─—=]+$/;

/** Fewest columns a header typed with single spaces must have to be read so. */
const MIN_SPACED_COLUMNS = 4;

/**
 * True when the header line text[lineStart, headerEnd) has more columns split on every run of
 * spaces than on runs of two, each a column's title, and the next line splits into as many:
 * a table whose columns a single space sometimes divides.
 */
function singleSpaced(text: string, lineStart: number, headerEnd: number): boolean {
  // (序号 姓  名  性别 …: a title spread over two cells is one title.)
  const titles = joinSpreadLabels(text, spacedCellsOf(text, lineStart, headerEnd));
  if (
    titles.length < MIN_SPACED_COLUMNS ||
    titles.length <= cellsOf(text, lineStart, headerEnd).length ||
    // (A title of one character is a spread one's piece: 身 份 证 号 码, 户  主.)
    !titles.every(({ start, end }) => end - start >= 2 && HEADER_CELL.test(text.slice(start, end)))
  )
    return false;
  // The first row below (past a rule of dashes) as wide as the header.
  let rowStart = headerEnd + 1;
  let rowEnd = lineEndOf(text, rowStart);
  if (RULE_LINE.test(text.slice(rowStart, rowEnd))) {
    rowStart = rowEnd + 1;
    rowEnd = lineEndOf(text, rowStart);
  }
  return rowStart < text.length && spacedCellsOf(text, rowStart, rowEnd).length === titles.length;
}

/** Fewest ASCII commas in a header line read as CSV. */
const MIN_CSV_COMMAS = 3;

/** A line of cells split by ASCII commas and nothing else (no tab, no table cell's separator). */
function isCommaRow(text: string, lineStart: number, lineEnd: number): boolean {
  let commas = 0;
  for (let i = lineStart; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c) commas++;
    else if (code === 0x09 || code === 0x2063) return false;
  }
  return commas >= MIN_CSV_COMMAS;
}

/**
 * The cells of a CSV line, each trimmed (of its quotes too); empty cells kept as empty spans.
 * A quoted cell may hold commas ("本人无电话,由侄子于长江代领").
 */
function commaCellsOf(text: string, lineStart: number, lineEnd: number): Span[] {
  const cells: Span[] = [];
  let from = lineStart;
  let quoted = false;
  for (let i = lineStart; i <= lineEnd; i++) {
    const code = i < lineEnd ? text.charCodeAt(i) : 0x2c;
    if (code === 0x22) quoted = !quoted;
    if (code !== 0x2c || (quoted && i < lineEnd)) continue;
    let start = from;
    let end = i;
    while (start < end && isCellSpace(text.charCodeAt(start))) start++;
    while (end > start && isCellSpace(text.charCodeAt(end - 1))) end--;
    if (end - start >= 2 && text.charCodeAt(start) === 0x22 && text.charCodeAt(end - 1) === 0x22) {
      start++;
      end--;
    }
    cells.push({ start, end });
    from = i + 1;
  }
  return cells;
}

function isCellSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x0d;
}

/** The cells of the line text[lineStart, lineEnd), each trimmed of its spaces. */
export function cellsOf(text: string, lineStart: number, lineEnd: number): Span[] {
  const line = text.slice(lineStart, lineEnd);
  const cells: Span[] = [];
  let from = 0;
  // A line set out with runs of ASCII spaces (or tabs) pads a short name with one ideographic
  // space (肖　敏 under 姓  名, 王　建 between tabs): there that space is inside the cell.
  const breaks = line.includes('  ') || line.includes('\t') ? CELL_BREAK_PADDED : CELL_BREAK;
  breaks.lastIndex = 0;
  for (let gap = breaks.exec(line); ; gap = breaks.exec(line)) {
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

/**
 * What a header line holds: 姓名, or a cell mark (a tab, a bar, two spaces: 日期    捐款人
 * 金额) around words for people.
 */
const HEADER_MARKS = ['姓', '\t', '|', '｜', '  ', '\u3000\u3000'];

export function textTablePeople(text: string): TextTablePeople {
  const names: Span[] = [];
  const relatives: Span[] = [];
  const homes: Span[] = [];
  const parties: Span[] = [];
  const papers: PaperNumber[] = [];
  // Only the lines that hold 姓名, a tab, a bar or two spaces can head such a table.
  forEachMarkedLine(text, HEADER_MARKS, (lineStart, headerEnd) =>
    readTable(text, lineStart, headerEnd, { names, relatives, homes, parties, papers }),
  );
  return { names, relatives, homes, parties, papers };
}

/**
 * Reads the table the line text[lineStart, headerEnd) heads, if it heads one of people:
 * its names and homes into `names` and `homes`. Returns where the reading stopped.
 */
function readTable(
  text: string,
  lineStart: number,
  headerEnd: number,
  {
    names,
    relatives,
    homes,
    parties,
    papers,
  }: {
    names: Span[];
    relatives: Span[];
    homes: Span[];
    parties: Span[];
    papers: PaperNumber[];
  },
): number {
  // 序号,乡镇,姓名,…,住址,… : a roster exported as CSV and pasted as text, its rows split on
  // the same commas (never prose's full-width ones).
  const commas = isCommaRow(text, lineStart, headerEnd);
  // 序号 乡镇   户主    人口  原住址 over ' 1   磨西镇 杨文富   4    磨西镇共和村二组26号': a
  // table typed with single spaces between some columns, its rows split on every run of
  // spaces as its header is.
  const spaced = !commas && singleSpaced(text, lineStart, headerEnd);
  const cellsIn = commas ? commaCellsOf : spaced ? spacedCellsOf : cellsOf;
  const header = commas
    ? commaCellsOf(text, lineStart, headerEnd)
    : spaced
      ? joinSpreadLabels(text, spacedCellsOf(text, lineStart, headerEnd))
      : joinSpreadLabels(text, cellsOf(text, lineStart, headerEnd));
  if (header.length < 3) return headerEnd;
  const labels = header.map(({ start, end }) => text.slice(start, end));
  if (!labels.every((label) => HEADER_CELL.test(label))) return headerEnd;
  // A column of third persons names them and gives their homes; a column of parties (当事人
  // in a 公示 of decisions) gives only the homes of those that are persons: their names stay.
  // 下列承租人…予以公告催缴, then a table of 承租人: the people a notice is addressed to are its
  // parties, whatever their role word.
  // 车主 | 车牌号 in a decision's ledger of a shop's customers: the customers, third persons;
  // the owners a notice is about (机动车所有人 of a 强制注销 公告) are its parties.
  const customers = !NOTICE_TITLE.test(text.slice(0, NOTICE_TITLE_REACH));
  const thirdColumn = labels.findIndex(
    (label) =>
      (headsThirdPersons(label) || (customers && OWNER_TITLE.test(label))) &&
      !listedAbove(text, lineStart, label),
  );
  const listedColumn =
    thirdColumn >= 0
      ? -1
      : labels.findIndex(
          (label) => headsThirdPersons(label) && listedAbove(text, lineStart, label),
        );
  const nameColumn =
    thirdColumn >= 0
      ? thirdColumn
      : listedColumn >= 0
        ? listedColumn
        : labels.findIndex(headsParties);
  // 护照号码 | 工作许可证号 over each row's numbers: a person's papers, whoever's row.
  const paperColumns = labels.flatMap((label, index) => (PAPER_TITLE.test(label) ? [index] : []));
  if (nameColumn < 0 && paperColumns.length === 0) return headerEnd;
  // A column saying what each row's person is (身份: 违法行为人, 被侵害人).
  const standingColumn = labels.findIndex((label) => STANDING_TITLE.test(label));
  // A column of the households listed (户主) beside the column of others read for names.
  const partyColumn = nameColumn === thirdColumn ? labels.findIndex(headsParties) : -1;
  const related = labels.some((label) => RELATION_COLUMN.test(label));
  const addressColumns = header.flatMap(({ start, end }, index) =>
    fieldKindAt(text, start, end) === FieldKind.address ? [index] : [],
  );
  // The rows: lines of as many cells, up to the first that is not one.
  let rowStart = headerEnd + 1;
  while (rowStart < text.length) {
    const rowEnd = lineEndOf(text, rowStart);
    // (A rule of dashes under the header, or between rows, holds no cells.)
    if (RULE_LINE.test(text.slice(rowStart, rowEnd))) {
      rowStart = rowEnd + 1;
      continue;
    }
    // A page turns inside the table (blank lines, 第１页 共３页, the next page's header): its
    // rows go on after.
    if (rowStart > 0 && (rowEnd === rowStart || !/\S/.test(text.slice(rowStart, rowEnd)))) {
      const next = pageTurnAfter(text, rowStart - 1);
      if (next > 0) {
        rowStart = text.lastIndexOf('\n', next - 1) + 1;
        continue;
      }
    }
    const cells = joinPaddedName(text, cellsIn(text, rowStart, rowEnd), header.length);
    if (cells.length !== header.length) {
      // A cell's words wrapped onto a line of their own, to the right of where rows start
      // (拆除重建，⏎…已安排过渡安置; 阜南县丰禾粮食种植专业⏎ 合作社): the table goes on below it.
      if (
        cells.length > 0 &&
        cells.length < header.length &&
        cells[0]!.start - rowStart >= header[0]!.start - lineStart + WRAPPED_INDENT
      ) {
        rowStart = rowEnd + 1;
        continue;
      }
      // A row whose last cells are empty (备注 left blank) is a row still.
      if (cells.length < header.length - MAX_EMPTY_LAST || cells.length > header.length) {
        // 04  合肥西园物资贸易有限公司⏎        西园新村沿街商铺5号  货币补偿…: a row whose long
        // name pushed its other cells onto the next line, indented: the table goes on below.
        const next = rowEnd + 1;
        const below = next < text.length ? cellsIn(text, next, lineEndOf(text, next)) : [];
        if (
          cells.length > 0 &&
          below.length > 0 &&
          below.length < header.length &&
          below[0]!.start - next >= header[0]!.start - lineStart + WRAPPED_INDENT
        ) {
          rowStart = next;
          continue;
        }
        break;
      }
    }
    for (const column of paperColumns) {
      const cell = cells[column];
      if (cell && PAPER_CELL.test(text.slice(cell.start, cell.end)))
        papers.push({
          ...cell,
          kind: PASSPORT_TITLE.test(labels[column]!)
            ? PersonalDataKind.passport
            : PersonalDataKind.residentId,
        });
    }
    const name = nameColumn >= 0 ? withoutRemark(text, cells[nameColumn]) : undefined;
    const named = name !== undefined && namesCell(text, name);
    // 敬小红, 王　建 under 承租人: a person's row, though no surname list knows the name.
    const person = name !== undefined && (named || personCell(text, name));
    if (person) {
      if (nameColumn === listedColumn) parties.push(name);
      if (thirdColumn >= 0 && named) {
        names.push(name);
        if (related) relatives.push(name);
      } else if (named && standingColumn >= 0 && cells[standingColumn]) {
        // 受送达人 | 身份 | …: 罗振坤 | 被侵害人 — the row says its person is no party.
        const standing = cells[standingColumn]!;
        if (titleRole(text.slice(standing.start, standing.end)) === Role.third) names.push(name);
      }
    }
    // (户主 | 家庭住址 | 需重点帮扶人员: a row is a household's by its head, whatever the
    // column of others holds: 无, 其母李发英（87岁）.)
    const head = partyColumn >= 0 ? cells[partyColumn] : undefined;
    if (person || (head && holdsPerson(text, head))) {
      for (const column of addressColumns) {
        const cell = cells[column];
        if (!cell) continue;
        if (
          isHomeCell(text.slice(cell.start, cell.end)) &&
          !organisationsAddress(text, cells, column)
        )
          homes.push(cell);
      }
    }
    rowStart = rowEnd + 1;
  }
  return Math.max(headerEnd, rowStart - 1);
}
