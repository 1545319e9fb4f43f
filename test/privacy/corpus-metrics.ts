/**
 * Reads the labelled privacy corpus (test/fixtures/privacy-corpus, LABELLING.md) and measures
 * the engine on it the way a reviewer would judge the published page: is each personal item
 * gone from what the public sees, is each public item still there, is each minor's decision
 * reported. Shared by test/privacy-corpus.test.ts and scripts/privacy-corpus-report.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countyPrefixLength } from '../../core/privacy/address';
import { applyRedactions } from '../../core/privacy/apply-redactions';
import { projectHtml, scanAndRedactHtml } from '../../core/privacy/html';
import { type Finding, PersonalDataKind } from '../../core/privacy/kinds';
import { normaliseForComparison, scanText } from '../../core/privacy/scan';

export const CORPUS_ROOT = join(import.meta.dirname, '..', 'fixtures', 'privacy-corpus');

/**
 * The corpus splits: written blind (never tuned on), written fresh (unseen until its first
 * measurement, tuned on after), the tuning families, the older traps.
 */
export const Split = {
  blind: 'blind',
  fresh: 'fresh',
  families: 'families',
  legacy: 'legacy',
} as const;
export type Split = (typeof Split)[keyof typeof Split];

export interface Expected {
  readonly minor?: boolean;
  readonly personal: readonly (readonly [string, string])[];
  readonly public: readonly string[];
}

export interface CorpusDocument {
  readonly name: string;
  readonly split: Split;
  readonly html: boolean;
  readonly source: string;
  readonly expected: Expected;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(txt|html)$/.test(entry.name) ? [path] : [];
  });
}

export function readCorpus(root = CORPUS_ROOT): CorpusDocument[] {
  return files(root)
    .sort()
    .map((path) => {
      const name = relative(root, path);
      const top = name.split(/[\\/]/)[0];
      // fresh/, fresh-2/…: each batch measured once unseen, then tuned on.
      const split = top?.startsWith('fresh')
        ? Split.fresh
        : top === 'blind' || top === 'families'
          ? top
          : Split.legacy;
      return {
        name,
        split,
        html: path.endsWith('.html'),
        source: readFileSync(path, 'utf8'),
        expected: JSON.parse(
          readFileSync(path.replace(/\.(txt|html)$/, '.expected.json'), 'utf8'),
        ) as Expected,
      };
    });
}

function occurrences(text: string, item: string): number {
  if (item === '') return 0;
  let count = 0;
  for (let at = text.indexOf(item); at >= 0; at = text.indexOf(item, at + item.length)) count++;
  return count;
}

/** Counts of one measure: how many items, how many handled as they should be. */
export interface Tally {
  total: number;
  ok: number;
}

/** Findings of one kind: how many the engine made, how many are a labelled item exactly. */
export interface Precision {
  found: number;
  correct: number;
}

/** What a document and a split both report. */
interface Measures {
  /** Removal of personal items per kind: gone from what the public sees. */
  readonly removed: Map<string, Tally>;
  /** Exact findings per kind (names may be found as a minor's). */
  readonly exact: Map<string, Precision>;
  readonly public: Tally;
  readonly missed: string[];
  readonly lostPublic: string[];
}

export interface DocumentResult extends Measures {
  readonly document: CorpusDocument;
  readonly redacted: string;
  readonly minorExpected: boolean;
  readonly minorReported: boolean;
}

function tally(map: Map<string, Tally>, kind: string, ok: boolean): void {
  const entry = map.get(kind) ?? { total: 0, ok: 0 };
  entry.total++;
  if (ok) entry.ok++;
  map.set(kind, entry);
}

/** The entry of `kind` in `map`, made empty when missing. */
function entryOf<T>(map: Map<string, T>, kind: string, empty: () => T): T {
  let entry = map.get(kind);
  if (!entry) {
    entry = empty();
    map.set(kind, entry);
  }
  return entry;
}

/**
 * Whether each personal item is gone from `visible` (the redacted page as read), against
 * `original` (the same page before redaction):
 * - numbers: their digits, separators ignored, appear nowhere;
 * - addresses: what follows the county (kept by design, 法释〔2016〕19号) is gone at every
 *   labelled occurrence. The labels list each occurrence that is someone's home; the same
 *   words elsewhere (a village group named again as where a field lies) are left as the
 *   labeller left them, so they may stay;
 * - names: the name appears no more often than the labels list it as public elsewhere
 *   (every occurrence listed is one that must go).
 */
function removal(
  document: CorpusDocument,
  original: string,
  visible: string,
  removed: Map<string, Tally>,
  missed: string[],
): void {
  const folded = normaliseForComparison(visible);
  const nameCounts = new Map<string, number>();
  const addressCounts = new Map<string, number>();
  for (const [kind, text] of document.expected.personal) {
    if (kind === 'name' || kind === 'address') {
      const counts = kind === 'name' ? nameCounts : addressCounts;
      counts.set(text, (counts.get(text) ?? 0) + 1);
      continue;
    }
    const digits = normaliseForComparison(text).replace(/^(\+?86|0086)(?=1[3-9]\d{9}$)/, '');
    const gone = !folded.includes(digits);
    tally(removed, kind, gone);
    if (!gone) missed.push(`${document.name}: ${kind} ${JSON.stringify(text)} still visible`);
  }
  for (const [address, count] of addressCounts) {
    const tail = address.slice(countyPrefixLength(address));
    const part = tail.length >= 2 ? tail : address;
    // Occurrences of `part` no label covers (inside any labelled address) may stay.
    let labelled = 0;
    for (const [other, times] of addressCounts) labelled += times * occurrences(other, part);
    const unlabelled = Math.max(0, occurrences(original, part) - labelled);
    const left = Math.min(count, Math.max(0, occurrences(visible, part) - unlabelled));
    for (let k = 0; k < count; k++) tally(removed, 'address', k >= left);
    if (left > 0)
      missed.push(
        `${document.name}: address ${JSON.stringify(address)} still visible` +
          (count > 1 ? ` ${left}/${count}` : ''),
      );
  }
  for (const [name, count] of nameCounts) {
    const left = Math.min(count, occurrences(visible, name));
    for (let k = 0; k < count; k++) tally(removed, 'name', k >= left);
    if (left > 0)
      missed.push(`${document.name}: name ${JSON.stringify(name)} still visible ${left}/${count}`);
  }
}

export function measureDocument(document: CorpusDocument): DocumentResult {
  const { source, html, expected } = document;
  // Scanned once: the redaction applies these very findings.
  let findings: Finding[];
  let redacted: string;
  if (html) ({ findings, html: redacted } = scanAndRedactHtml(source));
  else {
    findings = scanText(source);
    redacted = applyRedactions(source, findings);
  }
  const visible = html ? projectHtml(redacted).text : redacted;
  const original = html ? projectHtml(source).text : source;
  const removed = new Map<string, Tally>();
  const missed: string[] = [];
  removal(document, original, visible, removed, missed);

  const exact = new Map<string, Precision>();
  const entry = (kind: string) => entryOf(exact, kind, () => ({ found: 0, correct: 0 }));
  const minorTexts: string[] = [];
  const remaining: (readonly [string, string])[] = [];
  for (const finding of findings) {
    if (finding.kind === PersonalDataKind.minor) minorTexts.push(finding.text);
    else {
      remaining.push([finding.kind, finding.text]);
      entry(finding.kind).found++;
    }
  }
  for (const [kind, text] of expected.personal) {
    entry(kind);
    const index = remaining.findIndex(([k, t]) => k === kind && t === text);
    if (index >= 0) {
      entry(kind).correct++;
      remaining.splice(index, 1);
    } else if (kind === 'name' && minorTexts.includes(text)) {
      // A minor's name is found as the minor finding: counted among the name findings too.
      entry(kind).correct++;
      entry(kind).found++;
      minorTexts.splice(minorTexts.indexOf(text), 1);
    }
  }

  const publicTally: Tally = { total: 0, ok: 0 };
  const lostPublic: string[] = [];
  for (const item of new Set(expected.public)) {
    const before = occurrences(source, item);
    const after = occurrences(redacted, item);
    publicTally.total++;
    if (after >= before && before > 0) publicTally.ok++;
    else lostPublic.push(`${document.name}: ${item} (${after}/${before})`);
  }
  return {
    document,
    redacted,
    removed,
    exact,
    public: publicTally,
    minorExpected: expected.minor === true,
    minorReported: findings.some((finding) => finding.kind === PersonalDataKind.minor),
    missed,
    lostPublic,
  };
}

/** The figures of one split (or of the whole corpus). */
export interface SplitSummary extends Measures {
  readonly documents: number;
  readonly families: number;
  readonly minors: Tally;
  /** Decisions reported as a minor's that are not. */
  readonly falseMinors: number;
}

export function summarise(results: readonly DocumentResult[]): SplitSummary {
  const removed = new Map<string, Tally>();
  const exact = new Map<string, Precision>();
  const publicTally: Tally = { total: 0, ok: 0 };
  const minors: Tally = { total: 0, ok: 0 };
  let falseMinors = 0;
  const families = new Set<string>();
  for (const result of results) {
    families.add(result.document.name.split(/[\\/]/).slice(0, -1).join('/') || 'traps');
    for (const [kind, value] of result.removed) {
      const entry = entryOf(removed, kind, () => ({ total: 0, ok: 0 }));
      entry.total += value.total;
      entry.ok += value.ok;
    }
    for (const [kind, value] of result.exact) {
      const entry = entryOf(exact, kind, () => ({ found: 0, correct: 0 }));
      entry.found += value.found;
      entry.correct += value.correct;
    }
    publicTally.total += result.public.total;
    publicTally.ok += result.public.ok;
    if (result.minorExpected) {
      minors.total++;
      if (result.minorReported) minors.ok++;
    } else if (result.minorReported) falseMinors++;
  }
  return {
    documents: results.length,
    families: families.size,
    removed,
    exact,
    public: publicTally,
    minors,
    falseMinors,
    missed: results.flatMap((result) => result.missed),
    lostPublic: results.flatMap((result) => result.lostPublic),
  };
}

export function rate(tally: Tally): number {
  return tally.total === 0 ? 1 : tally.ok / tally.total;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** The figures as Markdown rows: removal per kind, public kept, minors. */
export function summaryTable(summary: SplitSummary): string {
  const kinds = [...summary.removed.keys()].sort();
  const rows = kinds.map((kind) => {
    const tallyOf = summary.removed.get(kind)!;
    const exact = summary.exact.get(kind);
    const precision = exact && exact.found > 0 ? percent(exact.correct / exact.found) : '—';
    return `| ${kind} | ${tallyOf.ok}/${tallyOf.total} | ${percent(rate(tallyOf))} | ${precision} |`;
  });
  return [
    '| personal items | removed | rate | precision of findings |',
    '| --- | --- | --- | --- |',
    ...rows,
    `| public items kept | ${summary.public.ok}/${summary.public.total} | ${percent(rate(summary.public))} |  |`,
    `| minors' decisions reported | ${summary.minors.ok}/${summary.minors.total} | ${percent(rate(summary.minors))} | ${summary.falseMinors} reported wrongly |`,
  ].join('\n');
}
