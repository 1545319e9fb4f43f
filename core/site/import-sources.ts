import type { RecordsFeed } from '../feed/feed';
import { parseFeed } from '../feed/parse-feed';
import type { AgencyProfile } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import { importWorkbook, type WorkbookImport } from '../spreadsheet/import-workbook';
import { SHEET_KIND_TITLES } from '../spreadsheet/sheet-kind';

/** One file given to `gongshi build`: its name as the user knows it, and its bytes. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A note about one source: errors stop the build (nothing is published, the previous site
 * stays), warnings are reported. `row` and `column` as the spreadsheet shows them.
 */
export interface SourceProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly row?: number;
  readonly column?: string;
  readonly message: string;
  readonly messageEn: string;
}

export interface SourceReport {
  readonly name: string;
  /** What the file was read as: its sheets' kinds (行政处罚, 执法人员清单…), a feed, or nothing. */
  readonly kind: 'sheets' | 'feed' | 'unreadable';
  readonly detail: string;
  readonly imported: number;
  readonly rejected: number;
  readonly problems: readonly SourceProblem[];
}

export interface ImportedSources {
  /** The spreadsheets as core/spreadsheet read them, for applyImports. */
  readonly workbooks: readonly WorkbookImport[];
  /** Records and agency profiles given as Gongshi feeds (.json), e.g. hand-written profiles. */
  readonly feedRecords: readonly DecisionRecord[];
  readonly feedAgencies: readonly AgencyProfile[];
  /** Header fields of the first feed given among the sources (publisher, title, profile). */
  readonly header?: Pick<RecordsFeed, 'publisher' | 'title' | 'profile'>;
  readonly reports: readonly SourceReport[];
  /** Some source could not be read at all (exit 2). */
  readonly unusable: boolean;
  /** Some source has an error (a rejected row, an unknown column, a damaged byte…). */
  readonly failed: boolean;
}

const error = (code: string, message: string, messageEn: string): SourceProblem => ({
  code,
  severity: 'error',
  message,
  messageEn,
});

/** The report of one spreadsheet: what each sheet was read as, and every problem. */
function workbookReport(workbook: WorkbookImport): SourceReport {
  const problems: SourceProblem[] = [];
  if (!workbook.usable) {
    const first = workbook.problems[0];
    return {
      name: workbook.file,
      kind: 'unreadable',
      detail: '',
      imported: 0,
      rejected: 0,
      problems: [
        error(
          first?.code ?? 'source.unreadable',
          first?.message ?? '无法读取。',
          first?.messageEn ?? 'unreadable.',
        ),
      ],
    };
  }
  for (const problem of workbook.problems) {
    problems.push({
      ...error(problem.code, problem.message, problem.messageEn),
      severity: 'warning',
    });
  }
  let imported = 0;
  let rejected = 0;
  for (const sheet of workbook.sheets) {
    imported += sheet.counts.imported;
    rejected += sheet.counts.rejected;
    for (const problem of sheet.problems) {
      if (problem.code === 'import.unknown-column') {
        const column = problem.path.replace(/^header\./, '');
        problems.push({
          code: problem.code,
          severity: 'error',
          column,
          message: `不认识的列「${column}」：为免其中的内容被漏掉，本次不发布。请把列名改成标准列名，或删除该列后重试。`,
          messageEn: `unknown column "${column}": nothing is published, so that what it holds is not silently lost. Rename it to a known column or delete it, then build again.`,
        });
      } else {
        problems.push(error(problem.code, problem.message, problem.messageEn));
      }
    }
    for (const row of sheet.rows) {
      for (const problem of row.problems) {
        problems.push({
          code: problem.code,
          severity: row.status === 'rejected' ? 'error' : problem.severity,
          row: row.row,
          ...(problem.column ? { column: problem.column } : {}),
          message: problem.message,
          messageEn: problem.messageEn,
        });
      }
      if (row.status === 'rejected' && row.problems.length === 0) {
        problems.push({
          ...error('row.rejected', '该行未能导入。', 'the row could not be imported.'),
          row: row.row,
        });
      }
    }
  }
  const kinds = workbook.sheets.map(
    (sheet) =>
      `${sheet.kind ? SHEET_KIND_TITLES[sheet.kind] : '?'}${sheet.sheet ? `「${sheet.sheet}」` : ''}`,
  );
  const format =
    workbook.format === 'xlsx' ? 'XLSX' : `CSV ${workbook.encoding?.toUpperCase() ?? ''}`.trim();
  return {
    name: workbook.file,
    kind: 'sheets',
    detail: `${kinds.join('、')} · ${format}`,
    imported,
    rejected,
    problems,
  };
}

/**
 * Reads every source of a build: spreadsheets through core/spreadsheet's importWorkbook
 * (双公示 penalty and licence sheets and the agencies' 事前公开 lists, CSV in UTF-8 or GBK,
 * XLSX), and Gongshi feeds (`.json`, e.g. hand-written agency profiles). Never throws.
 *
 * Strict on purpose, because a build publishes the whole column: a rejected row, an unknown
 * column or a damaged byte is an error that stops it, so nothing an agency sent is left out
 * of the site without the webmaster knowing.
 */
export function importSources(
  sources: readonly SourceFile[],
  options: {
    readonly publicationDate?: string;
    /**
     * A spreadsheet already imported from exactly these bytes (a rebuild's cache), or
     * undefined to import it now.
     */
    readonly cached?: (source: SourceFile) => WorkbookImport | undefined;
  } = {},
): ImportedSources {
  const workbooks: WorkbookImport[] = [];
  const feedRecords: DecisionRecord[] = [];
  const feedAgencies: AgencyProfile[] = [];
  const reports: SourceReport[] = [];
  let header: ImportedSources['header'];
  for (const { name, bytes } of sources) {
    if (!/\.json$/i.test(name)) {
      const cached = options.cached?.({ name, bytes });
      const workbook = cached
        ? { ...cached, file: name }
        : importWorkbook(bytes, {
            fileName: name,
            ...(options.publicationDate ? { publicationDate: options.publicationDate } : {}),
          });
      workbooks.push(workbook);
      reports.push(workbookReport(workbook));
      continue;
    }
    const { feed, problems } = parseFeed(new TextDecoder().decode(bytes));
    if (feed?.kind !== 'records') {
      const first = problems[0];
      reports.push({
        name,
        kind: 'unreadable',
        detail: '',
        imported: 0,
        rejected: 0,
        problems: [
          error(
            first?.code ?? 'source.index-feed',
            first ? first.message : '这是分片索引文件：请给出记录文件。',
            first ? first.messageEn : 'an index feed: give a records feed.',
          ),
        ],
      });
      continue;
    }
    header ??= {
      publisher: feed.publisher,
      ...(feed.title ? { title: feed.title } : {}),
      ...(feed.profile ? { profile: feed.profile } : {}),
    };
    feedRecords.push(...feed.records);
    feedAgencies.push(...(feed.agencies ?? []));
    reports.push({
      name,
      kind: 'feed',
      detail: `公示数据 feed · ${feed.agencies?.length ?? 0} 个执法主体`,
      imported: feed.records.length,
      rejected: problems.filter((problem) => problem.code === 'feed.item-skipped').length,
      problems: problems.map((problem) =>
        error(
          problem.code,
          `${problem.path}：${problem.message}`,
          `${problem.path}: ${problem.messageEn}`,
        ),
      ),
    });
  }
  return {
    workbooks,
    feedRecords,
    feedAgencies,
    ...(header ? { header } : {}),
    reports,
    unusable: reports.some((report) => report.kind === 'unreadable'),
    failed: reports.some((report) =>
      report.problems.some((problem) => problem.severity === 'error'),
    ),
  };
}
