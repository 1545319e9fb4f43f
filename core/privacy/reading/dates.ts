import { isRealDate } from '../../identifiers/resident-id';
import { characterSet, isSpace } from '../internal/chars';

/**
 * Dates as decisions write them: 2024年3月18日, 2024-03-18, 2024.3.18, 二〇二四年三月十八日
 * (the 落款 of many templates), full-width digits. Used to tell a party's age on the
 * document's date.
 */
export interface TextDate {
  readonly year: number;
  readonly month: number;
  /** 0 when only the month is written (出生年月：1964年9月). */
  readonly day: number;
  readonly start: number;
  readonly end: number;
}

/** Chinese numerals of dates: 〇 (and the 零, ○, O written for it) to 九. */
const CHINESE_DIGITS: Readonly<Record<string, number>> = Object.fromEntries(
  [...'〇零○ＯO一二三四五六七八九'].map((ch, index) => [ch, Math.max(0, index - 4)]),
);

/** 十八, 二十, 三十一, 十: Chinese numbers up to 99. */
function chineseNumber(text: string): number | undefined {
  if (text === '') return undefined;
  const ten = text.indexOf('十');
  if (ten < 0) {
    let value = 0;
    for (const ch of text) {
      const digit = CHINESE_DIGITS[ch];
      if (digit === undefined) return undefined;
      value = value * 10 + digit;
    }
    return value;
  }
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[text.slice(0, ten)];
  const units = ten === text.length - 1 ? 0 : CHINESE_DIGITS[text.slice(ten + 1)];
  if (tens === undefined || units === undefined) return undefined;
  return tens * 10 + units;
}

/**
 * Full-width digits as ASCII, and the letter O that OCR reads for a 0 among digits (2O25年,
 * 2O11年8月9日): one character for one, so offsets hold.
 */
function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(OCR_NUMBER, (run) => (/[0-9]/.test(run) ? run.replace(/[OoＯ]/g, '0') : run));
}

/** A run of digits and letters O (OCR's zeros) two characters long or more. */
const OCR_NUMBER = /[0-9OoＯ]{2,}/g;

const ARABIC_DATE = /(\d{4})\s*(?:年|-|\.|\/)\s*(\d{1,2})\s*(?:月|-|\.|\/)\s*(?:(\d{1,2})\s*日?)?/g;
const CHINESE_DATE =
  /([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/g;

/** Every date in `text` (offsets into it), in text order. */
export function datesIn(text: string, offset = 0): TextDate[] {
  const dates: TextDate[] = [];
  const add = (match: RegExpExecArray, year?: number, month?: number, day?: number) => {
    if (year === undefined || month === undefined || day === undefined) return;
    if (year < 1900 || year > 2099 || month < 1 || month > 12) return;
    if (day !== 0 && !isRealDate(year, month, day)) return;
    const start = offset + match.index;
    dates.push({ year, month, day, start, end: start + match[0].length });
  };
  for (const match of toHalfWidth(text).matchAll(ARABIC_DATE)) {
    add(match, Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 0);
  }
  for (const match of text.matchAll(CHINESE_DATE)) {
    const day = match[3] ? chineseNumber(match[3]) : 0;
    add(match, chineseNumber(match[1]!), chineseNumber(match[2]!), day);
  }
  return dates.sort((a, b) => a.start - b.start);
}

/** Whole years from `birth` to `on` (a birthday not yet reached that year does not count). */
export function ageOn(birth: TextDate, on: TextDate): number {
  let age = on.year - birth.year;
  const birthDay = birth.day === 0 ? 1 : birth.day;
  const onDay = on.day === 0 ? 31 : on.day;
  if (on.month < birth.month || (on.month === birth.month && onDay < birthDay)) age--;
  return age;
}

/** 16岁, 16周岁, 十六周岁: an age written in a party block. */
export function ageIn(text: string): number | undefined {
  const half = toHalfWidth(text);
  const arabic = /(\d{1,3})\s*周?岁/.exec(half);
  if (arabic) return Number(arabic[1]);
  const chinese = /([一二三四五六七八九十]{1,3})周?岁/.exec(text);
  return chinese ? chineseNumber(chinese[1]!) : undefined;
}

/** Where the lines that hold nothing but a date start (the 落款 of a decision). */
export function dateLinesOf(text: string): number[] {
  const lines: number[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (isClosingDateLine(text, start, end)) lines.push(start);
    start = end + 1;
  }
  return lines;
}

/** What a 落款 date line holds: digits, Chinese numerals, 年月日, separators, (印). */
const DATE_LINE_CHARACTERS = characterSet(
  '0123456789０１２３４５６７８９〇零○Ｏ一二三四五六七八九十年月日-./（）()印章',
);

/** A line holding a date and nothing else (2024年3月18日, 二〇二四年五月二十日): a 落款. */
function isDateLine(text: string, start: number, end: number): boolean {
  let length = 0;
  let year = false;
  let day = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x3000 || code === 0x09 || code === 0x0d || code === 0xa0)
      continue;
    if (++length > 24 || DATE_LINE_CHARACTERS[code] !== 1) return false;
    if (code === 0x5e74) year = true;
    else if (code === 0x65e5) day = true;
  }
  return year && day;
}

/**
 * A 落款 line as a document's reader finds it: short, ending in 日 (or a bracket: 2024年3月18日
 * （印）), and a date line (the first two tests rule out most lines at once).
 */
export function isClosingDateLine(text: string, start: number, end: number): boolean {
  // A 落款 is set to the right with spaces (a Word or PDF page pasted as text): they do not count.
  let from = start;
  while (from < end && (isSpace(text.charCodeAt(from)) || text.charCodeAt(from) === 0x09)) from++;
  return end - from <= 40 && endsLikeDate(text, from, end) && isDateLine(text, from, end);
}

/** The line's last visible character is 日 (or a closing bracket: 2024年3月18日（印）). */
function endsLikeDate(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && (isSpace(text.charCodeAt(last)) || text.charCodeAt(last) === 0x0d)) last--;
  const code = text.charCodeAt(last);
  return code === 0x65e5 || code === 0xff09 || code === 0x29;
}
