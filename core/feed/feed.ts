import type { AgencyProfile } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import type { DecisionCategory } from '../records/enumerations';

/**
 * A Gongshi feed: the static JSON file a portal serves for the widgets. Either the records
 * themselves, or an index of shards (by month and/or agency) for large volumes.
 * Documented in docs/FEED.md; schema in docs/feed.schema.json.
 */
export type Feed = RecordsFeed | IndexFeed;

interface FeedHeader {
  readonly format: 'gongshi-feed';
  readonly version: 1;
  /** When the file was written (RFC 3339, e.g. 2026-11-28T08:00:00Z). */
  readonly generated?: string;
  readonly title?: string;
  readonly publisher: Publisher;
  /** The policy profile the publisher follows (`luzhou-2018`, `national-2018`, or its own). */
  readonly profile?: string;
  /** 事前公开: the agencies' profiles. */
  readonly agencies?: readonly AgencyProfile[];
}

export interface RecordsFeed extends FeedHeader {
  readonly kind: 'records';
  readonly records: readonly DecisionRecord[];
}

export interface IndexFeed extends FeedHeader {
  readonly kind: 'index';
  readonly shards: readonly ShardRef[];
}

export interface Publisher {
  readonly name: string;
  readonly url?: string;
  readonly code?: string;
}

export interface ShardRef {
  /** The shard's records feed, relative to the index file's URL. */
  readonly url: string;
  /** `YYYY-MM` of the decisions in the shard, when sharded by month. */
  readonly month?: string;
  /** The agency whose decisions the shard holds, when sharded by agency. */
  readonly agency?: string;
  readonly recordCount: number;
  readonly categories?: readonly DecisionCategory[];
}
