import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chinaToday, isIsoDate } from '../../core/calendar/iso-date';
import type { RecordsFeed } from '../../core/feed/feed';
import { parseFeed } from '../../core/feed/parse-feed';
import { serialiseFeed } from '../../core/feed/serialise-feed';
import { type ApplyResult, applyImports } from '../../core/spreadsheet/apply/apply-imports';
import {
  ChangeAction,
  describeSource,
  type ImportChange,
} from '../../core/spreadsheet/apply/import-change';
import {
  importWorkbook,
  type SheetImport,
  type WorkbookImport,
} from '../../core/spreadsheet/import-workbook';
import {
  parseSheetKind,
  SHEET_KIND_TITLES,
  SHEET_KINDS,
  type SheetKind,
} from '../../core/spreadsheet/sheet-kind';
import { type Command, type CommandIO, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readBytes, writeFileAtomically } from '../internal/files';

const USAGE = `Usage: gongshi import --out FEED.json [options] FILE.csv|FILE.xlsx...

Imports spreadsheets (CSV in UTF-8 or GBK, or XLSX, every sheet) into a Gongshi feed and
prints a report for every row. Each sheet is recognised by its header: 双公示 decisions
(行政处罚 or 行政许可 columns) or one of an agency's 事前公开 lists (执法主体, 权责清单,
执法人员清单, 随机抽查事项清单, 重大执法决定法制审核目录清单, 办事指南; gongshi template
writes a blank one). 证件号码 columns are used only to find minors (whose decisions are
never published) and never written to the feed; a list's personal columns (身份证号, 手机…)
are not read. Unknown columns are reported.

Changes become history, never silent overwrites: a published record or list entry whose row
now says something else gets a correction (reason from the 更正原因 column, or 未说明原因
with a warning); a row with a 撤回原因 withdraws it; one a sheet leaves out is kept and
reported. Rows of one run that disagree about the same record are all refused, each named.

  --out FEED.json       the feed to write. An existing feed is updated (use --replace to
                        start anew)
  --replace             start from an empty feed instead of updating FEED.json
  --kind KIND           read every sheet as KIND: penalty, licence, profile, powers,
                        officers, randomInspections, majorDecisionCatalogue, serviceGuides
                        (or the list's Chinese name), when the header does not make it clear
  --columns SET         penalty or licence (the same as --kind)
  --agency NAME[=CODE]  the agency for rows without 处罚机关/许可机关/执法主体
  --published DATE      publication date (YYYY-MM-DD) to record on new decision records
  --today DATE          the import day (YYYY-MM-DD): the date of corrections and
                        withdrawals, and of a list without 更新日期 (default: today in China)
  --publisher NAME      the portal's name for a new feed (default: the first agency)
  --format text|json    the report's format (default text)

Exit: 0 every row imported, 1 rows rejected, rows in conflict, or a file unusable among
usable ones (the rest is written), 2 unusable input (nothing written).`;

interface Options {
  readonly out: string;
  readonly replace: boolean;
  readonly kind?: SheetKind;
  readonly agency?: { name: string; code?: string };
  readonly published?: string;
  readonly today: string;
  readonly publisher?: string;
  readonly format: 'text' | 'json';
  /** The files as given (reports name them so) and resolved (to read them). */
  readonly files: readonly { readonly given: string; readonly path: string }[];
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value && !isIsoDate(value)) {
    throw new UsageError(
      `${name} 应为日期 YYYY-MM-DD（收到 "${value}"）/ ${name} must be a date YYYY-MM-DD, got "${value}"`,
    );
  }
  return value;
}

function parseOptions(args: readonly string[], cwd: string): Options {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    replace: { type: 'boolean' },
    kind: { type: 'string' },
    columns: { type: 'string' },
    agency: { type: 'string' },
    published: { type: 'string' },
    today: { type: 'string' },
    publisher: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length === 0) {
    throw new UsageError('至少给一个表格文件 / give at least one spreadsheet FILE');
  }
  if (!values.out) throw new UsageError('必须给出 --out FEED.json / --out FEED.json is required');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw notOneOf('--format', ['text', 'json'], format);
  if (values.columns && values.columns !== 'penalty' && values.columns !== 'licence') {
    throw notOneOf('--columns', ['penalty', 'licence'], values.columns);
  }
  const kind = values.kind
    ? parseSheetKind(values.kind)
    : (values.columns as SheetKind | undefined);
  if (values.kind && !kind) throw notOneOf('--kind', SHEET_KINDS, values.kind);
  const published = dateOption('--published', values.published);
  const today = dateOption('--today', values.today) ?? chinaToday(new Date());
  const [agencyName, agencyCode] = values.agency?.split('=') ?? [];
  return {
    out: resolve(cwd, values.out),
    replace: values.replace ?? false,
    ...(kind ? { kind } : {}),
    ...(agencyName
      ? { agency: { name: agencyName, ...(agencyCode ? { code: agencyCode } : {}) } }
      : {}),
    ...(published ? { published } : {}),
    today,
    ...(values.publisher ? { publisher: values.publisher } : {}),
    format,
    files: positionals.map((given) => ({ given, path: resolve(cwd, given) })),
  };
}

/** The existing feed at `out` to update, undefined for none, or an Error to stop on. */
async function existingFeed(options: Options): Promise<RecordsFeed | undefined | Error> {
  if (options.replace || !existsSync(options.out)) return undefined;
  const bytes = await readBytes(options.out);
  if (bytes instanceof Error) return bytes;
  const { feed, problems } = parseFeed(new TextDecoder().decode(bytes));
  if (feed?.kind !== 'records') {
    const reason = problems[0]
      ? `${problems[0].message} / ${problems[0].messageEn}`
      : '这是索引文件 / it is an index feed';
    return new Error(
      `${options.out} 已存在且不是记录文件，不予覆盖；要覆盖请加 --replace，或换一个 --out。` +
        ` / ${options.out} exists and is not a records feed; refusing to overwrite it. Use --replace to overwrite, or another --out. (${reason})`,
    );
  }
  return feed;
}

function updatedFeed(base: RecordsFeed | undefined, applied: ApplyResult, options: Options) {
  const firstAgency = applied.records[0]?.agency.name ?? applied.agencies[0]?.name;
  const feed: RecordsFeed = {
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    ...(base ?? { publisher: { name: options.publisher ?? firstAgency ?? '未命名' } }),
    generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    ...(applied.agencies.length > 0 ? { agencies: applied.agencies } : {}),
    records: applied.records,
  };
  return feed;
}

function sheetLine(workbook: WorkbookImport, sheet: SheetImport): string {
  const source =
    workbook.format === 'xlsx'
      ? `XLSX, sheet「${sheet.sheet ?? '?'}」`
      : `CSV (${workbook.encoding?.toUpperCase() ?? '?'})`;
  const kind = sheet.kind ? `${SHEET_KIND_TITLES[sheet.kind]} columns` : 'not recognised';
  const header = sheet.headerRow ? `, header on row ${sheet.headerRow}` : '';
  return `${basename(workbook.file)}: ${source}, ${kind}${header}\n`;
}

function printSheet(io: CommandIO, workbook: WorkbookImport, sheet: SheetImport): void {
  io.stdout.write(sheetLine(workbook, sheet));
  for (const problem of sheet.problems) {
    io.stdout.write(`  ! ${problem.message} / ${problem.messageEn}\n`);
  }
  const width = String(sheet.rows.at(-1)?.row ?? 0).length;
  for (const row of sheet.rows) {
    const mark = row.status === 'imported' ? '✓ imported' : '✗ rejected';
    const id = row.recordId ? `  ${row.recordId}` : '';
    io.stdout.write(`  row ${String(row.row).padStart(width)}  ${mark}${id}\n`);
    for (const problem of row.problems) {
      const column = problem.column ? `「${problem.column}」 ` : '';
      io.stdout.write(
        `      ${problem.severity === 'error' ? 'error  ' : 'warning'} [${problem.code}] ${column}${problem.message}\n`,
      );
      io.stdout.write(`              ${problem.messageEn}\n`);
    }
  }
}

const CHANGE_MARK: Readonly<Record<ChangeAction, string>> = {
  added: '+',
  corrected: '~',
  unchanged: '=',
  withdrawn: '-',
  missing: '?',
  ignored: '!',
};

/** What changed, except additions and unchanged rows (the row report lists those). */
function printChanges(io: CommandIO, applied: ApplyResult, today: string): void {
  const shown = applied.changes.filter(
    (change) => change.action !== ChangeAction.added && change.action !== ChangeAction.unchanged,
  );
  if (shown.length === 0 && applied.conflicts.length === 0) return;
  io.stdout.write(`Changes on ${today} / ${today} 的变更:\n`);
  for (const change of shown) printChange(io, change);
  for (const conflict of applied.conflicts) {
    io.stdout.write(`  ✗ conflict   ${conflict.target}  ${conflict.label}\n`);
    io.stdout.write(`      error   [${conflict.code}] ${conflict.message}\n`);
    io.stdout.write(`              ${conflict.messageEn}\n`);
  }
}

function printChange(io: CommandIO, change: ImportChange): void {
  const fields = change.fields ? `  ${change.fields.join(', ')}` : '';
  const reason = change.reason ? `  「${change.reason}」` : '';
  const source = change.source
    ? `  ← ${describeSource({ ...change.source, file: basename(change.source.file) })}`
    : '';
  io.stdout.write(
    `  ${CHANGE_MARK[change.action]} ${change.action.padEnd(9)}  ${change.target}  ${change.agency}  ${change.label}${fields}${reason}${source}\n`,
  );
  for (const problem of change.problems) {
    io.stdout.write(`      ${problem.severity.padEnd(7)} [${problem.code}] ${problem.message}\n`);
    io.stdout.write(`              ${problem.messageEn}\n`);
  }
}

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import spreadsheets (双公示 decisions and 事前公开 lists; CSV/GBK or XLSX) into a feed, with history',
  usage: USAGE,
  async run(args, io) {
    const options = parseOptions(args, io.cwd);
    const workbooks: WorkbookImport[] = [];
    let unreadable = 0;
    for (const { given, path: file } of options.files) {
      const bytes = await readBytes(file);
      if (bytes instanceof Error) {
        io.stderr.write(`gongshi import: ${bytes.message}\n`);
        unreadable += 1;
        continue;
      }
      const workbook = importWorkbook(bytes, {
        fileName: given,
        ...(options.kind ? { kind: options.kind } : {}),
        ...(options.agency ? { defaultAgency: options.agency } : {}),
        ...(options.published ? { publicationDate: options.published } : {}),
      });
      if (!workbook.usable) {
        io.stderr.write(`gongshi import: ${file}: 未导入任何内容。/ nothing imported.\n`);
        for (const problem of workbook.problems) {
          io.stderr.write(`  [${problem.code}] ${problem.message}\n  ${problem.messageEn}\n`);
        }
        unreadable += 1;
        continue;
      }
      workbooks.push(workbook);
    }
    if (workbooks.length === 0) {
      io.stderr.write(`gongshi import: ${options.out} 未改动。/ ${options.out} not touched.\n`);
      return ExitCode.error;
    }
    const base = await existingFeed(options);
    if (base instanceof Error) {
      io.stderr.write(`gongshi import: ${base.message}\n`);
      return ExitCode.error;
    }
    const applied = applyImports(
      { records: base?.records ?? [], agencies: base?.agencies ?? [] },
      workbooks,
      { date: options.today },
    );
    const feed = updatedFeed(base, applied, options);
    await writeFileAtomically(options.out, serialiseFeed(feed));

    const sheets = workbooks.flatMap((workbook) => workbook.sheets);
    const imported = sheets.reduce((sum, sheet) => sum + sheet.counts.imported, 0);
    const rejected = sheets.reduce((sum, sheet) => sum + sheet.counts.rejected, 0);
    const summary = {
      imported,
      rejected,
      unusableFiles: unreadable,
      out: options.out,
      records: feed.records.length,
      agencies: feed.agencies?.length ?? 0,
      changes: applied.counts,
    };
    if (options.format === 'json') {
      const files = workbooks.map(({ sheets: fileSheets, ...workbook }) => ({
        ...workbook,
        sheets: fileSheets.map(({ records: _records, entries: _entries, ...sheet }) => sheet),
      }));
      const report = { files, changes: applied.changes, conflicts: applied.conflicts, summary };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      for (const workbook of workbooks) {
        for (const problem of workbook.problems) {
          io.stdout.write(
            `${basename(workbook.file)}: ! ${problem.message} / ${problem.messageEn}\n`,
          );
        }
        for (const sheet of workbook.sheets) printSheet(io, workbook, sheet);
      }
      printChanges(io, applied, options.today);
      const { counts } = applied;
      io.stdout.write(
        `${imported} imported, ${rejected} rejected → ${options.out}: ${summary.records} records, ${summary.agencies} agencies` +
          ` (${counts.added} added, ${counts.corrected} corrected, ${counts.withdrawn} withdrawn, ${counts.unchanged} unchanged, ${counts.missing} missing, ${counts.conflicts} in conflict)\n`,
      );
      io.stdout.write(
        `导入 ${imported} 行，拒绝 ${rejected} 行；新增 ${counts.added}，更正 ${counts.corrected}，撤回 ${counts.withdrawn}，未变 ${counts.unchanged}，表中缺少 ${counts.missing}，冲突 ${counts.conflicts}。\n`,
      );
    }
    return rejected > 0 || applied.conflicts.length > 0 || unreadable > 0
      ? ExitCode.findings
      : ExitCode.ok;
  },
};
