import { extname, resolve } from 'node:path';
import { ColumnSet } from '../../core/spreadsheet/columns';
import { exportRows } from '../../core/spreadsheet/export-rows';
import { exportSpreadsheet, SpreadsheetFormat } from '../../core/spreadsheet/import-spreadsheet';
import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readRecordsFeed } from '../internal/feed-file';
import { writeFileAtomically } from '../internal/files';
import { codePointName, type GbkCodec, loadGbk } from '../internal/gbk';

const USAGE = `Usage: gongshi export --out FILE.csv|FILE.xlsx [--columns penalty|licence] [--encoding utf-8|gbk] FEED.json

Writes a feed's penalties (or licences) back as a 双公示 spreadsheet for 信用中国 and other
systems: the same columns the import reads, amounts in 万元, 证件号码 columns empty (the
feed never holds them). CSV is UTF-8 with a BOM, which Excel opens correctly.

  --out FILE       .csv or .xlsx
  --columns SET    penalty (default) or licence
  --encoding ENC   for CSV: utf-8 (default), or gbk (no BOM) for systems that read only
                   GBK; a character GBK lacks (rare name characters, emoji) stops the export
                   with its row and column named

Exit: 0 written, 2 unusable input.`;

/** The first cell GBK cannot write: its row in the file (the header is 1), column, character. */
function firstNonGbkCell(rows: readonly (readonly string[])[], gbk: GbkCodec) {
  for (const [index, row] of rows.entries()) {
    for (const [column, cell] of row.entries()) {
      const character = gbk.unencodable(cell);
      if (character !== undefined) {
        return { line: index + 1, header: rows[0]![column]!, character };
      }
    }
  }
  return undefined;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a feed back as a 双公示 spreadsheet (CSV or XLSX)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      columns: { type: 'string', default: 'penalty' },
      encoding: { type: 'string', default: 'utf-8' },
    });
    if (positionals.length !== 1) {
      throw new UsageError('需要且只能给一个 FEED.json / give exactly one FEED.json');
    }
    if (!values.out) {
      throw new UsageError(
        '必须给出 --out FILE.csv|FILE.xlsx / --out FILE.csv|FILE.xlsx is required',
      );
    }
    const extension = extname(values.out).toLowerCase();
    if (extension !== '.csv' && extension !== '.xlsx') {
      throw new UsageError('--out 须以 .csv 或 .xlsx 结尾 / --out must end in .csv or .xlsx');
    }
    if (values.columns !== ColumnSet.penalty && values.columns !== ColumnSet.licence) {
      throw notOneOf('--columns', [ColumnSet.penalty, ColumnSet.licence], values.columns);
    }
    const encoding = values.encoding.toLowerCase();
    if (encoding !== 'utf-8' && encoding !== 'gbk') {
      throw notOneOf('--encoding', ['utf-8', 'gbk'], values.encoding);
    }
    if (encoding === 'gbk' && extension === '.xlsx') {
      throw new UsageError(
        '--encoding 只适用于 CSV：XLSX 文件总是以 Unicode 保存 / --encoding applies to CSV only: XLSX always stores Unicode',
      );
    }
    const file = resolve(io.cwd, positionals[0]!);
    const feed = await readRecordsFeed(
      file,
      '这是索引文件：请导出其中的分片 / an index feed: export a shard',
    );
    if (feed instanceof Error) {
      io.stderr.write(`gongshi export: ${feed.message}\n`);
      return ExitCode.error;
    }
    const columns = values.columns as ColumnSet;
    const out = resolve(io.cwd, values.out);
    const format = extension === '.xlsx' ? SpreadsheetFormat.xlsx : SpreadsheetFormat.csv;
    const rows = exportRows(feed.records, columns);
    let bytes = exportSpreadsheet(feed.records, columns, format);
    if (encoding === 'gbk') {
      const gbk = await loadGbk();
      const lacking = firstNonGbkCell(rows, gbk);
      if (lacking) {
        const { line, header, character } = lacking;
        const code = codePointName(character);
        io.stderr.write(
          `gongshi export: 第 ${line} 行「${header}」中的“${character}”（${code}）无法用 GBK 表示，未写入文件：请改用 UTF-8（去掉 --encoding gbk）或修改该记录。` +
            ` / row ${line}, column ${header}: "${character}" (${code}) has no GBK form; nothing written: export UTF-8 (without --encoding gbk) or correct the record.\n`,
        );
        return ExitCode.error;
      }
      // The same CSV, transcoded; TextDecoder drops the BOM, which a GBK file does not have.
      bytes = gbk.encode(new TextDecoder().decode(bytes));
    }
    await writeFileAtomically(out, bytes);
    const count = rows.length - 1;
    io.stdout.write(`${count} ${columns === 'penalty' ? '行政处罚' : '行政许可'} rows → ${out}\n`);
    return ExitCode.ok;
  },
};
