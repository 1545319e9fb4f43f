import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../../core/site/import-sources';
import { describeFileError } from '../internal/file-errors';

/** The file kinds a build reads from a folder: 双公示 and list sheets, and Gongshi feeds. */
const SOURCE_EXTENSIONS = /\.(csv|xlsx|xls|json)$/i;

/** Whether `path` is the site folder, inside it, or one of the build's temporary siblings. */
function isSiteFolder(path: string, site: string): boolean {
  const siteName = site.slice(site.lastIndexOf(sep) + 1);
  const name = path.slice(path.lastIndexOf(sep) + 1);
  return (
    path === site || path.startsWith(`${site}${sep}`) || name.startsWith(`.${siteName}.gongshi-`)
  );
}

async function walk(folder: string, site: string, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files, Excel's lock files (~$表格.xlsx) and installed packages are never sources.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules')
      continue;
    const path = join(folder, entry.name);
    if (isSiteFolder(path, site)) continue;
    if (entry.isDirectory()) await walk(path, site, found);
    else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) found.push(path);
  }
}

/**
 * Every source file named or found in the folders named (recursively, in name order),
 * read into memory with its name relative to `cwd`. The site folder itself is skipped when
 * it lies inside a source folder. An Error names the first path that could not be read.
 */
export async function collectSources(
  paths: readonly string[],
  cwd: string,
  site: string,
): Promise<SourceFile[] | Error> {
  const files: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      return new Error(describeFileError('read', given, error), { cause: error });
    }
    if (info.isDirectory()) {
      try {
        await walk(path, site, files);
      } catch (error) {
        return new Error(describeFileError('read', given, error), { cause: error });
      }
    } else files.push(path);
  }
  const unique = [...new Set(files)];
  const sources: SourceFile[] = [];
  // One call after another: a few dozen files read faster so than through promises.
  for (const file of unique) {
    try {
      sources.push({
        name: relative(cwd, file) || file,
        bytes: new Uint8Array(readFileSync(file)),
      });
    } catch (error) {
      return new Error(describeFileError('read', relative(cwd, file), error), { cause: error });
    }
  }
  return sources;
}
