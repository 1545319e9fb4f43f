import { CHAR_CLASSES, CharClass, foldAlnum, isInvisible, isSeparator } from './chars';

/** At most this many separator characters may sit between two characters of one number. */
const MAX_GAP = 3;
/** Runs shorter than this hold nothing the run detectors look for (a mobile has 11). */
export const MIN_RUN_LENGTH = 7;

/**
 * A stretch of letters and digits as the reader sees it: `138-1234-5678`, `５１０５ ０２…`,
 * `11010519491231002x`. `codes` holds its folded characters (ASCII digits and upper-case
 * letters; separators and invisible characters dropped); `offsets[k]` is where codes[k] sits
 * in the source, so every finding points at original offsets. Detectors read the codes, not a
 * string: most runs are read once, and making a string of each cost more than reading it.
 * @internal
 */
export interface AlnumRun {
  readonly text: string;
  /** How many letters and digits the run holds. */
  readonly length: number;
  /**
   * The folded character codes, valid for indexes below length (shared buffers, like offsets,
   * gaps and digitsAhead: use the run before reading the next).
   */
  readonly codes: Uint8Array;
  readonly offsets: Int32Array;
  /** gaps[k] is 1 when a separator stood between codes[k-1] and codes[k]. */
  readonly gaps: Uint8Array;
  /** True when every character is a digit (most runs): digitsFrom needs no table then. */
  readonly allDigits: boolean;
  /** Index of the last character with a separator before it (0 when none). */
  readonly lastGap: number;
  /**
   * Unless allDigits: how many digits follow from codes[k] on, k included, gaps ignored (at
   * most 255). Read it through digitsFrom.
   */
  readonly digitsAhead: Uint8Array;
}

function isAlnumClass(cls: number): boolean {
  return cls === CharClass.digit || cls === CharClass.letter;
}

/** How many letters and digits the run last measured holds (set by measureRun). */
export let measuredCount = 0;
/** True when the run last measured holds digits only. */
let measuredDigits = true;
/** Index of the last run character with a separator before it (0 when none). */
let measuredLastGap = 0;

let offsetBuffer = new Int32Array(256);
let codeBuffer = new Uint8Array(256);
let gapBuffer = new Uint8Array(256);
let digitsAheadBuffer = new Uint8Array(256);

function growBuffers(): void {
  const size = offsetBuffer.length * 2;
  const offsets = new Int32Array(size);
  offsets.set(offsetBuffer);
  const codes = new Uint8Array(size);
  codes.set(codeBuffer);
  const gaps = new Uint8Array(size);
  gaps.set(gapBuffer);
  offsetBuffer = offsets;
  codeBuffer = codes;
  gapBuffer = gaps;
  digitsAheadBuffer = new Uint8Array(size);
}

/**
 * Where the run that starts at `start` ends (source offset after its last letter or digit).
 * Its number of letters and digits is left in `measuredCount`, and each one's folded code and
 * offset in the shared buffers, in the same pass: most runs are dates and amounts that stop
 * here, and the long ones are read by readRun without walking the text again.
 * `acrossLineBreak`: the run may go on across one line break (510521⏎198812120020, an ID a
 * hard wrap broke); only the caller that looks for such numbers asks for it.
 */
export function measureRun(
  text: string,
  start: number,
  limit: number,
  known = start,
  acrossLineBreak = false,
): number {
  let lineBreaks = acrossLineBreak ? 1 : 0;
  let count = 0;
  let end = start;
  let i = start;
  let gap = 0;
  let lastGap = 0;
  let digits = true;
  if (known - start > offsetBuffer.length) {
    while (offsetBuffer.length < known - start) growBuffers();
  }
  let offsets = offsetBuffer;
  let codes = codeBuffer;
  let gaps = gapBuffer;
  // [start, known): letters and digits the caller has already stepped over.
  for (; i < known; i++) {
    let code = text.charCodeAt(i);
    if (code > 0x39) {
      if (CHAR_CLASSES[code] === CharClass.letter) digits = false;
      code = foldAlnum(code);
    }
    offsets[count] = i;
    codes[count] = code;
    gaps[count] = 0;
    count++;
  }
  end = i;
  while (i < limit) {
    // Most runs are unbroken digits: a tight loop until the first gap.
    let code = text.charCodeAt(i);
    let cls = CHAR_CLASSES[code]!;
    while (cls === CharClass.digit || cls === CharClass.letter) {
      if (count === offsets.length) {
        growBuffers();
        offsets = offsetBuffer;
        codes = codeBuffer;
        gaps = gapBuffer;
      }
      offsets[count] = i;
      codes[count] = code > 0x39 ? foldAlnum(code) : code;
      gaps[count] = gap;
      if (gap === 1) lastGap = count;
      gap = 0;
      if (cls === CharClass.letter) digits = false;
      count++;
      i++;
      if (i === limit) break;
      code = text.charCodeAt(i);
      cls = CHAR_CLASSES[code]!;
    }
    end = i;
    if (i === limit) break;
    // A gap: separators and invisible characters, then another letter or digit.
    let j = i;
    let visible = 0;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (isInvisible(c)) j++;
      else if (lineBreaks > 0 && (c === 0x0a || c === 0x0d)) {
        if (c === 0x0a) lineBreaks--;
        j++;
      } else if (isSeparator(c) && visible < MAX_GAP) {
        visible++;
        j++;
      } else break;
    }
    if (j > i && j < limit && isAlnumClass(CHAR_CLASSES[text.charCodeAt(j)]!)) {
      gap = visible > 0 ? 1 : 0;
      i = j;
      continue;
    }
    break;
  }
  measuredCount = count;
  measuredDigits = digits;
  measuredLastGap = lastGap;
  return end;
}

/**
 * The run measureRun measured last in `text` (its codes and offsets are already in the shared
 * buffers, reused by the next run: runs are read one at a time).
 */
export function readRun(text: string): AlnumRun {
  const count = measuredCount;
  const codes = codeBuffer;
  const digitsAhead = digitsAheadBuffer;
  if (!measuredDigits) {
    // OCR reads 0 as O and 1 as l or I (52260120O8l205O310, 139-7388-6O21): between two
    // digits with nothing between, such a letter is that digit (no ID, phone, plate or credit
    // code has an O, an I or an L there).
    // O817-8226145: an O before three digits starts a landline's area code.
    if (
      codes[0] === 79 &&
      count > 3 &&
      isDigitChar(codes[1]!) &&
      isDigitChar(codes[2]!) &&
      isDigitChar(codes[3]!) &&
      !gapBuffer[1]
    )
      codes[0] = 48;
    for (let k = 1; k < count - 1; k++) {
      if (!isOcrDigit(codes[k]!) || !isDigitChar(codes[k - 1]!) || gapBuffer[k]) continue;
      // One or two such letters (5ll322), then a digit.
      const next = isOcrDigit(codes[k + 1]!) && !gapBuffer[k + 1] ? k + 2 : k + 1;
      if (next >= count || !isDigitChar(codes[next]!) || gapBuffer[next]) continue;
      for (let j = k; j < next; j++) codes[j] = codes[j] === 79 ? 48 : 49;
    }
    let ahead = 0;
    for (let k = count - 1; k >= 0; k--) {
      const code = codes[k]!;
      ahead = code >= 48 && code <= 57 ? Math.min(ahead + 1, 255) : 0;
      digitsAhead[k] = ahead;
    }
  }
  sharedRun.text = text;
  sharedRun.length = count;
  sharedRun.codes = codes;
  sharedRun.offsets = offsetBuffer;
  sharedRun.gaps = gapBuffer;
  sharedRun.allDigits = measuredDigits;
  sharedRun.lastGap = measuredLastGap;
  sharedRun.digitsAhead = digitsAhead;
  return sharedRun;
}

/** O, I and L (folded upper case), which OCR reads for 0 and 1. */
function isOcrDigit(code: number): boolean {
  return code === 79 || code === 73 || code === 76;
}

/** The one run object, refilled for each run (like its buffers): runs are read one at a time. */
const sharedRun: { -readonly [K in keyof AlnumRun]: AlnumRun[K] } = {
  text: '',
  length: 0,
  codes: codeBuffer,
  offsets: offsetBuffer,
  gaps: gapBuffer,
  allDigits: true,
  lastGap: 0,
  digitsAhead: digitsAheadBuffer,
};

/** Run characters [from, to) as a string, for the few checks written as patterns. */
export function runSlice(run: AlnumRun, from: number, to: number): string {
  return String.fromCharCode(...run.codes.subarray(from, Math.min(to, run.length)));
}

export function isDigitChar(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A match may only start or end where the reader sees a break: the run's edge, a separator,
 * or a change between letters and digits (E12345678, 17 digits + X).
 */
export function isBoundary(run: AlnumRun, k: number): boolean {
  if (k <= 0 || k >= run.length) return true;
  if (run.gaps[k]) return true;
  return isDigitChar(run.codes[k - 1]!) !== isDigitChar(run.codes[k]!);
}

/** True when codes[from, to) are all ASCII digits (false when `to` is past `length`). */
export function allDigits(
  codes: Uint8Array,
  from: number,
  to: number,
  length = codes.length,
): boolean {
  if (to > length) return false;
  for (let i = from; i < to; i++) if (!isDigitChar(codes[i]!)) return false;
  return true;
}

/**
 * When the run from character k to its end is digits with no separator between them, their
 * number (the only boundary ahead is the run's end); otherwise -1. What run detectors' start
 * filters are given (RunStartFilter).
 */
export function plainDigitsFrom(run: AlnumRun, k: number): number {
  const rest = run.length - k;
  return k >= run.lastGap && digitsFrom(run, k) === rest ? rest : -1;
}

/** How many digits follow from run character k on, k included (at most 255 unless allDigits). */
export function digitsFrom(run: AlnumRun, k: number): number {
  return run.allDigits ? run.length - k : run.digitsAhead[k]!;
}

/** True when run characters [from, to) are all digits (one look-up). */
export function runDigits(run: AlnumRun, from: number, to: number): boolean {
  if (to > run.length) return false;
  if (run.allDigits) return true;
  const length = to - from;
  return length < 255
    ? run.digitsAhead[from]! >= length
    : allDigits(run.codes, from, to, run.length);
}
