import { isSpace } from '../internal/chars';
import { roleAt } from './clauses';
import { fieldKindAt } from './fields';
import { isOrganisationName } from './organisation-name';

/**
 * Fields laid out one cell to a line, as a portal's grid of divs projects (行政相对人名称⏎
 * 曾都区好又多生鲜超市⏎行政相对人类别⏎个体工商户), or a 送达回证 copied out of a word processor
 * (受 送 达 人⏎慕容晓雯⏎送 达 地 址⏎醴陵市…1203室): a line holding a label alone, the next
 * line its value. The line break after such a label is read as the label's colon, so the
 * pair is one field as `label：value` is. The same length, so every span found stands where
 * it stands in the text.
 */
export function stackedLabelsJoined(text: string): string {
  // Where a label's line break stands (and whether a \r stands before it).
  const breaks: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) break;
    const next = lineEnd + 1;
    const cr = text.charCodeAt(lineEnd - 1) === 0x0d ? 1 : 0;
    // Most lines are longer than a label, or do not end as one: measured before anything else
    // (a line longer than a label is one only when spread out or indented with spaces).
    const length = lineEnd - lineStart;
    if (
      length <= MAX_LABEL_LINE &&
      LABEL_LAST[text.charCodeAt(lineEnd - 1 - cr)] === 1 &&
      (length <= MAX_LABEL ||
        isSpace(text.charCodeAt(lineStart)) ||
        isSpace(text.charCodeAt(lineStart + 1)))
    ) {
      let nextEnd = text.indexOf('\n', next);
      if (nextEnd < 0) nextEnd = text.length;
      if (
        isLabelLine(text, lineStart, lineEnd) &&
        hasValue(text, next, nextEnd) &&
        !OWN_LABEL.test(text.slice(next, nextEnd)) &&
        // (证件类型⏎居民身份证: a kind's title takes a word as its value.)
        (KIND_TITLE.test(text.slice(lineStart, lineEnd)) ||
          !isLabelLine(text, next, nextEnd, false))
      )
        breaks.push(lineEnd);
    }
    lineStart = next;
  }
  if (breaks.length === 0) return text;
  let joined = '';
  let from = 0;
  for (const at of breaks) {
    // (A line ended by \r\n: the \r becomes a space, the \n the colon.)
    const cr = text.charCodeAt(at - 1) === 0x0d;
    joined += `${text.slice(from, cr ? at - 1 : at)}${cr ? ' ' : ''}：`;
    from = at + 1;
  }
  return joined + text.slice(from);
}

/** How a label's line ends: a Han character, or its remark's bracket. */
const LABEL_LAST = hanOrBracket();
function hanOrBracket(): Uint8Array {
  const table = new Uint8Array(0x10000);
  table.fill(1, 0x4e00, 0xa000);
  table[0xff09] = 1;
  table[0x29] = 1;
  return table;
}

/** Longest line read as a label alone, its spaces included (受 送 达 人, 行政相对人证件号码). */
const MAX_LABEL_LINE = 24;
/** Longest label, its spaces left out. */
const MAX_LABEL = 10;
/** A label: Han characters, a remark in brackets (住所（地址）), two joined by a slash (名称/姓名). */
const LABEL =
  /^[\u4e00-\u9fff]{2,10}(?:[/／][\u4e00-\u9fff]{2,8})?(?:[（(][\u4e00-\u9fff]{1,6}[）)])?$/;
/** What a label's line holds: Han characters, spaces, a remark's brackets, a slash. */
const LABEL_CHARACTERS = /^[\u4e00-\u9fff（）()/／ \u3000\u00a0\r]+$/;
/** The spaces of a line, and between a spread label's characters (送 达 地 址, 住　　址). */
const SPACES = /[ \u3000\u00a0\r]+/;

/** The last words of a field's title the fields do not list (处罚决定日期, 违法行为类型). */
const TITLE_END =
  /(?:日期|时间|時間|名称|名稱|类别|類別|类型|類型|文号|文號|号码|號碼|地址|电话|電話|依据|依據|内容|內容|事实|事實|金额|金額)$/;

/**
 * True when text[start, end) is a field's label or a role word and nothing else (`roles`:
 * whether a role word alone counts; a value may be one, 行政相对人类别⏎自然人).
 */
function isLabelLine(text: string, start: number, end: number, roles = true): boolean {
  const line = text.slice(start, end);
  // Most short lines hold a colon, a comma or a digit: turned away before they are split.
  if (!LABEL_CHARACTERS.test(line)) return false;
  const pieces = line.trim().split(SPACES);
  // One word, or one spread out a character at a time: not a row of cells (姓名  先俊豪  性别  男).
  if (pieces.length > 1 && pieces.some((piece) => piece.length > 1)) return false;
  const label = pieces.join('');
  if (label.length > MAX_LABEL || !LABEL.test(label)) return false;
  const role = roles ? roleAt(label, 0, label.length) : undefined;
  const labelled =
    fieldKindAt(label, 0, label.length) !== undefined ||
    TITLE_END.test(label) ||
    (role !== undefined && role[1] === label.length);
  // (Asked last, of labels only: 延吉市住房和城乡建设局 ends as a title does.)
  return labelled && !isOrganisationName(label);
}

/** A title whose value is a kind's word (证件类型, 行政相对人类别, 证件种类). */
const KIND_TITLE = /(?:类型|類型|类别|類別|种类|種類)\s*$/;

/** A line that opens with its own label (姓名：陈玉兰…): a role's heading over it is no label. */
const OWN_LABEL = /^\s*[\u4e00-\u9fff]{1,8}[：:]/;

/** True when the line holds something but spaces. */
function hasValue(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isSpace(text.charCodeAt(k))) return true;
  return false;
}
