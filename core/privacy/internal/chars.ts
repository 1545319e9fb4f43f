/**
 * Character classes for the single scanning pass, and the folding used to compare labels.
 * @internal
 */

/** What the scanning loop does when it meets a character. */
export const CharClass = {
  none: 0,
  digit: 1,
  letter: 2,
  at: 3,
  province: 4,
  addressLabelEnd: 5,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/**
 * GA 36-2018: province abbreviations that start a licence plate (Simplified, plus the
 * Traditional forms a 繁体 page shows).
 */
export const PLATE_PROVINCES =
  '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼滬遼閩貴寧瓊蘇贛陝魯雲粵';

/**
 * Last characters of the labels that introduce an address (住址, 住所, 现住, 户籍地, 坐落…).
 * Seeing one sends the scanner to compare the label.
 */
export const ADDRESS_LABEL_END_CHARACTERS = '址所住地落';

/**
 * Characters that may sit between the digits of one number: 138-1234-5678, (0830)1234567,
 * 135\t1234\t5671 (a spreadsheet's tabs, or table cells read as text), 181·8133·9026 (the
 * middle dots an input method types in Chinese mode: ·, •, ‧, ・).
 */
const SEPARATORS =
  ' \t-.()\u00b7\u2022\u2027\u30fb\u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u2010\u2011\u2012\u2013\u2014\uff0d\uff0e\uff08\uff09';

/** Zero-width and soft characters: invisible, so they never separate anything. */
const INVISIBLE = '\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e';

/**
 * Traditional → Simplified for the characters labels and role words use (身份證號碼,
 * 聯繫電話, 當事人, 監護人…): the two strings pair up position by position.
 */
export const TRADITIONAL_LABEL_CHARACTERS =
  '證號碼聯繫係電話戶辦託屬賬帳銀開機監舉報諮詢處罰執註冊統會經營場縣區鎮鄉樓單護車郵親繳齡業團廠醫學關傳許編書現據衛稅務構組識別種類結達見攜擔紀負責稱陸灣臺門庫財專幫額沒訴熱線國動個員協領師視當違為納義檢對請僱鄰兒顧闆東錄審記聽長夥歲滿於導駕駛實際購買譯隊職點調問費徵產權來';
export const SIMPLIFIED_LABEL_CHARACTERS =
  '证号码联系系电话户办托属账账银开机监举报咨询处罚执注册统会经营场县区镇乡楼单护车邮亲缴龄业团厂医学关传许编书现据卫税务构组识别种类结达见携担纪负责称陆湾台门库财专帮额没诉热线国动个员协领师视当违为纳义检对请雇邻儿顾板东录审记听长伙岁满于导驾驶实际购买译队职点调问费征产权来';

/** code → folded code for every UTF-16 unit: full-width → ASCII, upper → lower, Traditional → Simplified. */
function buildFold(): { table: Uint16Array; folded: number[] } {
  const table = new Uint16Array(65536);
  const changed: number[] = [];
  for (let code = 0; code < 65536; code++) {
    let folded = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
    if (folded >= 0x41 && folded <= 0x5a) folded += 32;
    table[code] = folded;
    if (folded !== code) changed.push(code);
  }
  for (let i = 0; i < TRADITIONAL_LABEL_CHARACTERS.length; i++) {
    const code = TRADITIONAL_LABEL_CHARACTERS.charCodeAt(i);
    table[code] = SIMPLIFIED_LABEL_CHARACTERS.charCodeAt(i);
    changed.push(code);
  }
  return { table, folded: changed };
}

const FOLD = buildFold();

/** Folded form of every code unit (see foldCode), for hot loops. */
export const FOLD_TABLE: Uint16Array = FOLD.table;

/**
 * The code units that fold to something else (full-width, upper case, Traditional): a few
 * hundred, so tables keyed by raw code units are built from them without a 65,536-step loop.
 */
export const FOLDED_CODES: readonly number[] = FOLD.folded;

function buildClasses(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0x30; c <= 0x39; c++) table[c] = CharClass.digit;
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = CharClass.digit;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = CharClass.letter;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = CharClass.letter;
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = CharClass.letter;
  for (let c = 0xff41; c <= 0xff5a; c++) table[c] = CharClass.letter;
  table[0x40] = CharClass.at;
  table[0xff20] = CharClass.at;
  for (const ch of PLATE_PROVINCES) table[ch.charCodeAt(0)] = CharClass.province;
  for (const ch of ADDRESS_LABEL_END_CHARACTERS)
    table[ch.charCodeAt(0)] = CharClass.addressLabelEnd;
  return table;
}

/** Class of every UTF-16 code unit; a table lookup keeps the hot loop to one load per character. */
export const CHAR_CLASSES: Uint8Array = buildClasses();

/** A set of code units as a table: 1 for each of `characters`, one load to test a character. */
export function characterSet(characters: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let k = 0; k < characters.length; k++) table[characters.charCodeAt(k)] = 1;
  return table;
}

const SEPARATOR_TABLE = characterSet(SEPARATORS);
const INVISIBLE_TABLE = characterSet(INVISIBLE);

export function isSeparator(code: number): boolean {
  return SEPARATOR_TABLE[code] === 1;
}

/** Separators and invisible characters: what may sit inside one number. */
export const GAP_CODES: Uint8Array = characterSet(SEPARATORS + INVISIBLE);

export function isInvisible(code: number): boolean {
  return INVISIBLE_TABLE[code] === 1;
}

/** Spaces around a label's colon and a value: ASCII, ideographic, no-break, invisible. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x3000 ||
    code === 0xa0 ||
    // The typographic spaces editors write (&ensp;, &emsp;, &thinsp;: U+2002–U+200A).
    (code >= 0x2002 && code <= 0x200a) ||
    INVISIBLE_TABLE[code] === 1
  );
}

/** The first index at or after `i` (before `to`) that is not a space. */
export function skipSpaces(text: string, i: number, to: number): number {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Folds a code unit to the form labels are compared in: ASCII, lower case, Simplified. */
export function foldCode(code: number): number {
  return FOLD_TABLE[code]!;
}

/** Folds a digit or letter to its ASCII upper-case form (full-width ５ → 5, ｘ → X). */
export function foldAlnum(code: number): number {
  if (code >= 0xff10) code -= 0xfee0;
  if (code >= 0x61 && code <= 0x7a) return code - 32;
  return code;
}

export function isAlnumCode(code: number): boolean {
  const cls = CHAR_CLASSES[code];
  return cls === CharClass.digit || cls === CharClass.letter;
}

/** CJK Unified Ideographs (basic block and extension A): the characters names are written in. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** A capital Latin letter, half- or full-width (the first letter of NGUYEN, ＰＥＴＲＯＶ). */
export function isLatinCapital(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a);
}
