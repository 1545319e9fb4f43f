import type { IsoDate } from '../calendar/iso-date';
import type { RecordsFeed } from '../feed/feed';
import type { AgencyProfile } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import { type ApplyResult, applyImports } from '../spreadsheet/apply/apply-imports';
import type { ImportedSources } from './import-sources';

export interface MergeResult {
  readonly feed: RecordsFeed;
  /** What applying the sheets did: added, corrected, withdrawn, missing… and conflicts. */
  readonly applied: ApplyResult;
  /** Feeds (.json) among the sources that disagree about one agency or record: errors. */
  readonly problems: readonly {
    readonly code: string;
    readonly message: string;
    readonly messageEn: string;
  }[];
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The site's new content: the previous site's feed, with what the sources say applied to it
 * the way the seed asks published information to change, openly (core/spreadsheet
 * applyImports: a changed record gets a correction, a 撤回原因 withdraws it, a record a
 * sheet leaves out is kept and reported, two rows that disagree are a conflict).
 *
 * Feeds given as sources (hand-written profiles, a previous export) add what the previous
 * site lacks; the sheets then apply on top. New records are published on `publicationDate`.
 */
export function mergeSources(
  imported: ImportedSources,
  previous: RecordsFeed | undefined,
  { today, publicationDate }: { today: IsoDate; publicationDate: IsoDate },
): MergeResult {
  const problems: MergeResult['problems'][number][] = [];
  const agencies = new Map<string, AgencyProfile>(
    (previous?.agencies ?? []).map((agency) => [agency.name, agency]),
  );
  const given = new Map<string, AgencyProfile>();
  for (const agency of imported.feedAgencies) {
    const first = given.get(agency.name);
    if (first && !sameJson(first, agency)) {
      problems.push({
        code: 'source.agency-conflict',
        message: `两个数据文件对执法主体「${agency.name}」的信息不一致：请只保留一份。`,
        messageEn: `two feeds disagree about the agency "${agency.name}": keep only one.`,
      });
    }
    given.set(agency.name, agency);
    // A profile the lists have not built yet comes from the feed; one they have, stays.
    if (!agencies.has(agency.name)) agencies.set(agency.name, agency);
  }
  const records = new Map<string, DecisionRecord>(
    (previous?.records ?? []).map((record) => [record.id, record]),
  );
  for (const record of imported.feedRecords) {
    if (!records.has(record.id)) {
      records.set(record.id, record.publicationDate ? record : { ...record, publicationDate });
    }
  }
  // A row is about a record of its own agency (its id and its 文号 key include the agency),
  // so only those agencies' records go through applyImports: a rebuild after one agency's
  // sheet changed leaves the other 19 agencies' thousands of records as they are. Should an
  // incoming id equal another agency's record (the ids are 32-bit hashes), all go through.
  const named = new Set<string>();
  const incomingIds = new Set<string>();
  for (const workbook of imported.workbooks) {
    for (const sheet of workbook.sheets) {
      for (const record of sheet.records) {
        named.add(record.agency.name);
        incomingIds.add(record.id);
      }
      for (const entry of sheet.entries) named.add(entry.agency.name);
    }
  }
  const involved: DecisionRecord[] = [];
  const others: DecisionRecord[] = [];
  for (const record of records.values()) {
    (named.has(record.agency.name) ? involved : others).push(record);
  }
  const separate = !others.some((record) => incomingIds.has(record.id));
  const applied = applyImports(
    { records: separate ? involved : [...records.values()], agencies: [...agencies.values()] },
    imported.workbooks,
    { date: today },
  );
  const merged = separate ? [...others, ...applied.records] : [...applied.records];
  const sorted = merged.sort(byDateAndId);
  const header = imported.header;
  const title = header?.title ?? previous?.title;
  const profile = header?.profile ?? previous?.profile;
  const feed: RecordsFeed = {
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    ...(title ? { title } : {}),
    publisher: header?.publisher ??
      previous?.publisher ?? {
        name: sorted[0]?.agency.name ?? applied.agencies[0]?.name ?? '未命名',
      },
    ...(profile ? { profile } : {}),
    agencies: [...applied.agencies].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    ),
    records: sorted,
  };
  return { feed, applied, problems };
}

/** The merged feed's order: by decision date, then by id. */
export function byDateAndId(a: DecisionRecord, b: DecisionRecord): number {
  if (a.decisionDate !== b.decisionDate) return a.decisionDate < b.decisionDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
