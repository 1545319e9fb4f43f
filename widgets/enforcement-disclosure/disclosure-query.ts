import { addMonths } from '../../core/calendar/iso-date';
import { mayReadMinor } from '../../core/privacy/reading/minor-hint';
import { PartyKind } from '../../core/records/enumerations';
import type { DecisionRecord } from '../../core/records/index';
import { RecordState, recordState } from '../../core/records/lifecycle';
import { DECISION_TEXTS, minorShownInText } from '../../core/rules/minor-party';
import type { PublicityRules } from '../../core/rules/policy-profile';
import type { ScanText } from '../../core/rules/rule';
import type { Reader } from '../internal/document-reader';
import type { PublicText } from '../internal/sanitize';

export const SortOrder = {
  decisionDesc: 'decision-desc',
  decisionAsc: 'decision-asc',
  publicationDesc: 'publication-desc',
} as const;
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];
export const SORT_ORDERS: readonly SortOrder[] = Object.values(SortOrder);

/** What the visitor asked for. Dates are `YYYY-MM-DD` on the decision date, inclusive. */
export interface DisclosureQuery {
  readonly text?: string;
  readonly agency?: string;
  readonly category?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort: SortOrder;
}

/**
 * True when a natural person's record has text that may show the party is a minor: a birth
 * date, an age, an ID number (a superset of what the reading layer finds, minor-hint.ts).
 * Only such records wait for the reading layer before listing. A feed's `minorAtDecision:
 * false` does not spare the wait: listableRecords trusts the decision's own text over it.
 */
export function mayShowMinor(record: DecisionRecord): boolean {
  return (
    record.party.kind === PartyKind.naturalPerson &&
    !record.party.minorAtDecision &&
    DECISION_TEXTS.some((field) => mayReadMinor(record[field] ?? ''))
  );
}

/**
 * The reading layer's minor parties as a scanner of minors only, for listableRecords: whether
 * a text shows a minor is `read(text).minors.length > 0`, without running the whole scanner.
 */
export function minorsReadBy(read: Reader): ScanText {
  return (text) => read(text).minors.map((minor) => ({ ...minor, kind: 'minor' }));
}

/**
 * The records the listing may show on `asOf`: published or corrected ones, and withdrawn
 * ones (which show only the withdrawal notice). Expired and unpublished records are left
 * out, and so are decisions on minors, which are never published (DOMAIN §2): flagged so
 * by the feed, or shown so by the decision's own text when `scanText` (the privacy engine,
 * or minorsReadBy for its minors only) is given. The policy profile's publicity rules also
 * apply when the feed forgot a 公示截止期: at most `maxMonths` after the decision, and
 * `naturalPersonMaxMonths` for natural persons where local practice takes their results
 * down sooner.
 */
export function listableRecords(
  records: readonly DecisionRecord[],
  asOf: string,
  publicity?: PublicityRules,
  scanText?: ScanText,
): DecisionRecord[] {
  return records.filter((record) => {
    if (record.party.minorAtDecision) return false;
    // A natural person's decision whose own text shows a minor (the feed did not say so).
    if (
      scanText &&
      record.party.kind === PartyKind.naturalPerson &&
      minorShownInText(record, scanText)
    )
      return false;
    if (publicity && !record.withdrawal && publicity.categories.includes(record.category)) {
      const limit =
        record.party.kind === PartyKind.naturalPerson && publicity.naturalPersonMaxMonths
          ? Math.min(publicity.naturalPersonMaxMonths, publicity.maxMonths)
          : publicity.maxMonths;
      if (addMonths(record.decisionDate, limit) < asOf) return false;
    }
    const state = recordState(record, asOf);
    return (
      state === RecordState.published ||
      state === RecordState.corrected ||
      state === RecordState.withdrawn
    );
  });
}

const byString =
  (key: (record: DecisionRecord) => string | undefined, direction: 1 | -1) =>
  (a: DecisionRecord, b: DecisionRecord) => {
    const x = key(a) ?? '';
    const y = key(b) ?? '';
    return x < y ? -direction : x > y ? direction : 0;
  };

const COMPARATORS: Record<SortOrder, (a: DecisionRecord, b: DecisionRecord) => number> = {
  'decision-desc': byString((record) => record.decisionDate, -1),
  'decision-asc': byString((record) => record.decisionDate, 1),
  'publication-desc': byString((record) => record.publicationDate, -1),
};

/** A sorted copy; cached per input array and order, so paging and typing never re-sort. */
export function sortRecords(records: readonly DecisionRecord[], sort: SortOrder): DecisionRecord[] {
  let cache = sortCache.get(records);
  if (!cache) {
    cache = new Map();
    sortCache.set(records, cache);
  }
  let sorted = cache.get(sort);
  if (!sorted) {
    sorted = [...records].sort(COMPARATORS[sort]);
    cache.set(sort, sorted);
  }
  return sorted;
}
const sortCache = new WeakMap<readonly DecisionRecord[], Map<SortOrder, DecisionRecord[]>>();

/** Folds width and case so ＡＢＣ, abc and ABC match, as visitors type them. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Searchable text per record, built from the *redacted* strings: searching the raw feed
 * would let a visitor confirm a leaked ID number by typing it. Built in slices when the
 * page is idle, and completed on demand when the visitor types first.
 */
export class SearchIndex {
  private readonly texts = new WeakMap<DecisionRecord, string>();

  constructor(private readonly publicText: PublicText) {}

  textOf(record: DecisionRecord): string {
    let text = this.texts.get(record);
    if (text === undefined) {
      const withdrawn = record.withdrawal !== undefined;
      text = foldForSearch(
        [
          record.documentNumber,
          record.agency.name,
          withdrawn ? '' : record.party.name,
          withdrawn ? '' : record.content,
          withdrawn ? '' : record.violationType,
          withdrawn ? '' : record.decisionKind,
        ]
          .map((value) => this.publicText(value))
          .join('\n'),
      );
      this.texts.set(record, text);
    }
    return text;
  }

  /** Indexes records until `deadline` (performance.now()); returns how far it got. */
  buildUntil(records: readonly DecisionRecord[], start: number, deadline: number): number {
    let index = start;
    while (index < records.length && performance.now() < deadline) {
      this.textOf(records[index]!);
      index += 1;
    }
    return index;
  }
}

/** The records matching `query`, in its sort order. */
export function runQuery(
  records: readonly DecisionRecord[],
  query: DisclosureQuery,
  index: SearchIndex,
): DecisionRecord[] {
  const terms = foldForSearch(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const sorted = sortRecords(records, query.sort);
  if (!terms.length && !query.agency && !query.category && !query.from && !query.to) {
    return sorted;
  }
  return sorted.filter((record) => {
    if (query.agency && record.agency.name !== query.agency) return false;
    if (query.category && record.category !== query.category) return false;
    if (query.from && record.decisionDate < query.from) return false;
    if (query.to && record.decisionDate > query.to) return false;
    if (terms.length) {
      const text = index.textOf(record);
      for (const term of terms) if (!text.includes(term)) return false;
    }
    return true;
  });
}
