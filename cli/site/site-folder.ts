import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Feed, RecordsFeed } from '../../core/feed/feed';
import { parseFeed } from '../../core/feed/parse-feed';
import type { PlannedFile } from '../../core/site/plan-site';
import { SitePath } from '../../core/site/site-paths';
import { describeFileError } from '../internal/file-errors';

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
}

export interface PreviousSite {
  readonly manifest: SiteManifest;
  readonly feed: RecordsFeed;
}

export const sha256 = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('hex');

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

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The site a previous build left in `site`: its manifest and its feed (every shard read
 * back), which hold the published records and their history. Undefined for a folder that
 * does not exist or is empty; an Error for a folder gongshi did not write (refused: a build
 * replaces the folder) or whose feed cannot be read.
 */
export async function readPreviousSite(site: string): Promise<PreviousSite | undefined | Error> {
  if (!(await exists(site))) return undefined;
  let entries: string[];
  try {
    entries = await readdir(site);
  } catch (error) {
    return new Error(describeFileError('read', site, error), { cause: error });
  }
  if (entries.length === 0) return undefined;
  const manifestPath = join(site, SitePath.manifest);
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
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
  const read = async (path: string) => {
    const bytes = await readFile(join(site, path)).catch(() => undefined);
    if (bytes === undefined) return undefined;
    // A file exactly as this tool wrote it (its SHA-256 in the manifest) was valid then: a
    // plain JSON.parse suffices. Anything else is validated in full.
    if (files[path]?.sha256 === sha256(bytes)) {
      return { feed: JSON.parse(bytes.toString('utf8')) as Feed, problems: [] };
    }
    return parseFeed(bytes.toString('utf8'));
  };
  const main = await read(SitePath.feed);
  if (!main?.feed) return damaged(`${SitePath.feed} 无法读取`, `${SitePath.feed} unreadable`);
  if (main.feed.kind === 'records') return { manifest, feed: main.feed };
  const records = [];
  for (const shard of main.feed.shards) {
    const path = `feeds/${shard.url}`;
    const part = await read(path);
    if (part?.feed?.kind !== 'records') return damaged(`${path} 无法读取`, `${path} unreadable`);
    records.push(...part.feed.records);
  }
  const { shards: _shards, kind: _kind, ...header } = main.feed;
  return { manifest, feed: { ...header, kind: 'records', records } };
}

export interface WriteResult {
  /** Files whose bytes were written by this build (new or changed). */
  readonly written: readonly string[];
  /** Files carried over from the previous site without being written again. */
  readonly kept: number;
  /** Files of the previous build that the new one no longer has (expired decisions…). */
  readonly removed: number;
}

/**
 * A hard link to the previous file (same inode, same mtime), or a copy with its times.
 * Synchronous, like the writes below: thousands of small files go several times faster
 * one call after another than as promises through the thread pool (the bench's 8,400 pages:
 * about 0.12 s against 0.2–0.4 s), and a build has nothing else to do meanwhile.
 */
function carryOver(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK')
      throw error;
    copyFileSync(from, to);
    const times = statSync(from);
    utimesSync(to, times.atime, times.mtime);
  }
}

/** Every file under `folder`, as `/`-separated paths relative to it. */
function listFiles(folder: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(folder, path));
    else files.push(path);
  }
  return files;
}

/**
 * Writes the planned site to `site` atomically: everything goes into a temporary folder
 * beside it, which then replaces `site` by rename, so a build that fails part-way leaves
 * the previous site exactly as it was. A file whose fingerprint (or, once rendered, whose
 * bytes) are those of the previous build is carried over as a hard link, not written again:
 * its modification time stays, and so do the web server's caches and ETags.
 *
 * Files in the previous site that no build wrote (the webmaster's own) are carried over.
 * Limit: between the two renames (old site aside, new one in place) the folder is briefly
 * absent; Node has no atomic exchange of two folders.
 */
export async function writeSite(
  site: string,
  files: readonly PlannedFile[],
  previous: PreviousSite | undefined,
  generator: string,
  sources: Readonly<Record<string, string>> = {},
): Promise<WriteResult> {
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const temporary = join(dirname(site), `.${basename(site)}.gongshi-new-${stamp}`);
  const aside = join(dirname(site), `.${basename(site)}.gongshi-old-${stamp}`);
  const old = previous?.manifest.files ?? {};
  const manifestFiles: Record<string, { key: string; sha256: string }> = {};
  const written: string[] = [];
  let kept = 0;
  try {
    mkdirSync(temporary, { recursive: false });
    const folders = new Set<string>();
    for (const file of files) {
      const at = file.path.lastIndexOf('/');
      if (at > 0) folders.add(file.path.slice(0, at));
    }
    const foreign = previous
      ? listFiles(site).filter((path) => !(path in old) && path !== SitePath.manifest)
      : [];
    for (const path of foreign) {
      const at = path.lastIndexOf('/');
      if (at > 0) folders.add(path.slice(0, at));
    }
    for (const folder of [...folders].sort()) {
      mkdirSync(join(temporary, folder), { recursive: true });
    }
    for (const file of files) {
      const target = join(temporary, file.path);
      const before = old[file.path];
      if (before && before.key === file.key) {
        try {
          carryOver(join(site, file.path), target);
          manifestFiles[file.path] = before;
          kept++;
          continue;
        } catch {
          // The old file is gone (removed by hand): render it again below.
        }
      }
      const content = Buffer.from(file.render());
      const hash = sha256(content);
      manifestFiles[file.path] = { key: file.key, sha256: hash };
      if (before && before.sha256 === hash) {
        try {
          carryOver(join(site, file.path), target);
          kept++;
          continue;
        } catch {
          // Fall through to writing it.
        }
      }
      writeFileSync(target, content);
      written.push(file.path);
    }
    for (const path of foreign) carryOver(join(site, path), join(temporary, path));
    const manifest: SiteManifest = {
      format: 'gongshi-site',
      version: 1,
      generator,
      built: new Date().toISOString(),
      sources,
      files: Object.fromEntries(
        Object.entries(manifestFiles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
    };
    await writeFile(join(temporary, SitePath.manifest), `${JSON.stringify(manifest, null, 1)}\n`);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw new Error(
      `${describeFileError('write', site, error)}。${site} 未改动 / ${site} was not changed.`,
      { cause: error },
    );
  }
  const hadSite = await exists(site);
  try {
    if (hadSite) await rename(site, aside);
    try {
      await rename(temporary, site);
    } catch (error) {
      if (hadSite) await rename(aside, site);
      throw error;
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw new Error(
      `${describeFileError('write', site, error)}。${site} 未改动 / ${site} was not changed.`,
      { cause: error },
    );
  }
  if (hadSite) await rm(aside, { recursive: true, force: true });
  const removed = Object.keys(old).filter((path) => !(path in manifestFiles)).length;
  return { written: written.sort(), kept, removed };
}
