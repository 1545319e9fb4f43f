import { monthOf } from '../calendar/iso-date';
import type { DecisionRecord } from '../records/decision-record';
import type { DecisionCategory } from '../records/enumerations';
import type { IndexFeed, RecordsFeed, ShardRef } from './feed';

/** How a large feed is split: one file per month, per agency, or per agency and month. */
export const ShardBy = {
  month: 'month',
  agency: 'agency',
  agencyMonth: 'agency-month',
} as const;
export type ShardBy = (typeof ShardBy)[keyof typeof ShardBy];

export interface Shard {
  /** Path relative to the index file, e.g. `2025-03.json` or `a01/2025-03.json`. */
  readonly url: string;
  readonly feed: RecordsFeed;
}

/**
 * A file-system-safe key for an agency: its 统一社会信用代码 when known, otherwise `a01`,
 * `a02`… in name order (Chinese file names upset some portal servers and FTP clients).
 */
function agencyKeys(records: readonly DecisionRecord[]): Map<string, string> {
  const names = [...new Set(records.map((record) => record.agency.name))].sort();
  const keys = new Map<string, string>();
  names.forEach((name, index) => {
    const code = records.find((record) => record.agency.name === name && record.agency.code)?.agency
      .code;
    keys.set(name, code ?? `a${String(index + 1).padStart(2, '0')}`);
  });
  return keys;
}

/**
 * Splits a records feed into shards and an index that lists them with their record counts,
 * so a widget showing one agency's decisions this month loads one small file. Agency
 * profiles go into the index (small, and every page wants the agency list).
 */
export function shardFeed(feed: RecordsFeed, by: ShardBy): { index: IndexFeed; shards: Shard[] } {
  const keys = agencyKeys(feed.records);
  const groups = new Map<string, { month?: string; agency?: string; records: DecisionRecord[] }>();
  for (const record of feed.records) {
    const month = by === ShardBy.agency ? undefined : monthOf(record.decisionDate);
    const agency = by === ShardBy.month ? undefined : record.agency.name;
    const url =
      by === ShardBy.month
        ? `${month}.json`
        : by === ShardBy.agency
          ? `${keys.get(record.agency.name)}.json`
          : `${keys.get(record.agency.name)}/${month}.json`;
    const group = groups.get(url) ?? {
      ...(month ? { month } : {}),
      ...(agency ? { agency } : {}),
      records: [],
    };
    group.records.push(record);
    groups.set(url, group);
  }
  const { agencies: _agencies, records: _records, ...header } = feed;
  const shards: Shard[] = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, group]) => ({ url, feed: { ...header, kind: 'records', records: group.records } }));
  const refs: ShardRef[] = shards.map(({ url, feed: shard }) => {
    const group = groups.get(url)!;
    const categories = [
      ...new Set(shard.records.map((record) => record.category)),
    ].sort() as DecisionCategory[];
    return {
      url,
      ...(group.month ? { month: group.month } : {}),
      ...(group.agency ? { agency: group.agency } : {}),
      recordCount: shard.records.length,
      categories,
    };
  });
  const index: IndexFeed = {
    ...header,
    kind: 'index',
    ...(feed.agencies ? { agencies: feed.agencies } : {}),
    shards: refs,
  };
  return { index, shards };
}

/**
 * The shards a view needs: those for the given months (`YYYY-MM`, inclusive range) and
 * agency. A shard without a month or agency matches any.
 */
export function selectShards(
  index: IndexFeed,
  { from, to, agency }: { from?: string; to?: string; agency?: string } = {},
): ShardRef[] {
  return index.shards.filter(
    (shard) =>
      (!agency || !shard.agency || shard.agency === agency) &&
      (!from || !shard.month || shard.month >= from) &&
      (!to || !shard.month || shard.month <= to),
  );
}

/** Resolves a shard's URL against the index file's URL, as a browser would. */
export function shardUrl(indexUrl: string, shard: ShardRef): string {
  return new URL(shard.url, indexUrl).href;
}
