import { spreadsheetCsv } from './csv';
import { type JournalEntry, JournalEntryKind } from './entry';

/** One row of the desk's yearly figures: a month and an agency. */
export interface DeskFigures {
  /** `YYYY-MM`, in China time. */
  readonly month: string;
  readonly agency: string;
  readonly publications: number;
  /** Personal-data items removed (a redaction entry may remove several). */
  readonly redactions: number;
  /** Publications let through with open findings or without a passing review, with a reason. */
  readonly overrides: number;
}

/** The agency label for entries that did not know theirs. */
export const UNKNOWN_AGENCY = '（未注明单位）';

// The desk works in China time: an entry at 2026-01-31T17:00Z belongs to February.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

function chinaMonth(at: string): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return at.slice(0, 7);
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

function redactedItems(entry: JournalEntry): number {
  const count = entry.details.count;
  return typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : 1;
}

/**
 * Counts publications, redactions and overrides per month and per agency, from the log
 * alone, for the yearly enforcement report (统计年报). Rows are sorted by month, then agency.
 *
 * @example deskFigures(entries, { year: 2026 })
 */
export function deskFigures(
  entries: readonly JournalEntry[],
  options: { readonly year?: number } = {},
): DeskFigures[] {
  const rows = new Map<string, { -readonly [K in keyof DeskFigures]: DeskFigures[K] }>();
  for (const entry of entries) {
    const month = chinaMonth(entry.at);
    if (options.year !== undefined && !month.startsWith(`${options.year}-`)) continue;
    const counted =
      entry.kind === JournalEntryKind.publication ||
      entry.kind === JournalEntryKind.redaction ||
      entry.kind === JournalEntryKind.override;
    if (!counted) continue;
    const agency = entry.agency?.trim() || UNKNOWN_AGENCY;
    const key = `${month}\u0000${agency}`;
    let row = rows.get(key);
    if (!row) {
      row = { month, agency, publications: 0, redactions: 0, overrides: 0 };
      rows.set(key, row);
    }
    if (entry.kind === JournalEntryKind.publication) row.publications++;
    else if (entry.kind === JournalEntryKind.redaction) row.redactions += redactedItems(entry);
    else row.overrides++;
  }
  // Unknown agency last in each month; the rest in Chinese collation order.
  const agencyOrder = (a: string, b: string) =>
    Number(a === UNKNOWN_AGENCY) - Number(b === UNKNOWN_AGENCY) || a.localeCompare(b, 'zh-CN');
  return [...rows.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || agencyOrder(a.agency, b.agency),
  );
}

/** The figures as CSV (UTF-8 with BOM for Excel), with a total row; formulas neutralised. */
export function deskFiguresCsv(rows: readonly DeskFigures[]): string {
  const total = rows.reduce(
    (sum, row) => ({
      publications: sum.publications + row.publications,
      redactions: sum.redactions + row.redactions,
      overrides: sum.overrides + row.overrides,
    }),
    { publications: 0, redactions: 0, overrides: 0 },
  );
  return spreadsheetCsv([
    ['月份', '执法单位', '公开发布', '脱敏处数', '强制发布'],
    ...rows.map((row) => [row.month, row.agency, row.publications, row.redactions, row.overrides]),
    ['合计', '', total.publications, total.redactions, total.overrides],
  ]);
}
