import { characterSet, GAP_CODES } from './internal/chars';
import { SUBJECT_WINDOW } from './internal/context';
import type { Finding, ScanOptions } from './kinds';
import { type DocumentReading, readDocuments } from './reading/document-reading';
import { type CompiledScanOptions, compileScanOptions, scanRange } from './scan-range';

function lineStartAt(text: string, pos: number): number {
  return pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

/** What ends a line that does not run on into the next: a sentence's end. */
const LINE_CLOSED = characterSet('。！？；!?;');

/** Whether the line ending at `end` (a line break or the text's end) ends a sentence. */
function closedAt(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x0d || GAP_CODES[text.charCodeAt(k - 1)] === 1)) k--;
  return k <= 0 || LINE_CLOSED[text.charCodeAt(k - 1)] === 1;
}

/**
 * The start of the line holding `pos`, or of a line before while the one before it does not
 * end a sentence: what a line reads may begin on the lines before (a number broken by a line
 * break, 510521⏎198812120020; a label whose value is on the next line, 住址：⏎泸州市…), as far
 * back as a line's context reaches.
 */
function rescanStartAt(text: string, pos: number): number {
  let start = lineStartAt(text, pos);
  const reach = start - SUBJECT_WINDOW;
  while (start > 0 && start > reach && !closedAt(text, start - 1))
    start = lineStartAt(text, start - 1);
  return start;
}

/** The end of the line holding `pos`, or of a line after while this one runs on into it. */
function rescanEndAt(text: string, pos: number): number {
  let end = lineEndAt(text, pos);
  const reach = end + SUBJECT_WINDOW;
  while (end < text.length && end < reach && !closedAt(text, end)) end = lineEndAt(text, end + 1);
  return end;
}

function lineEndAt(text: string, pos: number): number {
  if (pos >= text.length) return text.length;
  const end = text.indexOf('\n', pos);
  return end < 0 ? text.length : end;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[], shift: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.start !== y.start + shift ||
      x.end !== y.end + shift ||
      x.kind !== y.kind ||
      x.text !== y.text
    )
      return false;
  }
  return true;
}

/**
 * Scanner for editors: call `update(text)` after every edit and get the same findings as
 * `scanText(text)`, at a cost proportional to the edited paragraph.
 *
 * The new text is compared with the previous one: findings before the edited lines are kept,
 * findings after them are shifted, and only the edited lines are scanned again — plus the
 * lines just after them whose context (the 160 characters before a line say whose block it
 * is) reaches into the edit, until the findings there come out as before.
 *
 * Limit: `alwaysRedact` words spanning a line break are not found (as in scanText).
 *
 * @example
 * const scanner = new IncrementalScanner();
 * editor.on('input', () => highlight(scanner.update(editor.text)));
 */
export class IncrementalScanner {
  private readonly options: CompiledScanOptions;
  private text: string | undefined;
  private findings: readonly Finding[] = [];
  private readingSignature = '';
  /** The readings of the documents of the last text, by their text: most do not change. */
  private documents: ReadonlyMap<string, DocumentReading> = new Map();

  constructor(options?: ScanOptions) {
    this.options = compileScanOptions(options);
  }

  update(text: string): Finding[] {
    const previous = this.text;
    if (previous === text) return [...this.findings];
    // Each document of the text is read again unless its text is unchanged (an edit touches
    // one); when the edit changed what the reading decides (a party's kind, a name found, a
    // minor), every line is scanned again.
    const documents = new Map<string, DocumentReading>();
    const reading = readDocuments(text, this.documents, documents);
    this.documents = documents;
    const signature = reading.signature;
    if (previous === undefined || signature !== this.readingSignature) {
      this.readingSignature = signature;
      return this.remember(text, scanRange(text, 0, text.length, this.options, [], true, reading));
    }
    // The edited stretch: what lies between the common prefix and the common suffix.
    const shortest = Math.min(previous.length, text.length);
    let prefix = 0;
    while (prefix < shortest && previous.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < shortest - prefix &&
      previous.charCodeAt(previous.length - 1 - suffix) ===
        text.charCodeAt(text.length - 1 - suffix)
    ) {
      suffix++;
    }
    const shift = text.length - previous.length;
    let start = rescanStartAt(text, prefix);
    const kept: Finding[] = [];
    for (const finding of this.findings) {
      if (finding.end <= start) kept.push(finding);
      else {
        // A finding read across the line break before `start` is read again whole.
        if (finding.start < start) start = lineStartAt(text, finding.start);
        break;
      }
    }
    while (kept.length > 0 && kept[kept.length - 1]!.end > start) {
      const finding = kept.pop()!;
      if (finding.start < start) start = lineStartAt(text, finding.start);
    }
    let end = rescanEndAt(text, text.length - suffix);
    for (;;) {
      const rescanned = scanRange(text, start, end, this.options, kept, true, reading);
      // Old findings after the rescanned lines, where they now stand.
      const oldEnd = end - shift;
      const after = this.findings.filter((finding) => finding.start >= oldEnd);
      // Lines whose context reaches into the rescanned stretch must read the same as before.
      const horizon = lineEndAt(text, Math.min(text.length, end + SUBJECT_WINDOW));
      const oldNear = after.filter((finding) => finding.start + shift < horizon);
      const next =
        horizon > end
          ? scanRange(text, end + 1, horizon, this.options, [...kept, ...rescanned], true, reading)
          : [];
      if (horizon <= end || sameFindings(next, oldNear, shift)) {
        const shifted = after.map((finding) =>
          shift === 0
            ? finding
            : { ...finding, start: finding.start + shift, end: finding.end + shift },
        );
        return this.remember(text, [...kept, ...rescanned, ...shifted]);
      }
      end = horizon;
    }
  }

  private remember(text: string, findings: Finding[]): Finding[] {
    this.text = text;
    this.findings = findings;
    return [...findings];
  }
}
