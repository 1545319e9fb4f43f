import { extname, resolve } from 'node:path';
import { SpreadsheetFormat } from '../../core/spreadsheet/import-spreadsheet';
import { parseSheetKind, SHEET_KIND_TITLES, SHEET_KINDS } from '../../core/spreadsheet/sheet-kind';
import { sheetTemplate, writeSheetTemplate } from '../../core/spreadsheet/sheet-template';
import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { writeFileAtomically } from '../internal/files';
import { loadGbk } from '../internal/gbk';

const USAGE = `Usage: gongshi template KIND --out FILE.xlsx|FILE.csv [--encoding utf-8|gbk]

Writes a blank sheet for an agency to fill in: the columns gongshi import reads for KIND,
then 更正原因 and 撤回原因, and one fictitious example row marked 示例 in 序号 (the import
skips that row if it is left in).

  KIND             profile (执法主体), powers (权责清单), officers (执法人员清单),
                   randomInspections (随机抽查事项清单), majorDecisionCatalogue
                   (重大执法决定法制审核目录清单), serviceGuides (办事指南), or the 双公示
                   penalty and licence sheets; the Chinese names are accepted too
  --out FILE       .xlsx (every cell stored as text) or .csv
  --encoding ENC   for CSV: utf-8 with a BOM (default), or gbk for systems that read only GBK

Exit: 0 written, 2 bad arguments or the file cannot be written.`;

export const templateCommand: Command = {
  name: 'template',
  summary: 'Write a blank sheet (with one example row) for a 事前公开 list or a 双公示 sheet',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      encoding: { type: 'string', default: 'utf-8' },
    });
    if (positionals.length !== 1) {
      throw new UsageError(
        `需要且只能给一个种类：${SHEET_KINDS.join('、')} / give exactly one KIND: ${SHEET_KINDS.join(', ')}`,
      );
    }
    const kind = parseSheetKind(positionals[0]!);
    if (!kind) throw notOneOf('KIND', SHEET_KINDS, positionals[0]);
    if (!values.out) {
      throw new UsageError(
        '必须给出 --out FILE.xlsx|FILE.csv / --out FILE.xlsx|FILE.csv is required',
      );
    }
    const extension = extname(values.out).toLowerCase();
    if (extension !== '.csv' && extension !== '.xlsx') {
      throw new UsageError('--out 须以 .csv 或 .xlsx 结尾 / --out must end in .csv or .xlsx');
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
    const format = extension === '.xlsx' ? SpreadsheetFormat.xlsx : SpreadsheetFormat.csv;
    let bytes = writeSheetTemplate(kind, format);
    if (encoding === 'gbk') {
      // The template's text is all in GBK: its headers and example are plain Chinese.
      bytes = (await loadGbk()).encode(new TextDecoder().decode(bytes));
    }
    const out = resolve(io.cwd, values.out);
    await writeFileAtomically(out, bytes);
    const columns = sheetTemplate(kind)[0]!.length;
    io.stdout.write(
      `${SHEET_KIND_TITLES[kind]}模板（${columns} 列）→ ${out} / ${kind} template (${columns} columns) → ${out}\n`,
    );
    return ExitCode.ok;
  },
};
