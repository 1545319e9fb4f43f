import type { Problem } from '../../core/diagnostics/index';
// From the modules themselves, not core/feed/index: the whole feed's spec (agencies) stays
// out of a widget that parses with parseListingFeed.
import type { Feed, IndexFeed, ShardRef } from '../../core/feed/feed';
import type { ParsedFeed } from '../../core/feed/read-feed';
import { selectShards, shardUrl } from '../../core/feed/shard-feed';

/**
 * How a widget reads a feed's text: parseFeed (agencies too) for the widgets that show
 * them, parseListingFeed (records only) for the listings.
 */
export type FeedParser = (text: string) => ParsedFeed;

import type { AgencyProfile, DecisionRecord } from '../../core/records/index';

/**
 * The one place widgets load feeds: fetch (abortable), IndexedDB copy for when the server
 * fails, parsing by core/feed (never here), and sharded feeds loaded shard by shard as the
 * view needs them. Components see records, agencies and problems, never the transport.
 */

/** Why a feed could not be shown at all. */
export const FeedFailure = {
  /** Network or server failure and no cached copy. */
  unavailable: 'feed.unavailable',
  /** Not a feed (not JSON, wrong format, newer version) and no usable cached copy. */
  unreadable: 'feed.unreadable',
} as const;
export type FeedFailure = (typeof FeedFailure)[keyof typeof FeedFailure];

export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
  constructor(
    readonly code: FeedFailure,
    readonly problems: readonly Problem[],
    message: string,
  ) {
    super(message);
  }
}

/** What part of a sharded feed a view needs. Absent fields mean "any". */
export interface ShardNeed {
  readonly agency?: string;
  /** Decision dates, `YYYY-MM-DD`; only their months matter for shards. */
  readonly from?: string;
  readonly to?: string;
  /** At least this many records (newest months first) suffice, e.g. one page of the listing. */
  readonly atLeast?: number;
}

interface ParsedSource {
  readonly feed: Feed;
  readonly problems: readonly Problem[];
  readonly skippedRecords?: number;
  readonly cachedAt?: string;
}

/**
 * The offline copies (IndexedDB through idb) load after the first feed has: the first view
 * does not wait for them, and the copy written after a good fetch loads this chunk, so a
 * browser that has a copy to fall back on has the chunk in its HTTP cache too.
 */
const offlineCopies = () => import('./feed-cache');

/**
 * Fetches and parses `url` once. A readable response replaces the offline copy; a failed
 * request or an unreadable response (a half-written upload) falls back to that copy, so the
 * last good feed keeps serving with its date.
 */
async function loadSource(
  url: string,
  signal: AbortSignal,
  parseFeed: FeedParser,
): Promise<ParsedSource> {
  let failure: FeedLoadError;
  try {
    const response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (response.ok) {
      const text = await response.text();
      const parsed = parseFeed(text);
      if (parsed.feed) {
        void offlineCopies().then(
          (cache) => cache.writeCachedFeed(url, text),
          () => undefined,
        );
        return parsed as ParsedSource;
      }
      failure = new FeedLoadError(
        FeedFailure.unreadable,
        parsed.problems,
        `${url} is not a readable Gongshi feed: ${parsed.problems.map((p) => p.messageEn).join('; ')}`,
      );
    } else {
      failure = unavailable(url, `HTTP ${response.status}`);
    }
  } catch (error) {
    if (signal.aborted) throw error;
    failure = unavailable(url, error instanceof Error ? error.message : String(error));
  }
  const cached = await offlineCopies().then(
    (cache) => cache.readCachedFeed(url),
    () => undefined,
  );
  if (cached) {
    const parsed = parseFeed(cached.text);
    if (parsed.feed) return { ...(parsed as ParsedSource), cachedAt: cached.savedAt };
  }
  throw failure;
}

function unavailable(url: string, reason: string): FeedLoadError {
  return new FeedLoadError(
    FeedFailure.unavailable,
    [],
    `Feed ${url} could not be loaded (${reason}) and no copy is cached.`,
  );
}

function monthOf(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : undefined;
}

/**
 * A feed as loaded so far. A records feed is complete at once; an index feed fills in as
 * `ensure()` fetches the shards a view asks for.
 */
export class LoadedFeed {
  readonly records: DecisionRecord[] = [];
  readonly problems: Problem[] = [];
  /** Records of the feed that are not shown: invalid ones, and those of shards that failed. */
  skippedRecords = 0;
  /** Set when any part was served from the offline copy: the date it was saved. */
  cachedAt: string | undefined;
  readonly header: Feed;
  private readonly loadedShards = new Set<string>();

  private constructor(
    private readonly url: string,
    source: ParsedSource,
    private readonly parse: FeedParser,
  ) {
    this.header = source.feed;
    this.add(source);
  }

  /** Takes in one parsed file (the feed itself or a shard). */
  private add({ feed, problems, skippedRecords, cachedAt }: ParsedSource, shard?: string): void {
    if (cachedAt) this.cachedAt ??= cachedAt;
    this.skippedRecords += skippedRecords || 0;
    for (const problem of problems) {
      this.problems.push(shard ? { ...problem, path: `${shard}#${problem.path}` } : problem);
    }
    if (feed.kind === 'records') this.records.push(...feed.records);
  }

  get agencies(): readonly AgencyProfile[] {
    return this.header.agencies ?? [];
  }

  /** Shards still to load for `need`, newest month first. */
  pendingShards(need: ShardNeed = {}): ShardRef[] {
    if (this.header.kind !== 'index') return [];
    return selectShards(this.header as IndexFeed, {
      agency: need.agency,
      from: monthOf(need.from),
      to: monthOf(need.to),
    })
      .filter((shard) => !this.loadedShards.has(shard.url))
      .sort((a, b) => ((a.month ?? '') < (b.month ?? '') ? 1 : -1));
  }

  /**
   * Loads the shards `need` asks for (all matching ones, or the newest until `atLeast`
   * records are in). Returns whether anything new arrived. A failing shard becomes a problem
   * and the others still load.
   */
  async ensure(need: ShardNeed, signal: AbortSignal): Promise<boolean> {
    const pending = this.pendingShards(need);
    let added = false;
    let have = this.records.length;
    for (const shard of pending) {
      if (need.atLeast !== undefined && have >= need.atLeast) break;
      const url = shardUrl(this.url, shard);
      this.loadedShards.add(shard.url);
      try {
        const source = await loadSource(url, signal, this.parse);
        this.add(source, shard.url);
        if (source.feed.kind === 'records') {
          have += source.feed.records.length;
          added = true;
        }
      } catch (error) {
        if (signal.aborted) throw error;
        this.skippedRecords += shard.recordCount;
        this.problems.push({
          path: shard.url,
          code: error instanceof FeedLoadError ? error.code : FeedFailure.unavailable,
          message: `分片 ${shard.url} 无法加载。`,
          messageEn: `shard ${shard.url} could not be loaded.`,
        });
      }
    }
    return added;
  }

  /** Opens the feed at `url` (fetched, or served from the offline copy). */
  static async fromUrl(url: string, signal: AbortSignal, parse: FeedParser): Promise<LoadedFeed> {
    const absolute = new URL(url, document.baseURI).href;
    return new LoadedFeed(absolute, await loadSource(absolute, signal, parse), parse);
  }

  /** Reads a feed from text (an inline `<script type="application/json">`). */
  static fromText(text: string, parse: FeedParser, url: string = document.baseURI): LoadedFeed {
    const parsed = parse(text);
    if (!parsed.feed) {
      throw new FeedLoadError(
        FeedFailure.unreadable,
        parsed.problems,
        `The inline feed is not readable: ${parsed.problems.map((p) => p.messageEn).join('; ')}`,
      );
    }
    return new LoadedFeed(url, parsed as ParsedSource, parse);
  }
}
