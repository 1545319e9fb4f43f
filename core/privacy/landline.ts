import { type AlnumRun, isBoundary, isDigitChar, runDigits } from './internal/alnum-run';
import { CHAR_CLASSES, CharClass, isInvisible } from './internal/chars';
import type { RunDetector, RunStartFilter } from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { LabelCategory, Subject } from './labels';

/**
 * Fixed-line numbers (national numbering plan): 0 + 2–3 digit area code (010, 02x, 0xxx;
 * 泸州 0830) + 7–8 digit local number starting 2–8, as 0830-1234567, (0830)1234567,
 * 0830 1234567, with an optional extension (转8001, -8001, 分机8001).
 *
 * Public when labelled as the agency's channel (监督电话, 咨询电话…) or when it belongs to an
 * organisation's block (执法机关…局 地址… 电话…): an office line is not personal data.
 * A local number without area code is only read right after a phone label.
 *
 * Limit: an unlabelled landline in a block with no subject words is reported as personal.
 */
export const LANDLINE_AREA_CODE = /^0(?:10|2\d|[3-9]\d{2})$/;
/** Extension markers after a number: 转 (轉), 分机 (分機), ext. */
export const EXTENSION_MARKERS = ['转', '轉', '分机', '分機', 'ext', 'EXT', 'Ext'];

function areaCodeLength(run: AlnumRun, at: number): number {
  const { codes } = run;
  if (at + 3 > run.length || codes[at] !== 48) return 0;
  const next = codes[at + 1]!;
  if (next === 49) return codes[at + 2] === 48 ? 3 : 0;
  if (next === 50) return isDigitChar(codes[at + 2]!) ? 3 : 0;
  if (next >= 51 && next <= 57) return runDigits(run, at, at + 4) ? 4 : 0;
  return 0;
}

function localLength(run: AlnumRun, at: number): number {
  const first = run.codes[at]!;
  if (first < 50 || first > 56) return 0;
  if (runDigits(run, at, at + 8) && isBoundary(run, at + 8)) return 8;
  if (runDigits(run, at, at + 7) && isBoundary(run, at + 7)) return 7;
  return 0;
}

/** Source end of a 转8001 / 分机 8001 extension right after `end`, or `end` itself. */
function extensionEnd(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || isInvisible(text.charCodeAt(i)))) i++;
  const marker = EXTENSION_MARKERS.find((word) => text.startsWith(word, i));
  if (!marker) return end;
  i += marker.length;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  let digits = 0;
  while (
    i + digits < text.length &&
    CHAR_CLASSES[text.charCodeAt(i + digits)] === CharClass.digit
  ) {
    digits++;
  }
  return digits >= 1 && digits <= 6 ? i + digits : end;
}

/**
 * 0 + a 2–3 digit area code + 7–8 digits (10 to 12 in all), or a bare 7–8 digit local number
 * starting 2–8 (after a phone label).
 */
export const landlineMayStart: RunStartFilter = (first, plain) => {
  if (first === 48) return plain < 0 || (plain >= 10 && plain <= 12);
  return first >= 50 && first <= 56 && (plain < 0 || plain === 7 || plain === 8);
};

export const matchLandline: RunDetector = (run, at, context) => {
  const { text } = run;
  const area = areaCodeLength(run, at);
  let localStart = -1;
  let local = 0;
  if (area > 0) {
    localStart = at + area;
    local = localLength(run, localStart);
  }
  if (local === 0) {
    // A bare local number counts only right after a phone label (联系电话：2345678).
    if (at !== 0) return undefined;
    local = localLength(run, at);
    if (local === 0 || context.category() !== LabelCategory.phone) return undefined;
    localStart = at;
  }
  const label = context.label();
  let end = localStart + local;
  // -8001 written as one more group after a dash.
  if (end < run.length && run.gaps[end]) {
    const gapChar = text.charCodeAt(run.offsets[end]! - 1);
    let groupEnd = end + 1;
    while (!isBoundary(run, groupEnd)) groupEnd++;
    const dash = gapChar === 0x2d || gapChar === 0xff0d;
    if (dash && groupEnd - end <= 5 && runDigits(run, end, groupEnd)) end = groupEnd;
  }
  const category = label?.value;
  if (category === LabelCategory.publicPhone || category === LabelCategory.documentNumber)
    return { end };
  if (
    category !== LabelCategory.bankAccount &&
    context.subject(run.offsets[0]!) === Subject.organisation
  ) {
    return { end };
  }
  let start = run.offsets[at]!;
  const before = text.charCodeAt(start - 1);
  if (at === 0 && area > 0 && (before === 0x28 || before === 0xff08)) start--;
  const sourceEnd = extensionEnd(text, run.offsets[end - 1]! + 1);
  return {
    end,
    finding: {
      kind: PersonalDataKind.landline,
      start,
      end: sourceEnd,
      confidence: area > 0 ? (isBoundary(run, localStart) ? 0.85 : 0.7) : 0.65,
      reason: area > 0 ? 'landline-area-code' : 'landline-labelled',
    },
  };
};
