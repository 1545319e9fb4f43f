import { addressValueEnd } from '../address';
import { characterSet, isHanCode } from '../internal/chars';

/**
 * The spaces a PDF's layout puts wherever digits or Latin letters meet Han characters, copied
 * out with its text: 中华大街 266 号御景湾小区, 9 号楼 1 单元 302 室, 广场 B 座 1806 室 (Word
 * sets CJK and Western text apart, and the PDF keeps the gap as a space). A reviewer reads
 * them as no break at all; the detectors stop an address's value at a space, which is how a
 * table's columns and a form's fields are set apart. Read here, in the lazy reading layer.
 */

const isAlnumAscii = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xff10 && code <= 0xff19);

/**
 * One ASCII space at `at` between a digit or Latin letter and a Han character (either way
 * round): two spaces or more are a column's or a field's gap, not a PDF's.
 */
export function isPdfSpaceAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x20) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  return (isAlnumAscii(before) && isHanCode(after)) || (isHanCode(before) && isAlnumAscii(after));
}

/** The unit a house, flat or group number is followed by (266 号, 1 单元, 302 室, 7 组, B 座). */
const NUMBER_UNIT = characterSet('号號栋棟幢单單室组組楼樓层層房户戶座');

/**
 * Whether the address goes on past the PDF's space at `at`: into the unit of the number
 * before it (266 号, 1 单元), or into a number and its unit (中华大街 266 号, 广场 B 座).
 * Anything else after the space (2-1904 电子邮箱, 702室 158-5582-3716, 12 号 2024 年) is
 * the next field or the sentence, not more of the address.
 */
function goesOnAt(text: string, at: number): boolean {
  if (!isPdfSpaceAt(text, at)) return false;
  let i = at + 1;
  if (isHanCode(text.charCodeAt(i))) return NUMBER_UNIT[text.charCodeAt(i)] === 1;
  while (isAlnumAscii(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x20) i++;
  return NUMBER_UNIT[text.charCodeAt(i)] === 1;
}

/** Where an address value that stops at `end` ends once read on across a PDF's spaces. */
export function readOnAcrossSpaces(text: string, end: number, to: number): number {
  while (end < to && goesOnAt(text, end)) {
    const next = addressValueEnd(text, end + 1, to);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/** addressValueEnd, read on across a PDF's spaces. */
export function spacedAddressEnd(text: string, start: number, to: number): number {
  return readOnAcrossSpaces(text, addressValueEnd(text, start, to), to);
}

/** text[from, to) with the PDF's spaces taken out: what the reader reads. */
export function withoutPdfSpaces(text: string, from: number, to: number): string {
  let out = '';
  for (let at = from; at < to; at++) if (!isPdfSpaceAt(text, at)) out += text[at];
  return out;
}
