import { extname, resolve } from 'node:path';
import { ColumnSet } from '../../core/spreadsheet/columns';
import { exportRows } from '../../core/spreadsheet/export-rows';
import { exportSpreadsheet, SpreadsheetFormat } from '../../core/spreadsheet/import-spreadsheet';
import { type Command, ExitCode, UsageError } from '../command';
import { parseCommandArgs } from '../internal/args';
import { readRecordsFeed } from '../internal/feed-file';
import { writeFileAtomically } from '../internal/files';

const USAGE = `Usage: gongshi export --out FILE.csv|FILE.xlsx [--columns penalty|licence] FEED.json

Writes a feed's penalties (or licences) back as a 双公示 spreadsheet for 信用中国 and other
systems: the same columns the import reads, amounts in 万元, 证件号码 columns empty (the
feed never holds them). CSV is UTF-8 with a BOM, which Excel opens correctly.

  --out FILE       .csv or .xlsx
  --columns SET    penalty (default) or licence

Exit: 0 written, 2 unusable input.`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a feed back as a 双公示 spreadsheet (CSV or XLSX)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      columns: { type: 'string', default: 'penalty' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one FEED.json');
    if (!values.out) throw new UsageError('--out FILE.csv|FILE.xlsx is required');
    const extension = extname(values.out).toLowerCase();
    if (extension !== '.csv' && extension !== '.xlsx')
      throw new UsageError('--out must end in .csv or .xlsx');
    if (values.columns !== ColumnSet.penalty && values.columns !== ColumnSet.licence) {
      throw new UsageError(`--columns must be penalty or licence, got "${values.columns}"`);
    }
    const file = resolve(io.cwd, positionals[0]!);
    const feed = await readRecordsFeed(file, 'an index feed: export a shard');
    if (feed instanceof Error) {
      io.stderr.write(`gongshi export: ${feed.message}\n`);
      return ExitCode.error;
    }
    const columns = values.columns as ColumnSet;
    const out = resolve(io.cwd, values.out);
    const format = extension === '.xlsx' ? SpreadsheetFormat.xlsx : SpreadsheetFormat.csv;
    await writeFileAtomically(out, exportSpreadsheet(feed.records, columns, format));
    const rows = exportRows(feed.records, columns).length - 1;
    io.stdout.write(`${rows} ${columns === 'penalty' ? '行政处罚' : '行政许可'} rows → ${out}\n`);
    return ExitCode.ok;
  },
};
