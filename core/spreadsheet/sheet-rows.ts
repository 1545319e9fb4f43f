import type { Problem } from '../diagnostics/problem';
import { UNDECODABLE } from './decode-text';
import { type RowReport, RowStatus } from './import-rows';
import type { SheetImport } from './import-workbook';

/** What `gongshi template` writes in the first cell (序号) of its sample row. */
export const EXAMPLE_ROW_MARK = '示例';

const EXAMPLE = /^[（(]?示例[）)]?$/;

/**
 * The rows with the template's sample row (first cell 示例) blanked out, so a sheet filled in
 * on the template without deleting it does not publish the fictitious example; each one is
 * reported. Blanked, not removed: row numbers stay those the spreadsheet shows.
 */
export function takeOutExampleRows(rows: readonly (readonly string[])[]): {
  rows: readonly (readonly string[])[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const kept = rows.map((row, index) => {
    if (!EXAMPLE.test((row[0] ?? '').trim())) return row;
    problems.push({
      path: `rows[${index + 1}]`,
      code: 'import.example-row-skipped',
      message: `第 ${index + 1} 行是模板的示例行（序号为“示例”），未导入。`,
      messageEn: `row ${index + 1} is the template's example row (序号 示例); not imported.`,
    });
    return [];
  });
  return { rows: problems.length > 0 ? kept : rows, problems };
}

/**
 * The import with every row that holds an undecodable character (U+FFFD: a stray byte in a
 * GBK or UTF-8 file) rejected, its column named: a name or amount with a character missing
 * must not be published as if it were right. The other rows stay imported.
 */
export function rejectUndecodableRows<T extends Omit<SheetImport, 'sheet'>>(
  imported: T,
  rows: readonly (readonly string[])[],
): T {
  if (!imported.usable) return imported;
  const headerCells = rows[(imported.headerRow ?? 1) - 1] ?? [];
  const damaged = new Map<number, string>();
  rows.forEach((row, index) => {
    if (index < (imported.headerRow ?? 1)) return;
    const column = row.findIndex((cell) => cell.includes(UNDECODABLE));
    if (column >= 0) damaged.set(index + 1, headerCells[column]?.trim() || `第 ${column + 1} 列`);
  });
  if (damaged.size === 0) return imported;
  const dropped = new Set<string>();
  const reports: RowReport[] = imported.rows.map((report) => {
    const column = damaged.get(report.row);
    if (column === undefined) return report;
    if (report.recordId) dropped.add(report.recordId);
    return {
      row: report.row,
      status: RowStatus.rejected,
      problems: [
        ...report.problems,
        {
          code: 'cell.undecodable',
          severity: 'error',
          column,
          message: `「${column}」含有无法识别的字节（文件编码损坏或混入了其他编码的文字），此行未导入：请在表格中改正该单元格后重新导出。`,
          messageEn: `"${column}" holds bytes that are not text (a damaged file, or text in another encoding); row not imported: correct the cell and export again.`,
        },
      ],
    };
  });
  const rejected = reports.filter((report) => report.status === RowStatus.rejected).length;
  return {
    ...imported,
    rows: reports,
    records: imported.records.filter((record) => !dropped.has(record.id)),
    entries: imported.entries.filter((entry) => !dropped.has(entry.key)),
    counts: { imported: reports.length - rejected, rejected },
  };
}
