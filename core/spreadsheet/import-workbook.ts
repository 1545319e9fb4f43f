import type { IsoDate } from '../calendar/iso-date';
import type { Problem } from '../diagnostics/problem';
import type { AgencyRef, DecisionRecord } from '../records/decision-record';
import type { ColumnKey } from './columns';
import { parseCsv } from './csv';
import { decodeSpreadsheetText, type TextEncoding } from './decode-text';
import { matchHeaders } from './header-match';
import { importRows, type RowReport } from './import-rows';
import { SpreadsheetFormat } from './import-spreadsheet';
import {
  detectListHeader,
  importListRows,
  type ListEntry,
  MIN_LIST_HEADER_SCORE,
} from './lists/import-list';
import { isAgencyListKind, SheetKind } from './sheet-kind';
import { rejectUndecodableRows, takeOutExampleRows } from './sheet-rows';
import { looksLikeXlsx, readXlsx, XlsxReadError } from './xlsx-read';

/** One worksheet (a CSV file is one) as imported: 双公示 decisions or one 事前公开 list. */
export interface SheetImport {
  /** The worksheet's name (XLSX only). */
  readonly sheet?: string;
  /** What the sheet holds; absent when it was not recognised. */
  readonly kind?: SheetKind;
  readonly usable: boolean;
  /** 1-based row number of the header. */
  readonly headerRow?: number;
  /** One report per non-empty data row (`recordId`: the record's id, or the list entry's key). */
  readonly rows: readonly RowReport[];
  /** About the sheet as a whole (unknown, personal or missing columns, no header). */
  readonly problems: readonly Problem[];
  readonly counts: { readonly imported: number; readonly rejected: number };
  /** The decision records of a penalty or licence sheet (empty for lists). */
  readonly records: readonly DecisionRecord[];
  /** The entries of a list sheet (empty for decisions). */
  readonly entries: readonly ListEntry[];
  /**
   * The columns the header holds (ColumnKey for decisions, ListColumn keys for lists): a
   * re-import changes only the fields these columns give.
   */
  readonly columnKeys?: readonly (ColumnKey | string)[];
}

/** One spreadsheet file as imported: each of its sheets, or why it could not be read. */
export interface WorkbookImport {
  /** The file's name as given (used in reports and conflict messages). */
  readonly file: string;
  readonly format: SpreadsheetFormat;
  /** For CSV: the encoding the bytes were read in. */
  readonly encoding?: TextEncoding;
  /** True when at least one sheet was recognised. */
  readonly usable: boolean;
  readonly sheets: readonly SheetImport[];
  /** About the file as a whole: not a workbook, legacy .xls, an HTML page, nothing recognised. */
  readonly problems: readonly Problem[];
}

export interface WorkbookImportOptions {
  /** The file's name: reports name it, and a .xlsx name that holds no workbook is said so. */
  readonly fileName: string;
  /** Read every sheet as this kind instead of recognising it from the header. */
  readonly kind?: SheetKind;
  /** The agency for rows that name none (处罚机关, 执法主体…). */
  readonly defaultAgency?: AgencyRef;
  /** Set as every new decision record's publication date. */
  readonly publicationDate?: IsoDate;
  /** Age below which a natural person's decision is not published (18). */
  readonly minorAge?: number;
}

function fileProblem(code: string, message: string, messageEn: string): Problem {
  return { path: '$', code, message, messageEn };
}

function unreadable(
  options: WorkbookImportOptions,
  format: SpreadsheetFormat,
  problem: Problem,
): WorkbookImport {
  return { file: options.fileName, format, usable: false, sheets: [], problems: [problem] };
}

/** How many 双公示 columns the best of the first rows names (control columns do not count). */
function decisionScore(rows: readonly (readonly string[])[]): number {
  let best = 0;
  for (const row of rows.slice(0, 6)) {
    const { keys } = matchHeaders(row);
    const score = keys.filter(
      (key) => key !== undefined && key !== 'correctionReason' && key !== 'withdrawalReason',
    ).length;
    best = Math.max(best, score);
  }
  return best;
}

/** Decisions or a list, whichever the header names more columns of (or the kind asked for). */
function importSheetRows(
  rows: readonly (readonly string[])[],
  options: WorkbookImportOptions,
): Omit<SheetImport, 'sheet'> {
  const forced = options.kind;
  const list = forced
    ? isAgencyListKind(forced)
    : (detectListHeader(rows)?.score ?? 0) >=
      Math.max(MIN_LIST_HEADER_SCORE, decisionScore(rows) + 1);
  if (list) {
    const result = importListRows(rows, {
      ...(forced && isAgencyListKind(forced) ? { kind: forced } : {}),
      ...(options.defaultAgency ? { defaultAgency: options.defaultAgency } : {}),
    });
    return { ...result, ...(result.kind ? { kind: result.kind } : {}), records: [] };
  }
  const result = importRows(rows, {
    ...(forced === SheetKind.penalty || forced === SheetKind.licence ? { columnSet: forced } : {}),
    ...(options.defaultAgency ? { defaultAgency: options.defaultAgency } : {}),
    ...(options.publicationDate ? { publicationDate: options.publicationDate } : {}),
    ...(options.minorAge !== undefined ? { minorAge: options.minorAge } : {}),
  });
  if (!result.usable) {
    // Neither a 双公示 sheet nor a list: say both, so a clerk with a list sees its names too.
    return {
      ...result,
      problems: [
        fileProblem(
          'import.no-header',
          '没有找到可识别的表头：既不是双公示（行政处罚、行政许可）表格，也不是事前公开清单（执法主体、权责清单、执法人员、随机抽查事项、法制审核目录、办事指南）。请确认表头在前几行，或用 --kind 指明种类。',
          'no recognisable header: neither a 双公示 sheet (penalties, licences) nor a 事前公开 list (agency, powers, officers, random inspections, major-decision catalogue, service guides). Is the header in the first rows? Name the kind with --kind.',
        ),
      ],
      entries: [],
    };
  }
  return {
    ...result,
    ...(result.columnSet ? { kind: result.columnSet } : {}),
    entries: [],
  };
}

/** Imports one sheet's rows, after taking out the template's example row and damaged rows. */
function importSheet(
  name: string | undefined,
  rawRows: readonly (readonly string[])[],
  options: WorkbookImportOptions,
): SheetImport {
  const { rows, problems: exampleProblems } = takeOutExampleRows(rawRows);
  const imported = importSheetRows(rows, options);
  const checked = rejectUndecodableRows(imported, rows);
  return {
    ...(name !== undefined ? { sheet: name } : {}),
    ...checked,
    problems: [...exampleProblems, ...checked.problems],
  };
}

/**
 * Imports a spreadsheet file from its bytes: XLSX (every sheet) when they are a ZIP, otherwise
 * CSV in UTF-8, UTF-16 or GBK. Each sheet is recognised from its header as a 双公示 sheet
 * (行政处罚, 行政许可) or one of an agency's 事前公开 lists, and reported row by row.
 *
 * Never throws: a file that is not a spreadsheet comes back with `usable: false` and a
 * problem saying why (an .xlsx that is not a workbook, a legacy .xls, an HTML page saved as
 * a spreadsheet). Sheets that hold nothing recognisable are reported and skipped.
 *
 * @example
 * const workbook = importWorkbook(bytes, { fileName: '执法人员清单.xlsx' });
 * for (const sheet of workbook.sheets) console.log(sheet.kind, sheet.counts);
 */
export function importWorkbook(bytes: Uint8Array, options: WorkbookImportOptions): WorkbookImport {
  const named = options.fileName;
  if (looksLikeXlsx(bytes)) {
    let sheets: ReturnType<typeof readXlsx>;
    try {
      sheets = readXlsx(bytes, { allSheets: true });
    } catch (error) {
      if (!(error instanceof XlsxReadError)) throw error;
      const [message, messageEn] = error.message.split(' / ');
      return unreadable(
        options,
        SpreadsheetFormat.xlsx,
        fileProblem(error.code, message!, messageEn ?? message!),
      );
    }
    const imports = sheets
      .filter((sheet) => sheet.rows.some((row) => row.some((cell) => cell.trim() !== '')))
      .map((sheet) => importSheet(sheet.name, sheet.rows, options));
    const usable = imports.filter((sheet) => sheet.usable);
    const problems: Problem[] = [];
    if (usable.length === 0) {
      problems.push(
        imports[0]?.problems[0] ??
          fileProblem('xlsx.no-sheet', '工作簿中没有内容。', 'the workbook holds nothing.'),
      );
    } else {
      for (const sheet of imports.filter((candidate) => !candidate.usable)) {
        problems.push(
          fileProblem(
            'import.sheet-skipped',
            `工作表「${sheet.sheet}」没有可识别的表头，已跳过（如填表说明）。`,
            `sheet "${sheet.sheet}" has no recognisable header; skipped (instructions?).`,
          ),
        );
      }
    }
    return {
      file: named,
      format: SpreadsheetFormat.xlsx,
      usable: usable.length > 0,
      sheets: usable.length > 0 ? usable : imports,
      problems,
    };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return unreadable(
      options,
      SpreadsheetFormat.xlsx,
      fileProblem(
        'import.xls-not-supported',
        '这是旧版 .xls 文件：请在 Excel/WPS 中另存为 .xlsx 或 CSV 后再导入。',
        'this is a legacy .xls file: save it as .xlsx or CSV in Excel/WPS and import that.',
      ),
    );
  }
  const { text, encoding } = decodeSpreadsheetText(bytes);
  if (/^\s*<(?:!doctype\s+html|html|table|\?xml)/i.test(text.slice(0, 512))) {
    return unreadable(
      options,
      SpreadsheetFormat.csv,
      fileProblem(
        'import.html-not-supported',
        '这是网页（HTML/XML）格式的表格，不是 Excel 工作簿：请在 Excel/WPS 中打开后另存为 .xlsx 或 CSV。',
        'this is a web page (HTML/XML) table, not a workbook: open it in Excel/WPS and save it as .xlsx or CSV.',
      ),
    );
  }
  if (/\.xlsx$/i.test(named)) {
    return unreadable(
      options,
      SpreadsheetFormat.xlsx,
      fileProblem(
        'xlsx.not-zip',
        `${named} 的扩展名是 .xlsx，但内容不是 XLSX 工作簿（文件损坏，或是改了扩展名的其他文件）：请在 Excel/WPS 中重新另存为 .xlsx。`,
        `${named} is named .xlsx but is not an XLSX workbook (damaged, or another file renamed): save it again as .xlsx in Excel/WPS.`,
      ),
    );
  }
  const sheet = importSheet(undefined, parseCsv(text), options);
  return {
    file: named,
    format: SpreadsheetFormat.csv,
    encoding,
    usable: sheet.usable,
    sheets: [sheet],
    problems: sheet.usable ? [] : sheet.problems.slice(0, 1),
  };
}
