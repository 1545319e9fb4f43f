import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { WorkbookImport } from '../../core/spreadsheet/import-workbook';

/**
 * What each spreadsheet imported to, kept beside the site folder (`.SITE.gongshi-cache/`,
 * never inside it: it is not for the public) by the SHA-256 of its bytes and the tool's
 * version, so a rebuild after one sheet changed imports only that sheet, while the others
 * still take part in the run (conflicts between sheets, records a sheet left out).
 *
 * Entries are in V8's serialization format, not JSON: writing the 40 imports of a first
 * build takes a fifth of the time (about 30 ms against 140 ms), and only gongshi reads them.
 * One that cannot be read (another Node version's, damaged) is imported again.
 */
export class ImportCache {
  private readonly folder: string;
  private readonly entries = new Map<string, WorkbookImport>();
  private readonly fresh = new Map<string, WorkbookImport>();
  /** The agencies each cached workbook's rows name: which sheets a changed one can meet. */
  private index: Record<string, readonly string[]> = {};

  constructor(
    site: string,
    private readonly generator: string,
  ) {
    this.folder = join(dirname(site), `.${basename(site)}.gongshi-cache`);
  }

  private file(hash: string): string {
    return join(this.folder, `${hash}.v8`);
  }

  /** Reads the index of what is cached (agencies per workbook). */
  async open(): Promise<void> {
    try {
      const saved = JSON.parse(await readFile(join(this.folder, 'index.json'), 'utf8'));
      if (saved.generator === this.generator) this.index = saved.agencies;
    } catch {
      this.index = {};
    }
  }

  /** Whether a workbook of these bytes is cached, and the agencies its rows name. */
  agenciesOf(hash: string): readonly string[] | undefined {
    return this.index[hash];
  }

  /** Loads the entries for these hashes that a build of this version saved. */
  async load(hashes: readonly string[]): Promise<void> {
    await Promise.all(
      hashes.map(async (hash) => {
        try {
          const saved = deserialize(await readFile(this.file(hash)));
          if (saved?.generator === this.generator) this.entries.set(hash, saved.workbook);
        } catch {
          // Not cached (or unreadable): imported again.
        }
      }),
    );
  }

  get(hash: string): WorkbookImport | undefined {
    return this.entries.get(hash);
  }

  remember(hash: string, workbook: WorkbookImport): void {
    if (!this.entries.has(hash)) this.fresh.set(hash, workbook);
    this.index[hash] = workbookAgencies(workbook);
  }

  /**
   * Writes the new entries and drops those no source has any more. Failures are ignored:
   * the cache only saves time.
   */
  async save(keep: ReadonlySet<string>): Promise<void> {
    try {
      await mkdir(this.folder, { recursive: true });
      await Promise.all(
        [...this.fresh].map(([hash, workbook]) =>
          writeFile(this.file(hash), serialize({ generator: this.generator, workbook })),
        ),
      );
      const index = Object.fromEntries(
        Object.entries(this.index).filter(([hash]) => keep.has(hash)),
      );
      await writeFile(
        join(this.folder, 'index.json'),
        JSON.stringify({ generator: this.generator, agencies: index }),
      );
      for (const name of await readdir(this.folder)) {
        const hash = name.replace(/\.v8$/, '');
        if (name !== 'index.json' && !(keep.has(hash) && name.endsWith('.v8'))) {
          await rm(join(this.folder, name), { force: true });
        }
      }
    } catch {
      // A read-only parent folder: the next build imports everything again.
    }
  }
}

/** The agencies a workbook's rows name (处罚机关, 许可机关, a list's 执法主体). */
export function workbookAgencies(workbook: WorkbookImport): string[] {
  const names = new Set<string>();
  for (const sheet of workbook.sheets) {
    for (const record of sheet.records) names.add(record.agency.name);
    for (const entry of sheet.entries) names.add(entry.agency.name);
  }
  return [...names].sort();
}
