import type { Finding } from '../kinds';
import { type LabelCategory, Subject } from '../labels';
import type { DocumentReading } from '../reading/document-reading';
import { HolderKind } from '../reading/holder-kind';
import type { Holder } from '../reading/party-blocks';
import {
  isFinePaymentContext,
  isPartysAccount,
  LabelLookup,
  SUBJECT_WINDOW,
  subjectBefore,
} from './context';
import type { TrieMatch } from './reverse-trie';

export type RawFinding = Omit<Finding, 'text'>;

/** Between two items of a list: one 、 , ， 和 or 及, spaces around it. */
const LIST_GAP = /^\s?[、，,和及]\s?$/;

function overlapsAny(
  list: readonly RawFinding[],
  start: number,
  end: number,
  horizon: number,
): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    const finding = list[i]!;
    if (finding.start < end && finding.end > start) return true;
    // Findings are pushed in text order: older ones are out of reach.
    if (finding.end < horizon) break;
  }
  return false;
}

/**
 * What one scan has found so far. Context lookups use it so that they read the text the way
 * its redacted form will read: labels stop at the last finding, and words inside personal
 * data (局 in someone's address) never decide whose block a later line belongs to.
 * @internal
 */
export class ScanState {
  readonly found: Finding[] = [];
  private lastEnd = 0;

  /** `prior`: findings before the scanned range, in order (the incremental scanner's lines). */
  /**
   * `withText` false leaves each finding's `text` empty (redaction of the public style needs
   * only offsets: the slices are not made).
   */
  constructor(
    readonly text: string,
    prior: readonly RawFinding[] = [],
    private readonly withText = true,
    /** The document as a reviewer reads it: whose block each line is, who is named. */
    readonly reading?: DocumentReading,
  ) {
    for (const finding of prior) this.lastEnd = Math.max(this.lastEnd, finding.end);
    this.priorEnd = this.lastEnd;
    this.prior = prior;
    this.labels = new LabelLookup(text);
  }

  private readonly prior: readonly RawFinding[];
  /** Where the findings before the scanned range end. */
  readonly priorEnd: number;

  push(finding: RawFinding): void {
    this.found.push({
      kind: finding.kind,
      start: finding.start,
      end: finding.end,
      text: this.withText ? this.text.slice(finding.start, finding.end) : '',
      confidence: finding.confidence,
      reason: finding.reason,
      ...(finding.reportOnly ? { reportOnly: true as const } : {}),
    });
    if (finding.end > this.lastEnd) this.lastEnd = finding.end;
  }

  private readonly labels: LabelLookup;

  /** The last label labelBefore found, and where it was asked (for lists, below). */
  private list: readonly [TrieMatch<LabelCategory> | undefined, number] = [undefined, -9];

  labelBefore(pos: number): TrieMatch<LabelCategory> | undefined {
    const label = this.labels.before(pos, this.lastEnd <= pos ? this.lastEnd : 0);
    if (label) this.list = [label, pos];
    const last = this.found[this.found.length - 1];
    // The next item of a list under one label (通行证（号码：10482736、07319528）): the label
    // stops at the first item's finding, but is the second's as much, when that finding is
    // the item the label was found for.
    return (
      label ??
      (last &&
      Math.abs(last.start - this.list[1]) < 2 &&
      LIST_GAP.test(this.text.slice(last.end, pos))
        ? this.list[0]
        : undefined)
    );
  }

  finePayment(pos: number): boolean {
    // Read back from `pos` to the last finding. One after `pos` (the first account of 收款账号：
    // 6228…、6214…, read back from the label for the second too) means the words before the
    // label were read for that first one, which was found, so they were no fine payment's.
    return isFinePaymentContext(this.text, pos, Math.min(this.lastEnd, pos));
  }

  partysAccount(labelStart: number): boolean {
    return isPartysAccount(this.text, labelStart);
  }

  /** The holder of the party block `pos` is in (reading/party-blocks.ts), if any. */
  holderAt(pos: number): Holder | undefined {
    return this.reading?.holderAt(pos);
  }

  /**
   * Whose data stands at `pos`: a natural person's or an organisation's (the agency's own
   * lines count as an organisation's). Where the document reading found a block, its holder
   * decides (地址 in a person's block is personal whatever words are near); elsewhere the
   * nearest subject word does (公司, 局, 性别…).
   */
  ownerAt(pos: number): Subject | undefined {
    const holder = this.reading?.holderAt(pos);
    if (holder?.kind === HolderKind.person) return Subject.person;
    if (holder?.kind === HolderKind.organisation || holder?.kind === HolderKind.agency)
      return Subject.organisation;
    return this.subjectBefore(pos);
  }

  subjectBefore(pos: number): Subject | undefined {
    return subjectBefore(this.text, pos, (start, end) => this.overlapsFinding(start, end, pos));
  }

  private overlapsFinding(start: number, end: number, pos: number): boolean {
    const horizon = pos - SUBJECT_WINDOW;
    return (
      overlapsAny(this.found, start, end, horizon) || overlapsAny(this.prior, start, end, horizon)
    );
  }
}
