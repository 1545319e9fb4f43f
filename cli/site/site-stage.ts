import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SitePath } from '../../core/site/site-paths';
import type { BuildWorker } from './build-worker';
import {
  type FileFailure,
  type Mirrored,
  mirrorSite,
  POOL_LIMIT,
  POOL_STOP,
  type WriteBatch,
  type WriteProgress,
  type Written,
  writeBatch,
} from './site-files';

/** Files the worker makes ahead before the build knows how many it will write. */
const POOL_BEFORE_IMPORT = 2000;

/** Characters of page text per batch sent to the worker: some 200 pages. */
const BATCH_CHARS = 1 << 20;

/** A file failure as Node throws it (with `code` and `path`), for describeFileError. */
function thrown({ message, code, path }: FileFailure): Error {
  return Object.assign(new Error(message), { code, path, syscall: 'open' });
}

/**
 * Removes the previous site once set aside, knowing what it holds (what was carried over
 * from it, and its manifest). Files one call after another (an unlink is kernel work, and
 * parallel ones only contend); folders deepest first, each level in parallel in the thread
 * pool, because an rmdir mostly waits on the disk (1 to 50 ms here, the 7,000-page folder
 * the longest: 0.1 to 0.2 s for the site's hundred folders one after another). Anything
 * else found there (a file added while the build ran) is removed the slow way.
 */
async function removePrevious(aside: string, previous: Mirrored): Promise<void> {
  try {
    for (const path of [SitePath.manifest, ...previous.files]) {
      try {
        unlinkSync(join(aside, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    const byDepth = new Map<number, string[]>();
    for (const folder of previous.folders) {
      const depth = folder.split('/').length;
      byDepth.set(depth, [...(byDepth.get(depth) ?? []), folder]);
    }
    for (const depth of [...byDepth.keys()].sort((a, b) => b - a)) {
      await Promise.all(byDepth.get(depth)!.map((folder) => rmdir(join(aside, folder))));
    }
    await rmdir(aside);
  } catch {
    await rm(aside, { recursive: true, force: true });
  }
}

/**
 * The new site, put together in a temporary folder beside SITE until it replaces it.
 *
 * Opened as soon as the previous site is known, so that the file work runs on the other
 * core while this thread imports, checks and renders. A worker thread (BuildWorker) carries
 * the previous site over as hard links (a rebuild keeps nearly all of its 8,000-odd files:
 * 0.1 s of system calls); on a first build it makes empty files ahead (FilePool), and it
 * writes the new files this thread renders, hashing them for the manifest. Creating a file
 * costs the kernel 10 to 130 µs here (ext4 looks past the inodes freed in the last minute,
 * of which a site rebuilt from scratch leaves thousands). Without the worker (the CLI run
 * from its sources, in tests) the same functions run in this thread.
 */
export class SiteStage {
  /** The first failure of the files written here. */
  private readonly local: { failure?: FileFailure } = {};
  private mirroring: Promise<Mirrored> | undefined;
  private batch: WriteBatch['files'][number][] = [];
  private chars = 0;
  /** The worker's pool of files made ahead (a first build), and its control. */
  private pool: { readonly folder: string; readonly control: Int32Array } | undefined;
  /** Each batch in order: how many files, and their hashes when written here. */
  private readonly parts: { count: number; hashes?: readonly string[] }[] = [];
  private state: 'open' | 'committed' | 'discarded' = 'open';
  /** What was carried over from the previous site (and so what it holds). */
  private previous: Mirrored | undefined;

  private constructor(
    /** The site folder this stage replaces. */
    readonly site: string,
    /** The temporary folder, beside `site`. */
    readonly folder: string,
    /** Where the previous site goes while the new one takes its place, beside `site`. */
    private readonly aside: string,
    private readonly hasPrevious: boolean,
    private readonly worker: BuildWorker | undefined,
    /** Where the worker may make files ahead, beside `site`. */
    poolFolder: string,
  ) {
    if (hasPrevious && worker) {
      this.mirroring = worker.send<Mirrored>(
        { kind: 'mirror', from: site, to: folder, skip: SitePath.manifest },
        'mirrored',
      );
    } else if (worker) {
      // A first build writes every file: the worker makes them ahead (see FilePool).
      try {
        mkdirSync(poolFolder);
        const control = new Int32Array(new SharedArrayBuffer(8));
        control[POOL_LIMIT] = POOL_BEFORE_IMPORT;
        this.pool = { folder: poolFolder, control };
        worker.send({
          kind: 'pool',
          folder: poolFolder,
          control: control.buffer as SharedArrayBuffer,
        });
      } catch {
        // No pool: the files are created as they are written.
      }
    }
  }

  /** How many files the build will write at most, as far as it knows now (for the pool). */
  expect(count: number): void {
    if (!this.pool) return;
    Atomics.store(this.pool.control, POOL_LIMIT, count);
    Atomics.notify(this.pool.control, POOL_LIMIT);
  }

  /** Stops making files ahead: the writing starts, or the build is over. */
  private stopPool(): void {
    if (!this.pool) return;
    Atomics.store(this.pool.control, POOL_STOP, 1);
    Atomics.notify(this.pool.control, POOL_LIMIT);
  }

  /** Removes the pool's folder (its unused files the worker removed). */
  private async removePool(): Promise<void> {
    if (!this.pool) return;
    const { folder } = this.pool;
    this.pool = undefined;
    await rm(folder, { recursive: true, force: true });
  }

  /**
   * Creates the temporary folder, and (in the worker, when there is one) starts carrying
   * the previous build's files over when `site` holds one. Throws when the folder cannot be
   * created.
   */
  static open(site: string, hasPrevious: boolean, worker: BuildWorker | undefined): SiteStage {
    const stamp = `${process.pid}-${Date.now().toString(36)}`;
    const beside = (role: string) =>
      join(dirname(site), `.${basename(site)}.gongshi-${role}-${stamp}`);
    mkdirSync(beside('new'));
    return new SiteStage(site, beside('new'), beside('old'), hasPrevious, worker, beside('pool'));
  }

  /**
   * The previous site's files in the folder now (`/`-separated paths), once all are there.
   * Throws when one could not be carried over.
   */
  async carriedOver(): Promise<ReadonlySet<string>> {
    if (!this.hasPrevious) return new Set();
    this.mirroring ??= Promise.resolve(
      mirrorSite({ kind: 'mirror', from: this.site, to: this.folder, skip: SitePath.manifest }),
    );
    const mirrored = await this.mirroring;
    if (mirrored.failure) throw thrown(mirrored.failure);
    this.previous = mirrored;
    return new Set(mirrored.files);
  }

  /** Creates folders (relative to the site, parents first) the carried-over files lack. */
  makeFolders(folders: Iterable<string>): void {
    for (const folder of folders) mkdirSync(join(this.folder, folder), { recursive: true });
  }

  /** Removes a carried-over file the new site no longer has. */
  remove(path: string): void {
    unlinkSync(join(this.folder, path));
  }

  /**
   * Queues `content` (written as UTF-8) for `path`, relative to the site; `replace` when a
   * carried-over file is there now.
   */
  write(path: string, content: string, replace: boolean): void {
    this.batch.push({ path: join(this.folder, path), content, replace });
    this.chars += content.length;
    if (this.chars >= BATCH_CHARS) this.flush();
  }

  /**
   * Writes the queued files: hands them to the worker, or writes them here without one.
   *
   * Not both: tried with this thread writing whenever the worker was two batches behind
   * (creating 8,400 files after the bench removed as many costs ext4 ~0.1 ms each), the
   * two threads only contended for the same inode bitmap, and a first build took longer.
   */
  private flush(): void {
    if (this.batch.length === 0) return;
    const files = this.batch;
    this.stopPool();
    if (this.worker) {
      this.worker.send({ kind: 'batch', files });
      this.parts.push({ count: files.length });
    } else {
      const progress: WriteProgress = { hashes: [] };
      if (!this.local.failure) writeBatch({ kind: 'batch', files }, progress);
      if (progress.failure) this.local.failure = progress.failure;
      this.parts.push({ count: files.length, hashes: progress.hashes });
    }
    this.batch = [];
    this.chars = 0;
  }

  /**
   * Waits until every queued file is written and returns their SHA-256 in write order.
   * Throws the first failure as Node's file errors are thrown.
   */
  async written(): Promise<readonly string[]> {
    this.flush();
    this.stopPool();
    const theirs = await this.worker?.send<Written>({ kind: 'end' }, 'written');
    await this.removePool();
    const failure = this.local.failure ?? theirs?.failure;
    if (failure) throw thrown(failure);
    const hashes: string[] = [];
    let next = 0;
    for (const { count, hashes: mine } of this.parts) {
      if (mine) hashes.push(...mine);
      else {
        hashes.push(...theirs!.hashes.slice(next, next + count));
        next += count;
      }
    }
    return hashes;
  }

  /**
   * Writes the manifest last and puts the folder in the site's place: the site aside, the
   * folder in, the old site removed. Throws, with the site as it was, when a rename fails.
   *
   * Limit: between the two renames the folder is briefly absent; Node has no atomic
   * exchange of two folders.
   */
  async commit(manifest: string, lap?: (phase: string) => void): Promise<void> {
    writeFileSync(join(this.folder, SitePath.manifest), manifest, { flag: 'wx' });
    const aside = this.aside;
    const hadSite = existsSync(this.site);
    if (hadSite) await rename(this.site, aside);
    try {
      await rename(this.folder, this.site);
    } catch (error) {
      if (hadSite) await rename(aside, this.site);
      throw error;
    }
    this.state = 'committed';
    lap?.('swapped');
    if (!hadSite) return;
    if (this.previous) await removePrevious(aside, this.previous);
    else await rm(aside, { recursive: true, force: true });
  }

  /**
   * Removes the folder with whatever it holds (a build that did not finish), once the
   * worker has stopped writing into it.
   */
  async discard(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'discarded';
    this.stopPool();
    await this.worker?.stop();
    await rm(this.folder, { recursive: true, force: true });
    await this.removePool();
  }
}
