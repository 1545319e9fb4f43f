import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * The file work of putting a new site together beside the old one, run by the build's
 * worker thread (cli/build.worker.ts) or, without one, in the main thread: the same
 * functions, the same messages.
 */

/** Mirror the previous site into the new folder as hard links (every file but `skip`). */
export interface MirrorJob {
  readonly kind: 'mirror';
  readonly from: string;
  readonly to: string;
  /** A path relative to `from` not to carry over (the old manifest). */
  readonly skip: string;
}

/**
 * New files to write, as text: the worker encodes them (UTF-8) and hashes them, so that
 * this thread only renders (posting a string copies it, which is cheaper than encoding it).
 */
export interface WriteBatch {
  readonly kind: 'batch';
  /**
   * Absolute paths, contents, and whether a carried-over link is in the way (removed
   * first: writing through it would change the old site's file).
   */
  readonly files: readonly {
    readonly path: string;
    readonly content: string;
    readonly replace: boolean;
  }[];
}

/**
 * Create empty files ahead in `folder` (beside the new site), to be written and renamed
 * into place later. `control` holds two Int32s: stop (set once the writing starts) and how
 * many files to make at most (raised as the build learns how many it will write).
 */
export interface PoolJob {
  readonly kind: 'pool';
  readonly folder: string;
  readonly control: SharedArrayBuffer;
}

/** The indices of PoolJob's control. */
export const POOL_STOP = 0;
export const POOL_LIMIT = 1;

export type SiteFilesMessage = MirrorJob | PoolJob | WriteBatch | { readonly kind: 'end' };

/** A file operation that failed, as Node reported it. */
export interface FileFailure {
  readonly message: string;
  readonly code?: string;
  readonly path: string;
}

export interface Mirrored {
  readonly kind: 'mirrored';
  /** The files carried over, `/`-separated and relative to the site. */
  readonly files: readonly string[];
  /** The folders, parents first. */
  readonly folders: readonly string[];
  readonly failure?: FileFailure;
}

export interface Written {
  readonly kind: 'written';
  /** SHA-256 of each file written, in the order they were sent. */
  readonly hashes: readonly string[];
  /** The first write that failed (nothing after it was written). */
  readonly failure?: FileFailure;
}

export const sha256 = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('hex');

function failure(error: unknown, path: string): FileFailure {
  const { message, code } = error as NodeJS.ErrnoException;
  return { message, path, ...(code ? { code } : {}) };
}

/**
 * A hard link to the previous file (same inode, same mtime), or a copy with its times where
 * the file system has no hard links.
 */
export function carryOver(from: string, to: string): void {
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

/**
 * Carries every file of the previous site over into the new folder, folders and all: the
 * files a rebuild keeps (most of them), the ones it will replace or drop (then unlinked),
 * and the webmaster's own. Synchronous: thousands of links go several times faster one
 * call after another than as promises through the thread pool.
 */
export function mirrorSite(job: MirrorJob): Mirrored {
  const files: string[] = [];
  const folders: string[] = [];
  const walk = (prefix: string) => {
    for (const entry of readdirSync(join(job.from, prefix), { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        mkdirSync(join(job.to, path));
        folders.push(path);
        walk(path);
      } else if (path !== job.skip) {
        carryOver(join(job.from, path), join(job.to, path));
        files.push(path);
      }
    }
  };
  try {
    walk('');
  } catch (error) {
    return { kind: 'mirrored', files, folders, failure: failure(error, job.to) };
  }
  return { kind: 'mirrored', files, folders };
}

/** What writing has come to so far: the hashes of the files written, or the first failure. */
export interface WriteProgress {
  readonly hashes: string[];
  failure?: FileFailure;
}

/**
 * Empty files made ahead of the writes, for a first build: creating a file is the costly
 * part of writing a small one (ext4 spends 10 to 130 µs finding a free inode, the most
 * right after thousands of files were removed, as a rebuilt site's were), and the worker
 * has nothing else to do while the main thread imports, checks and plans. A write then
 * fills one and renames it into place. The same system calls, done earlier.
 */
export class FilePool {
  private readonly files: string[] = [];

  /** Makes files until told to stop; waits when at the limit, until it is raised. */
  fill(job: PoolJob): void {
    const control = new Int32Array(job.control);
    try {
      for (let index = 0; Atomics.load(control, POOL_STOP) === 0; ) {
        const limit = Atomics.load(control, POOL_LIMIT);
        if (index >= limit) {
          // Woken when the limit is raised or the pool stopped; the timeout lets a
          // terminate() through should neither come.
          Atomics.wait(control, POOL_LIMIT, limit, 100);
          continue;
        }
        const path = join(job.folder, String(index++));
        closeSync(openSync(path, 'wx'));
        this.files.push(path);
      }
    } catch {
      // The pool only saves time: the writes then create their files.
    }
  }

  take(): string | undefined {
    return this.files.pop();
  }

  /** Removes the files no write took (what cannot be removed, the caller's rm removes). */
  drain(): void {
    for (const path of this.files) {
      try {
        unlinkSync(path);
      } catch {
        // Left for the pool folder's removal.
      }
    }
    this.files.length = 0;
  }
}

/**
 * Writes one new file and appends its hash; records the failure instead (and then the
 * caller writes nothing more). `pooled`: an empty file made ahead, filled and renamed.
 */
export function writeOne(
  path: string,
  bytes: Uint8Array,
  replace: boolean,
  progress: WriteProgress,
  pooled?: string,
): void {
  try {
    if (pooled) {
      writeFileSync(pooled, bytes, { flag: 'r+' });
      // A rename replaces a carried-over link in the way; it never writes through it.
      renameSync(pooled, path);
    } else {
      if (replace) unlinkSync(path);
      // 'wx': never through a link to the old site's file, whatever happened before.
      writeFileSync(path, bytes, { flag: 'wx' });
    }
  } catch (error) {
    progress.failure = failure(error, path);
    return;
  }
  progress.hashes.push(sha256(bytes));
}

/** Writes one batch's files in order, stopping at the first failure. */
export function writeBatch(batch: WriteBatch, progress: WriteProgress, pool?: FilePool): void {
  for (const { path, content, replace } of batch.files) {
    if (progress.failure) return;
    writeOne(path, Buffer.from(content), replace, progress, pool?.take());
  }
}
