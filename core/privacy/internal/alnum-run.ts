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
}

function isAlnumClass(cls: number): boolean {
  return cls === CharClass.digit || cls === CharClass.letter;
}

/** How many letters and digits the run last measured holds (set by measureRun). */
export let measuredCount = 0;

/**
 * Where the run that starts at `start` ends (source offset after its last letter or digit);
 * its number of letters and digits is left in `measuredCount`, without allocating: most runs
 * are dates and amounts that stop here.
 */
export function measureRun(text: string, start: number, limit: number): number {
  let count = 0;
  let end = start;
  let i = start;
  while (i < limit) {
    const cls = CHAR_CLASSES[text.charCodeAt(i)]!;
    if (cls === 1 || cls === 2) {
      count++;
      i++;
      end = i;
      continue;
    }
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
      i = j;
      continue;
    }
    break;
  }
  measuredCount = count;
  return end;
}

let offsetBuffer = new Int32Array(256);
let gapBuffer = new Uint8Array(256);
const codeBuffer: number[] = [];

/**
 * Builds the folded run between `start` and `end` (as returned by measureRun). The offset
 * and gap arrays are shared buffers, reused by the next run: runs are read one at a time.
 */
export function readRun(text: string, start: number, end: number): AlnumRun {
  if (end - start > offsetBuffer.length) {
    offsetBuffer = new Int32Array(end - start);
    gapBuffer = new Uint8Array(end - start);
  }
  const offsets = offsetBuffer;
  const gaps = gapBuffer;
  let count = 0;
  let gap = 0;
  // Plain ASCII upper-case digits and letters with nothing between: the run is a slice.
  let plain = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = CHAR_CLASSES[code];
    if (cls === 1 || cls === 2) {
      if (code > 0x5a) plain = false;
      offsets[count] = i;
      gaps[count] = gap;
      count++;
      gap = 0;
    } else {
      plain = false;
      if (!isInvisible(code)) gap = 1;
    }
  }
  let chars: string;
  if (plain) chars = text.slice(start, end);
  else {
    codeBuffer.length = count;
    for (let k = 0; k < count; k++) codeBuffer[k] = foldAlnum(text.charCodeAt(offsets[k]!));
    chars = String.fromCharCode.apply(null, codeBuffer);
  }
  sharedRun.text = text;
  sharedRun.chars = chars;
  sharedRun.offsets = offsets;
  sharedRun.gaps = gaps;
  return sharedRun;
}

/** The one run object, refilled for each run (like its buffers): runs are read one at a time. */
const sharedRun: { -readonly [K in keyof AlnumRun]: AlnumRun[K] } = {
  text: '',
  chars: '',
  offsets: offsetBuffer,
  gaps: gapBuffer,
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

/** Source offset just after run character k-1: the exclusive end of a match ending at k. */
export function sourceEnd(run: AlnumRun, k: number): number {
  return run.offsets[k - 1]! + 1;
}
