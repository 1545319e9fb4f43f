import { matchAddress, mayEndAddressLabel } from './address';
import { bankCardMayStart, matchBankCard } from './bank-card';
import { matchEmail } from './email';
import {
  MIN_RUN_LENGTH,
  measuredCount,
  measureRun,
  plainDigitsFrom,
  readRun,
} from './internal/alnum-run';
import {
  CHAR_CLASSES,
  CharClass,
  foldAlnum,
  GAP_CODES,
  isAlnumCode,
  isInvisible,
  isSeparator,
  isSpace,
} from './internal/chars';
import type { TrieMatch } from './internal/reverse-trie';
import type { RunContext, TextDetector } from './internal/run-detector';
import { type RawFinding, ScanState } from './internal/scan-state';
import { type Finding, PersonalDataKind, type ScanOptions } from './kinds';
import type { LabelCategory } from './labels';
import { landlineMayStart, matchLandline } from './landline';
import { matchMobile, mobileMayStart } from './mobile';
import { matchOrganisationCode, organisationCodeMayStart } from './organisation-code';
import { matchPassport, passportMayStart } from './passport';
import { matchPlate } from './plate';
import type { DocumentReading } from './reading/document-reading';
import { NO_READING } from './reading/no-reading';
import { matchResidentId, residentIdMayStart } from './resident-id';
import { matchTravelPermit, travelPermitMayStart } from './travel-permit';

/** Options prepared once for many scans (the incremental scanner reuses them). @internal */
export interface CompiledScanOptions {
  readonly allow: ReadonlySet<string>;
  readonly alwaysRedact: readonly string[];
}

/**
 * The comparable form of a number or word: full-width folded, upper case, separators and
 * invisible characters dropped, so that `138-1234-5678` matches `13812345678`.
 */
export function normaliseForComparison(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInvisible(code) || isSeparator(code)) continue;
    out += String.fromCharCode(isAlnumCode(code) ? foldAlnum(code) : code);
  }
  return out;
}

export function compileScanOptions(options: ScanOptions = {}): CompiledScanOptions {
  return {
    allow: new Set((options.allow ?? []).map(normaliseForComparison).filter((word) => word !== '')),
    alwaysRedact: (options.alwaysRedact ?? []).filter((word) => word.length > 0),
  };
}

/** The context run detectors see; one per scan, reset for each run (no allocation per run). */
class RunScope implements RunContext {
  private start = 0;
  private labelRead = false;
  private labelValue: TrieMatch<LabelCategory> | undefined;

  constructor(private readonly state: ScanState) {}

  reset(start: number): void {
    this.start = start;
    this.labelRead = false;
    this.labelValue = undefined;
  }

  label(): TrieMatch<LabelCategory> | undefined {
    if (!this.labelRead) {
      this.labelValue = this.state.labelBefore(this.start);
      this.labelRead = true;
    }
    return this.labelValue;
  }

  category(): LabelCategory | undefined {
    return this.label()?.value;
  }

  /** Labels do not reach across data found (as in the redacted text, where 】 stops them). */
  forgetLabel(): void {
    this.labelValue = undefined;
    this.labelRead = true;
  }

  subject(pos: number) {
    return this.state.ownerAt(pos);
  }

  finePayment(pos: number): boolean {
    return this.state.finePayment(pos);
  }

  partysAccount(labelStart: number): boolean {
    return this.state.partysAccount(labelStart);
  }
}

function classifyRun(
  text: string,
  start: number,
  end: number,
  state: ScanState,
  scope: RunScope,
): number {
  const run = readRun(text);
  scope.reset(start);
  let resume = end;
  const { codes, length } = run;
  let at = 0;
  // Where the last match ended: a match may start there even inside a run (two IDs pasted
  // together), where the reader sees no break.
  let matchEnd = 0;
  // No detector matches fewer than MIN_RUN_LENGTH characters.
  while (at <= length - MIN_RUN_LENGTH) {
    if (at > 0 && at !== matchEnd && !run.gaps[at] && isSameClass(codes, at)) {
      at++;
      continue;
    }
    // Priority order: an ID before the organisation codes that share its length, both before
    // the bank-card Luhn check and the phone shapes. One call site each keeps them monomorphic;
    // each filter (beside its detector) rules most of them out without a call.
    const first = codes[at]!;
    const plain = plainDigitsFrom(run, at);
    const match =
      (residentIdMayStart(first, plain) ? matchResidentId(run, at, scope) : undefined) ??
      (organisationCodeMayStart(first, plain)
        ? matchOrganisationCode(run, at, scope)
        : undefined) ??
      (passportMayStart(first, plain) ? matchPassport(run, at, scope) : undefined) ??
      (travelPermitMayStart(first, plain) ? matchTravelPermit(run, at, scope) : undefined) ??
      (bankCardMayStart(first, plain) ? matchBankCard(run, at, scope) : undefined) ??
      (mobileMayStart(first, plain) ? matchMobile(run, at, scope) : undefined) ??
      (landlineMayStart(first, plain) ? matchLandline(run, at, scope) : undefined);
    // A plain digit rest has no boundary before the run's end: nothing can start after it.
    if (!match && plain >= 0) break;
    if (!match) {
      at++;
      continue;
    }
    if (match.finding) {
      state.push(match.finding);
      scope.forgetLabel();
      if (match.finding.end > resume) resume = match.finding.end;
    }
    at = match.end;
    matchEnd = at;
  }
  return resume;
}

/**
 * True when a line break (and spaces) at `at` leads to a digit on the next line. Read past the
 * scanned range's end if need be, as labels are read before its start: a number that starts
 * in the range is found whole.
 */
function nextLineDigit(text: string, at: number): boolean {
  const to = text.length;
  let i = at;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) !== 0x0a) return false;
  i++;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i < to && CHAR_CLASSES[text.charCodeAt(i)] === CharClass.digit;
}

/**
 * An ID or mobile number a hard line wrap broke in two (身份证号：510521⏎198812120020): the run
 * from `start` is read across one line break, and a number found only that way is recorded.
 * Nothing else is read across lines (a line ending in a date and the next starting with a
 * number are two things). Returns where scanning resumes, or -1 when nothing crossed the break.
 */
function matchAcrossLineBreak(text: string, start: number, state: ScanState): number {
  measureRun(text, start, text.length, start, true);
  if (measuredCount < 11) return -1;
  const run = readRun(text);
  const scope = new RunScope(state);
  scope.reset(start);
  // Only a number that starts the run and is sure of itself: a valid ID (date and check
  // character) or a mobile. An ID label's leniency (a typo'd check character) does not reach
  // across a line break, nor does a number found mid-run (its start would be skipped).
  const finding = (matchResidentId(run, 0, scope) ?? matchMobile(run, 0, scope))?.finding;
  if (!finding) return -1;
  if (finding.kind === PersonalDataKind.residentId && finding.confidence < 0.95) return -1;
  const lineBreak = text.indexOf('\n', finding.start);
  if (lineBreak < 0 || lineBreak >= finding.end) return -1;
  if (betweenTableRows(text, lineBreak)) return -1;
  state.push(finding);
  return finding.end;
}

/**
 * True when the lines on both sides of the line break at `at` are rows of a table typed as
 * text, cells between bars or tabs (… | 1486⏎0305128 | 邓德芬 | …): a cell ends with its row,
 * and a number in the last cell is not continued by the first cell of the next.
 */
function betweenTableRows(text: string, at: number): boolean {
  let after = text.indexOf('\n', at + 1);
  if (after < 0) after = text.length;
  return (
    TEXT_CELLS.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)) &&
    TEXT_CELLS.test(text.slice(at + 1, after))
  );
}
const TEXT_CELLS = /[|｜\t│]/;

function isMaskCode(code: number): boolean {
  return code === 0x2a || code === 0xff0a;
}

/**
 * A run touching a * (through separators) is the visible part of a staff mask
 * (6222 **** **** 0128, 138****5678): never read again, or its kept digits would join
 * their neighbours into new numbers.
 */
function isPartOfMask(text: string, start: number, end: number, from: number, to: number): boolean {
  let before = start - 1;
  while (before >= from && before > start - 4 && isSeparator(text.charCodeAt(before))) before--;
  if (before >= from && isMaskCode(text.charCodeAt(before))) return true;
  let after = end;
  while (after < to && after < end + 3 && isSeparator(text.charCodeAt(after))) after++;
  return after < to && isMaskCode(text.charCodeAt(after));
}

function isSameClass(codes: Uint8Array, k: number): boolean {
  const a = codes[k - 1]!;
  const b = codes[k]!;
  return a >= 48 && a <= 57 ? b >= 48 && b <= 57 : !(b >= 48 && b <= 57);
}

/**
 * Records a text detector's answer at `at`; returns where scanning resumes. Each detector is
 * called at its own site in scanRange (one call site each keeps them monomorphic).
 */
function applyTextMatch(match: ReturnType<TextDetector>, at: number, state: ScanState): number {
  if (!match) return at + 1;
  if (match.findings) for (const finding of match.findings) state.push(finding);
  return Math.max(match.resume, at + 1);
}

/**
 * One pass over text[from, to): a table lookup per character; only digits, letters, @,
 * province characters and the last characters of name/address labels stop the loop.
 * Context may be read before `from` (labels, the block's subject), so scanning a paragraph
 * of a document gives the same findings as scanning the whole document.
 * @internal
 */
export function scanRange(
  text: string,
  from: number,
  to: number,
  options: CompiledScanOptions,
  prior: readonly RawFinding[] = [],
  withText = true,
  reading: DocumentReading = NO_READING,
): Finding[] {
  const state = new ScanState(text, prior, withText, reading);
  const scope = new RunScope(state);
  const classes = CHAR_CLASSES;
  const fromReading = reading.findingsIn(text, from, to);
  let next = 0;
  // A prior finding may reach into the range (a number read across the line break before it).
  let i = Math.max(from, state.priorEnd);
  for (;;) {
    // The hot loop: one table load per character of ordinary text.
    while (i < to && classes[text.charCodeAt(i)] === 0) i++;
    if (i >= to) break;
    // What the reading found before here counts as found (labels stop at it, as they stop at
    // its mask in the redacted text).
    while (next < fromReading.length && fromReading[next]!.start <= i)
      state.push(fromReading[next++]!);
    const cls = classes[text.charCodeAt(i)];
    if (cls === CharClass.digit || cls === CharClass.letter) {
      // Dates and amounts (2025年, 86785元) end short, on a character that cannot continue a
      // number: stepped over here without measuring them.
      let j = i + 1;
      while (j < to) {
        const next = classes[text.charCodeAt(j)];
        if (next === CharClass.digit || next === CharClass.letter) j++;
        else break;
      }
      if (j - i < MIN_RUN_LENGTH) {
        // A short run continues only if separators lead to more letters or digits (1.现场…,
        // 第3.2条 stop here); measureRun decides how far, with its own gap rules.
        let k = j;
        while (k < to && GAP_CODES[text.charCodeAt(k)] === 1) k++;
        const next = k < to ? classes[text.charCodeAt(k)] : CharClass.none;
        if (k === j || (next !== CharClass.digit && next !== CharClass.letter)) {
          const broken =
            nextLineDigit(text, k) && !isPartOfMask(text, i, j, from, to)
              ? matchAcrossLineBreak(text, i, state)
              : -1;
          i = broken > 0 ? broken : j;
          continue;
        }
      }
      let end = measureRun(text, i, to, j);
      if (nextLineDigit(text, end) && !isPartOfMask(text, i, end, from, to)) {
        const broken = matchAcrossLineBreak(text, i, state);
        if (broken > 0) {
          i = broken;
          continue;
        }
        end = measureRun(text, i, to, j);
      }
      if (measuredCount >= MIN_RUN_LENGTH && !isPartOfMask(text, i, end, from, to)) {
        i = Math.max(end, classifyRun(text, i, end, state, scope));
      } else i = end;
    } else if (cls === CharClass.at) {
      i = applyTextMatch(matchEmail(text, i, from, to, state), i, state);
    } else if (cls === CharClass.province) {
      i = applyTextMatch(matchPlate(text, i, from, to, state), i, state);
    } else {
      i = mayEndAddressLabel(text, i, from)
        ? applyTextMatch(matchAddress(text, i, from, to, state), i, state)
        : i + 1;
    }
  }
  while (next < fromReading.length) state.push(fromReading[next++]!);
  // What the reading knows better than the detectors, once they are done (reading/read-on.ts).
  reading.readOn(state, to);
  for (const word of options.alwaysRedact) {
    for (
      let at = text.indexOf(word, from);
      at >= 0 && at + word.length <= to;
      at = text.indexOf(word, at + word.length)
    ) {
      state.push({
        kind: PersonalDataKind.name,
        start: at,
        end: at + word.length,
        confidence: 1,
        reason: 'always-redact',
      });
    }
  }
  return finish(text, state.found, options);
}

/** Sorts, drops allowed strings and resolves overlaps (the longer finding wins). */
function finish(text: string, found: Finding[], options: CompiledScanOptions): Finding[] {
  if (found.length === 0) return found;
  let sorted = true;
  for (let k = 1; k < found.length && sorted; k++) sorted = found[k - 1]!.start <= found[k]!.start;
  if (!sorted) found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of found) {
    if (
      options.allow.size > 0 &&
      options.allow.has(normaliseForComparison(text.slice(finding.start, finding.end)))
    ) {
      continue;
    }
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) {
      if (outranks(finding, last)) kept[kept.length - 1] = finding;
      continue;
    }
    kept.push(finding);
  }
  return kept;
}

/**
 * Of two overlapping findings, whether `finding` wins over `kept`: the longer, and of two
 * as long the surer, so that the winner does not depend on which was found first (a range
 * rescanned by the incremental scanner finds them in another order).
 */
function outranks(finding: Finding, kept: Finding): boolean {
  const length = finding.end - finding.start;
  const keptLength = kept.end - kept.start;
  return length > keptLength || (length === keptLength && finding.confidence > kept.confidence);
}

/** scanText with the document's reading given (NO_READING: labels and shapes alone). */
export function scanTextWith(
  text: string,
  options: ScanOptions | undefined,
  reading: DocumentReading,
): Finding[] {
  return scanRange(text, 0, text.length, compileScanOptions(options), [], true, reading);
}
