import { PersonalDataKind } from '../kinds';
import { positionAtColumn, widthOf } from './display-columns';
import type { PaperNumber } from './identity-papers';

/**
 * Numbers a text table's narrow cell wrapped onto the line below, in the same column, as a
 * PDF's table copied as text sets them (身份证号   52242519780312   联系  187 8573⏎
 *             4539             电话  9026): neither piece is a number the detectors know,
 * the two together are. Each piece is returned with the kind of the whole: an ID whose
 * check digit holds, a mobile, a bank card whose Luhn digit holds.
 */
export function wrappedNumbers(text: string): PaperNumber[] {
  const pieces: PaperNumber[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    if (next >= text.length) break;
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd < 0) nextEnd = text.length;
    // A wrapped cell's line starts further right than its row (its first cells are empty):
    // rows of numbers one under another are rows, not one number wrapped.
    if (indentOf(text, next, nextEnd) <= indentOf(text, lineStart, lineEnd) + MIN_WRAP_INDENT) {
      lineStart = next;
      continue;
    }
    CELL_NUMBER.lastIndex = 0;
    const line = text.slice(lineStart, lineEnd);
    for (let cell = CELL_NUMBER.exec(line); cell; cell = CELL_NUMBER.exec(line)) {
      const headStart = lineStart + cell.index + cell[1]!.length;
      const head = cell[2]!;
      // The line below at the same display column (a Han character is two columns wide, as
      // a PDF's text lines its cells up), or one column either side.
      const column = widthOf(text, lineStart, headStart);
      const below = positionAtColumn(text, next, nextEnd, column - 1);
      if (below < 0) continue;
      const rest = CELL_NUMBER_AT.exec(text.slice(below, Math.min(nextEnd, below + 26)));
      if (!rest) continue;
      const tailStart = below + rest[1]!.length;
      // (A whole number below, not the rest of one that starts further left: 6217 8931 0000
      // 2290 5411 under an amount's cell is a card's own line.)
      if (DIGIT_OR_SPACE_DIGIT.test(text.slice(tailStart - 2, tailStart))) continue;
      if (Math.abs(widthOf(text, next, tailStart) - column) > 1) continue;
      const tail = rest[2]!;
      const kind = numberKind(digitsOf(head) + digitsOf(tail));
      if (!kind) continue;
      pieces.push({ start: headStart, end: headStart + head.length, kind, reason: WRAPPED });
      pieces.push({ start: tailStart, end: tailStart + tail.length, kind, reason: WRAPPED });
    }
    lineStart = next;
  }
  return pieces;
}

/** How much further right than its row a wrapped cell's line starts, at least. */
const MIN_WRAP_INDENT = 3;

function indentOf(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000)) k++;
  return k - start;
}

const WRAPPED = '表格中折行的身份证号、手机号或银行卡号';

/** Before a number's start: a digit, or a digit and a space (inside a spaced number). */
const DIGIT_OR_SPACE_DIGIT = /\d$|\d $/;

/** A cell holding digits (maybe spaced in groups) that ends its cell: 2 spaces on, or the line's end. */
const CELL_NUMBER = /(^|\s{2,})(\d[\d ]{2,22}\d)(?=\s{2,}|\s*$)/g;
/** The same, starting within a character of a column (a wrapped cell's rest below it). */
const CELL_NUMBER_AT = /^(\s?)(\d[\d ]{1,20}[\dXx]|\d[\dXx])(?=\s{2,}|\s*$)/;

function digitsOf(value: string): string {
  return value.replace(/ /g, '');
}

/** What the digits, whole, are: a resident ID, a mobile or a bank card, checked; else none. */
function numberKind(digits: string): PersonalDataKind | undefined {
  if (digits.length === 18 && idCheckHolds(digits)) return PersonalDataKind.residentId;
  if (digits.length === 11 && /^1[3-9]/.test(digits)) return PersonalDataKind.mobile;
  if (digits.length >= 16 && digits.length <= 19 && luhnHolds(digits))
    return PersonalDataKind.bankCard;
  return undefined;
}

/**
 * GB 11643's check: the weighted sum of the first 17 digits decides the last. (The detectors'
 * residentIdCheckCharacter and luhnValid, in ../resident-id and ../bank-card, do the same, but
 * they live in the widgets' first view: importing them here moved their helpers into a shared
 * chunk and the first view 241 B past its budget, measured.)
 */
function idCheckHolds(id: string): boolean {
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(id[k]) * ID_WEIGHTS[k]!;
  return ID_CHECKS[sum % 11] === id[17]!.toUpperCase();
}
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECKS = '10X98765432';

function luhnHolds(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let digit = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
