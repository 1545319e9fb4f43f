import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feed, RecordsFeed } from '../../core/feed/feed';
import { parseFeed } from '../../core/feed/parse-feed';
import type { DecisionRecord } from '../../core/records/decision-record';
import type { PlannedFile } from '../../core/site/plan-site';
import { SitePath } from '../../core/site/site-paths';
import { describeFileError } from '../internal/file-errors';
import { sha256 } from './site-files';
import { SiteStage } from './site-stage';

export { sha256 } from './site-files';

/** What gongshi build keeps in SITE/gongshi-manifest.json about every file it wrote. */
export interface SiteManifest {
  readonly format: 'gongshi-site';
  readonly version: 1;
  /** `gongshi 0.1.0`: a build by another version scans every record again. */
  readonly generator: string;
  readonly built: string;
  /**
   * SHA-256 of each source file the site was built from (by name): a rebuild imports only
   * the sources whose bytes changed, the others' content being in the feed already.
   */
  readonly sources?: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, { readonly key: string; readonly sha256: string }>>;
  /**
   * The fingerprint of each record of the feed, by id (planSite's record keys): a rebuild
   * takes it for the records it carries over unchanged instead of serialising all of them
   * again to know which pages changed.
   */
  readonly records?: Readonly<Record<string, string>>;
}

export interface PreviousSite {
  readonly manifest: SiteManifest;
  readonly feed: RecordsFeed;
  /**
   * The manifest's fingerprints of the feed's records, for those read from a feed file
   * exactly as the previous build wrote it (its SHA-256 as the manifest says).
   */
  readonly recordKeys: ReadonlyMap<DecisionRecord, string>;
}

function isManifest(value: unknown): value is SiteManifest {
  const manifest = value as SiteManifest | null;
  return (
    typeof manifest === 'object' &&
    manifest !== null &&
    manifest.format === 'gongshi-site' &&
    manifest.version === 1 &&
    typeof manifest.files === 'object'
  );
}

/**
 * The site a previous build left in `site`: its manifest and its feed (every shard read
 * back), which hold the published records and their history. Undefined for a folder that
 * does not exist or is empty; an Error for a folder gongshi did not write (refused: a build
 * replaces the folder) or whose feed cannot be read.
 *
 * Read synchronously: the 600-odd small shards of a large site are read about ten times
 * faster one call after another than through promises, and a build waits for them anyway.
 */
export async function readPreviousSite(site: string): Promise<PreviousSite | undefined | Error> {
  if (!existsSync(site)) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(site);
  } catch (error) {
    return new Error(describeFileError('read', site, error), { cause: error });
  }
  if (entries.length === 0) return undefined;
  const manifestPath = join(site, SitePath.manifest);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    manifest = undefined;
  }
  if (!isManifest(manifest)) {
    return new Error(
      `${site} 不是空文件夹，也不是 gongshi build 生成的站点（没有 ${SitePath.manifest}），为免覆盖其中的文件，不予写入。请换一个 --out，或先清空该文件夹。` +
        ` / ${site} is neither empty nor a site gongshi build made (no ${SitePath.manifest}); refusing to replace what it holds. Use another --out, or empty the folder first.`,
    );
  }
  const damaged = (detail: string, detailEn: string) =>
    new Error(
      `上次生成的站点数据已损坏（${detail}），无法据此保留发布记录和更正历史。请从备份恢复 ${site}，或把它移走后重新生成。` +
        ` / the previous site's feed is damaged (${detailEn}): its publication dates and correction history cannot be kept. Restore ${site} from a backup, or move it away and build anew.`,
    );
  const files = manifest.files;
  const storedKeys = manifest.records ?? {};
  const recordKeys = new Map<DecisionRecord, string>();
  const read = (path: string) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(site, path));
    } catch {
      return undefined;
    }
    // A file exactly as this tool wrote it (its SHA-256 in the manifest) was valid then: a
    // plain JSON.parse suffices, and the manifest's record fingerprints hold for its records.
    // Anything else is validated in full.
    if (files[path]?.sha256 !== sha256(bytes)) return parseFeed(bytes.toString('utf8'));
    const feed = JSON.parse(bytes.toString('utf8')) as Feed;
    if (feed.kind === 'records') {
      for (const record of feed.records) {
        const key = storedKeys[record.id];
        if (key) recordKeys.set(record, key);
      }
    }
    return { feed, problems: [] };
  };
  const main = read(SitePath.feed);
  if (!main?.feed) return damaged(`${SitePath.feed} 无法读取`, `${SitePath.feed} unreadable`);
  if (main.feed.kind === 'records') return { manifest, feed: main.feed, recordKeys };
  const records = [];
  for (const shard of main.feed.shards) {
    const path = `feeds/${shard.url}`;
    const part = read(path);
    if (part?.feed?.kind !== 'records') return damaged(`${path} 无法读取`, `${path} unreadable`);
    for (const record of part.feed.records) records.push(record);
  }
  const { shards: _shards, kind: _kind, ...header } = main.feed;
  return { manifest, feed: { ...header, kind: 'records', records }, recordKeys };
}

export interface WriteResult {
  /** Files whose bytes were written by this build (new or changed). */
  readonly written: readonly string[];
  /** Files carried over from the previous site without being written again. */
  readonly kept: number;
  /** Files of the previous build that the new one no longer has (expired decisions…). */
  readonly removed: number;
}

const byPath = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes the planned site to `site` atomically: everything goes into a temporary folder
 * beside it (`stage`, opened early by the build so that the previous files are carried over
 * while it works, or opened now), which then replaces `site` by rename, so a build that
 * fails part-way leaves the previous site exactly as it was. A file whose fingerprint (or,
 * once rendered, whose bytes) are those of the previous build is carried over as a hard
 * link, not written again: its modification time stays, and so do the web server's caches
 * and ETags.
 *
 * Files in the previous site that no build wrote (the webmaster's own) are carried over.
 * `records` (the feed's record fingerprints) goes into the manifest for the next build.
 */
export async function writeSite(
  site: string,
  files: readonly PlannedFile[],
  previous: PreviousSite | undefined,
  about: {
    readonly generator: string;
    readonly sources?: Readonly<Record<string, string>>;
    readonly records?: Readonly<Record<string, string>>;
  },
  { stage, lap }: { readonly stage?: SiteStage; readonly lap?: (phase: string) => void } = {},
): Promise<WriteResult> {
  const old = new Map(Object.entries(previous?.manifest.files ?? {}));
  // Each planned file's manifest entry, in plan order (the written ones filled in at the end).
  const entries: [string, { key: string; sha256: string }][] = new Array(files.length);
  const written: number[] = [];
  const planned = new Set(files.map((file) => file.path));
  let kept = 0;
  let staged = stage;
  try {
    staged ??= SiteStage.open(site, previous !== undefined, undefined);
    const present = await staged.carriedOver();
    lap?.('carried over');
    const folders = new Set<string>();
    for (const path of present) {
      for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
        if (folders.has(path.slice(0, at))) break;
        folders.add(path.slice(0, at));
      }
    }
    const missing = new Set<string>();
    for (const file of files) {
      const at = file.path.lastIndexOf('/');
      if (at > 0 && !folders.has(file.path.slice(0, at))) missing.add(file.path.slice(0, at));
    }
    staged.makeFolders([...missing].sort());
    files.forEach((file, index) => {
      const there = present.has(file.path);
      const before = there ? old.get(file.path) : undefined;
      if (before && before.key === file.key) {
        entries[index] = [file.path, before];
        kept++;
        return;
      }
      const content = file.render();
      if (before) {
        const hash = sha256(content);
        if (before.sha256 === hash) {
          entries[index] = [file.path, { key: file.key, sha256: hash }];
          kept++;
          return;
        }
      }
      staged!.write(file.path, content, there);
      written.push(index);
    });
    // The previous build's files the new site no longer has (expired decisions…).
    for (const path of old.keys()) {
      if (!planned.has(path) && present.has(path)) staged.remove(path);
    }
    lap?.('rendered');
    const hashes = await staged.written();
    lap?.('files written');
    written.forEach((index, order) => {
      const file = files[index]!;
      entries[index] = [file.path, { key: file.key, sha256: hashes[order]! }];
    });
    const manifest: SiteManifest = {
      format: 'gongshi-site',
      version: 1,
      generator: about.generator,
      built: new Date().toISOString(),
      sources: about.sources ?? {},
      files: Object.fromEntries(entries.sort(byPath)),
      ...(about.records ? { records: about.records } : {}),
    };
    await staged.commit(`${JSON.stringify(manifest, null, 1)}\n`, lap);
  } catch (error) {
    await staged?.discard();
    throw new Error(
      `${describeFileError('write', site, error)}。${site} 未改动 / ${site} was not changed.`,
      { cause: error },
    );
  }
  let removed = 0;
  for (const path of old.keys()) if (!planned.has(path)) removed++;
  return { written: written.map((index) => files[index]!.path).sort(), kept, removed };
}
