import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { describeFileError } from '../internal/file-errors';

/** File types a disclosure site is exported as. */
export const SCANNED_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.csv', '.json'] as const;

export interface InputFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the argument it came from (a folder), or the file's name. */
  readonly relative: string;
  /** As the user would recognise it: relative to the working directory. */
  readonly display: string;
}

export interface CollectedFiles {
  readonly files: readonly InputFile[];
  /** Arguments or folders that could not be read: reported, the rest goes on. */
  readonly errors: readonly string[];
}

function hasScannedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return SCANNED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Every file to scan under the given paths: files as given, folders walked recursively for
 * the scanned extensions (hidden folders and node_modules skipped, symlink loops avoided).
 */
export async function collectFiles(paths: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files: InputFile[] = [];
  const errors: string[] = [];
  const seenDirectories = new Set<string>();

  async function walk(dir: string, root: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      errors.push(describeFileError('read', relative(cwd, dir) || dir, error));
      return;
    }
    if (seenDirectories.has(real)) return;
    seenDirectories.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      errors.push(describeFileError('read', relative(cwd, dir) || dir, error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // A broken link or a loop: report it, do not skip silently.
          if (hasScannedExtension(entry.name)) {
            errors.push(describeFileError('read', relative(cwd, path) || path, error));
          }
          continue;
        }
      }
      if (isDirectory) await walk(path, root);
      else if (isFile && hasScannedExtension(entry.name)) {
        files.push({ path, relative: relative(root, path), display: relative(cwd, path) || path });
      }
    }
  }

  for (const argument of paths) {
    const path = resolve(cwd, argument);
    let info: import('node:fs').Stats;
    try {
      info = await stat(path);
    } catch (error) {
      errors.push(describeFileError('read', argument, error));
      continue;
    }
    if (info.isDirectory()) await walk(path, path);
    else files.push({ path, relative: basename(path), display: relative(cwd, path) || path });
  }
  return { files, errors };
}
