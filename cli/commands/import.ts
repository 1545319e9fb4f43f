import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isIsoDate } from '../../core/calendar/iso-date';
import type { RecordsFeed } from '../../core/feed/feed';
import { parseFeed } from '../../core/feed/parse-feed';
import { serialiseFeed } from '../../core/feed/serialise-feed';
import type { DecisionRecord } from '../../core/records/decision-record';
import { ColumnSet } from '../../core/spreadsheet/columns';
import {
  importSpreadsheet,
  type SpreadsheetImport,
} from '../../core/spreadsheet/import-spreadsheet';
import { type Command, type CommandIO, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readBytes, writeFileAtomically } from '../internal/files';

const USAGE = `Usage: gongshi import --out FEED.json [options] FILE.csv|FILE.xlsx

Converts a 双公示 spreadsheet (行政处罚 or 行政许可 columns; CSV in UTF-8 or GBK, or XLSX)
into a Gongshi feed, and prints a report for every row. 证件号码 columns are used only to
find minors (whose decisions are never published) and never written to the feed.

  --out FEED.json       the feed to write. An existing feed is updated: records with the
                        same id are replaced, the others kept (use --replace to start anew)
  --replace             overwrite FEED.json instead of merging into it
  --columns SET         penalty or licence, when the header does not make it clear
  --agency NAME[=CODE]  the agency for rows without 处罚机关/许可机关
  --published DATE      publication date (YYYY-MM-DD) to record on the imported rows
  --publisher NAME      the portal's name for a new feed (default: the first agency)
  --format text|json    the report's format (default text)

Exit: 0 every row imported, 1 some rows rejected (the others are written), 2 unusable input
(nothing written).`;

interface Options {
  readonly out: string;
  readonly replace: boolean;
  readonly columns?: ColumnSet;
  readonly agency?: { name: string; code?: string };
  readonly published?: string;
  readonly publisher?: string;
  readonly format: 'text' | 'json';
  readonly file: string;
}

function parseOptions(args: readonly string[], cwd: string): Options {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    replace: { type: 'boolean' },
    columns: { type: 'string' },
    agency: { type: 'string' },
    published: { type: 'string' },
    publisher: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length !== 1) {
    throw new UsageError('需要且只能给一个表格文件 / give exactly one spreadsheet FILE');
  }
  if (!values.out) throw new UsageError('必须给出 --out FEED.json / --out FEED.json is required');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw notOneOf('--format', ['text', 'json'], format);
  if (
    values.columns &&
    values.columns !== ColumnSet.penalty &&
    values.columns !== ColumnSet.licence
  ) {
    throw notOneOf('--columns', [ColumnSet.penalty, ColumnSet.licence], values.columns);
  }
  if (values.published && !isIsoDate(values.published)) {
    throw new UsageError(
      `--published 应为日期 YYYY-MM-DD（收到 "${values.published}"）/ --published must be a date YYYY-MM-DD, got "${values.published}"`,
    );
  }
  const [agencyName, agencyCode] = values.agency?.split('=') ?? [];
  return {
    out: resolve(cwd, values.out),
    replace: values.replace ?? false,
    ...(values.columns ? { columns: values.columns as ColumnSet } : {}),
    ...(agencyName
      ? { agency: { name: agencyName, ...(agencyCode ? { code: agencyCode } : {}) } }
      : {}),
    ...(values.published ? { published: values.published } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
    format,
    file: resolve(cwd, positionals[0]!),
  };
}

/** The existing feed at `out` to merge into, undefined for none, or an Error to stop on. */
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

function merge(
  base: RecordsFeed | undefined,
  records: readonly DecisionRecord[],
  options: Options,
) {
  const incoming = new Map(records.map((record) => [record.id, record]));
  const kept = (base?.records ?? []).filter((record) => !incoming.has(record.id));
  const replaced = (base?.records.length ?? 0) - kept.length;
  const feed: RecordsFeed = {
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    ...(base ?? {
      publisher: { name: options.publisher ?? records[0]?.agency.name ?? '未命名' },
    }),
    generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    records: [...kept, ...records],
  };
  return { feed, kept: kept.length, replaced };
}

function printText(io: CommandIO, file: string, result: SpreadsheetImport): void {
  const source =
    result.format === 'xlsx'
      ? `XLSX, sheet「${result.sheet ?? '?'}」`
      : `CSV (${result.encoding?.toUpperCase() ?? '?'})`;
  const set = result.columnSet === 'licence' ? '行政许可' : '行政处罚';
  io.stdout.write(
    `${basename(file)}: ${source}, ${set} columns, header on row ${result.headerRow}\n`,
  );
  for (const problem of result.problems) {
    io.stdout.write(`  ! ${problem.message} / ${problem.messageEn}\n`);
  }
  const width = String(result.rows.at(-1)?.row ?? 0).length;
  for (const row of result.rows) {
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

export const importCommand: Command = {
  name: 'import',
  summary: 'Convert a 双公示 spreadsheet (CSV/GBK or XLSX) into a feed, with a per-row report',
  usage: USAGE,
  async run(args, io) {
    const options = parseOptions(args, io.cwd);
    const bytes = await readBytes(options.file);
    if (bytes instanceof Error) {
      io.stderr.write(`gongshi import: ${bytes.message}\n`);
      return ExitCode.error;
    }
    const result = importSpreadsheet(bytes, {
      ...(options.columns ? { columnSet: options.columns } : {}),
      ...(options.agency ? { defaultAgency: options.agency } : {}),
      ...(options.published ? { publicationDate: options.published } : {}),
    });
    if (!result.usable) {
      io.stderr.write(
        `gongshi import: ${options.file}: 未导入任何记录，${options.out} 未改动。/ nothing imported, ${options.out} not touched.\n`,
      );
      for (const problem of result.problems) {
        io.stderr.write(`  [${problem.code}] ${problem.message}\n  ${problem.messageEn}\n`);
      }
      return ExitCode.error;
    }
    const base = await existingFeed(options);
    if (base instanceof Error) {
      io.stderr.write(`gongshi import: ${base.message}\n`);
      return ExitCode.error;
    }
    const { feed, kept, replaced } = merge(base, result.records, options);
    if (result.records.length > 0 || !base) {
      await writeFileAtomically(options.out, serialiseFeed(feed));
    }
    const summary = {
      imported: result.counts.imported,
      rejected: result.counts.rejected,
      out: options.out,
      records: feed.records.length,
      kept,
      replaced,
    };
    if (options.format === 'json') {
      const { records: _records, ...report } = result;
      io.stdout.write(`${JSON.stringify({ file: options.file, ...report, summary }, null, 2)}\n`);
    } else {
      printText(io, options.file, result);
      const merged = base ? ` (merged: ${kept} kept, ${replaced} replaced)` : '';
      io.stdout.write(
        `${summary.imported} imported, ${summary.rejected} rejected → ${options.out}: ${summary.records} records${merged}\n`,
      );
      io.stdout.write(`导入 ${summary.imported} 行，拒绝 ${summary.rejected} 行。\n`);
    }
    return result.counts.rejected > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
