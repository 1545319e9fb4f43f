import { CHAR_CLASSES, CharClass, foldAlnum, isInvisible, isSeparator } from './chars';

/** At most this many separator characters may sit between two characters of one number. */
const MAX_GAP = 3;
/** Runs shorter than this hold nothing the run detectors look for (a mobile has 11). */
export const MIN_RUN_LENGTH = 7;

/**
 * A stretch of letters and digits as the reader sees it: `138-1234-5678`, `５１０５ ０２…`,
 * `11010519491231002x`. `chars` is the folded form (ASCII, upper case, separators and
 * invisible characters dropped); `offsets[k]` is where chars[k] sits in the source, so every
 * finding points at original offsets.
 * @internal
 */
export interface AlnumRun {
  readonly text: string;
  readonly chars: string;
  /** Valid for indexes below chars.length (a shared buffer: use the run before reading the next). */
  readonly offsets: Int32Array;
  /** gaps[k] is 1 when a separator stood between chars[k-1] and chars[k]. */
  readonly gaps: Uint8Array;
  /** True when every character is a digit (most runs): digitsFrom needs no table then. */
  readonly allDigits: boolean;
  /** Index of the last character with a separator before it (0 when none). */
  readonly lastGap: number;
  /**
   * Unless allDigits: how many digits follow from chars[k] on, k included, gaps ignored (at
   * most 255). Read it through digitsFrom.
   */
  readonly digitsAhead: Uint8Array;
}

function isAlnumClass(cls: number): boolean {
  return cls === CharClass.digit || cls === CharClass.letter;
}

/** How many letters and digits the run last measured holds (set by measureRun). */
export let measuredCount = 0;
/** True when the run last measured is upper-case ASCII letters and digits with nothing between. */
let measuredPlain = true;
/** True when the run last measured holds digits only. */
let measuredDigits = true;
/** Index of the last run character with a separator before it (0 when none). */
let measuredLastGap = 0;

let offsetBuffer = new Int32Array(256);
let gapBuffer = new Uint8Array(256);
let digitsAheadBuffer = new Uint8Array(256);
const codeBuffer: number[] = [];

function growBuffers(): void {
  const size = offsetBuffer.length * 2;
  const offsets = new Int32Array(size);
  offsets.set(offsetBuffer);
  const gaps = new Uint8Array(size);
  gaps.set(gapBuffer);
  offsetBuffer = offsets;
  gapBuffer = gaps;
  digitsAheadBuffer = new Uint8Array(size);
}

/**
 * Where the run that starts at `start` ends (source offset after its last letter or digit).
 * Its number of letters and digits is left in `measuredCount`, and where each sits in the
 * shared offset buffer, in the same pass: most runs are dates and amounts that stop here,
 * and the long ones are read by readRun without walking the text again.
 */
export function measureRun(text: string, start: number, limit: number, known = start): number {
  let count = 0;
  let end = start;
  let i = start;
  let gap = 0;
  let lastGap = 0;
  let plain = true;
  let digits = true;
  let offsets = offsetBuffer;
  let gaps = gapBuffer;
  // [start, known): letters and digits the caller has already stepped over.
  if (known - start > offsets.length) {
    while (offsetBuffer.length < known - start) growBuffers();
    offsets = offsetBuffer;
    gaps = gapBuffer;
  }
  for (; i < known; i++) {
    const code = text.charCodeAt(i);
    offsets[count] = i;
    gaps[count] = 0;
    count++;
    if (code > 0x39) {
      if (code > 0x5a) plain = false;
      if (CHAR_CLASSES[code] === CharClass.letter) digits = false;
    }
  }
  end = i;
  while (i < limit) {
    // Most runs are unbroken digits: a tight loop until the first gap.
    let code = text.charCodeAt(i);
    let cls = CHAR_CLASSES[code]!;
    while (cls === 1 || cls === 2) {
      if (count === offsets.length) {
        growBuffers();
        offsets = offsetBuffer;
        gaps = gapBuffer;
      }
      offsets[count] = i;
      gaps[count] = gap;
      if (gap === 1) lastGap = count;
      gap = 0;
      if (code > 0x5a) plain = false;
      if (cls === 2) digits = false;
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
      else if (isSeparator(c) && visible < MAX_GAP) {
        visible++;
        j++;
      } else break;
    }
    if (j > i && j < limit && isAlnumClass(CHAR_CLASSES[text.charCodeAt(j)]!)) {
      plain = false;
      gap = visible > 0 ? 1 : 0;
      i = j;
      continue;
    }
    break;
  }
  measuredCount = count;
  measuredPlain = plain;
  measuredDigits = digits;
  measuredLastGap = lastGap;
  return end;
}

/**
 * The folded run between `start` and `end`, which must be the run measureRun measured last
 * (its offsets are already in the shared buffers, reused by the next run: runs are read one
 * at a time).
 */
export function readRun(text: string, start: number, end: number): AlnumRun {
  const count = measuredCount;
  const offsets = offsetBuffer;
  const digitsAhead = digitsAheadBuffer;
  let chars: string;
  if (measuredPlain) chars = text.slice(start, end);
  else {
    codeBuffer.length = count;
    for (let k = 0; k < count; k++) codeBuffer[k] = foldAlnum(text.charCodeAt(offsets[k]!));
    chars = String.fromCharCode.apply(null, codeBuffer);
  }
  if (!measuredDigits) {
    let ahead = 0;
    for (let k = count - 1; k >= 0; k--) {
      const code = chars.charCodeAt(k);
      ahead = code >= 48 && code <= 57 ? Math.min(ahead + 1, 255) : 0;
      digitsAhead[k] = ahead;
    }
  }
  sharedRun.allDigits = measuredDigits;
  sharedRun.lastGap = measuredLastGap;
  sharedRun.text = text;
  sharedRun.chars = chars;
  sharedRun.offsets = offsets;
  sharedRun.gaps = gapBuffer;
  sharedRun.digitsAhead = digitsAhead;
  return sharedRun;
}

/** The one run object, refilled for each run (like its buffers): runs are read one at a time. */
const sharedRun: { -readonly [K in keyof AlnumRun]: AlnumRun[K] } = {
  text: '',
  chars: '',
  offsets: offsetBuffer,
  gaps: gapBuffer,
  allDigits: true,
  lastGap: 0,
  digitsAhead: digitsAheadBuffer,
};

export function isDigitChar(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A match may only start or end where the reader sees a break: the run's edge, a separator,
 * or a change between letters and digits (E12345678, 17 digits + X).
 */
export function isBoundary(run: AlnumRun, k: number): boolean {
  if (k <= 0 || k >= run.chars.length) return true;
  if (run.gaps[k]) return true;
  return isDigitChar(run.chars.charCodeAt(k - 1)) !== isDigitChar(run.chars.charCodeAt(k));
}

/** True when chars[from, to) are all ASCII digits. */
export function allDigits(chars: string, from: number, to: number): boolean {
  if (to > chars.length) return false;
  for (let i = from; i < to; i++) if (!isDigitChar(chars.charCodeAt(i))) return false;
  return true;
}

/**
 * When the run from character k to its end is digits with no separator between them, their
 * number (the only boundary ahead is the run's end); otherwise -1. What run detectors' start
 * filters are given (RunStartFilter).
 */
export function plainDigitsFrom(run: AlnumRun, k: number): number {
  const rest = run.chars.length - k;
  return k >= run.lastGap && digitsFrom(run, k) === rest ? rest : -1;
}

/** How many digits follow from run character k on, k included (at most 255 unless allDigits). */
export function digitsFrom(run: AlnumRun, k: number): number {
  return run.allDigits ? run.chars.length - k : run.digitsAhead[k]!;
}

/** True when run characters [from, to) are all digits (one look-up). */
export function runDigits(run: AlnumRun, from: number, to: number): boolean {
  if (to > run.chars.length) return false;
  if (run.allDigits) return true;
  const length = to - from;
  return length < 255 ? run.digitsAhead[from]! >= length : allDigits(run.chars, from, to);
}
