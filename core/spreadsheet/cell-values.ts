import { fromDayNumber, type IsoDate, isIsoDate } from '../calendar/iso-date';
import { PartyKind } from '../records/enumerations';

/** Cells that mean "no value" in 双公示 exports. */
const EMPTY = new Set(['', '-', '—', '/', '无', '空', 'null', 'NULL', '#N/A']);
/** Cells that mean "no end date" (有效期至 长期). */
const OPEN_ENDED = new Set(['长期', '长期有效', '永久', '永久有效', '无期限']);

export function isEmptyCell(cell: string): boolean {
  return cell === '' || EMPTY.has(cell.trim());
}

/** The `'` a CSV writer puts before a would-be formula (guardFormula in csv.ts). */
const FORMULA_GUARD = /^'(?=[=+\-@])/;

/**
 * Trimmed text with CRLF made LF, or undefined for an empty cell. A formula guard (`'=…`,
 * written by formatCsv and by Excel users) is read away.
 */
export function cellText(cell: string | undefined): string | undefined {
  if (cell === undefined || cell === '') return undefined;
  const text = (cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell)
    .trim()
    .replace(FORMULA_GUARD, '');
  return isEmptyCell(text) ? undefined : text;
}

// Excel's 1900 date system: serial 25569 is 1970-01-01 (serials below 61 carry the 1900
// leap-year bug and are not dates anyone enters in a 双公示 sheet).
const EXCEL_EPOCH_OFFSET = 25569;
const DATE_WITH_SEPARATORS =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const EXCEL_SERIAL = /^\d{2,5}(?:\.\d+)?$/;

/**
 * Reads a date cell as clerks and Excel write it: 2025-03-01, 2025/3/1, 2025.3.1,
 * 2025年3月1日, 20250301, 2025-03-01 00:00:00, or an Excel serial number (45717).
 * `open` means 长期 (no end date).
 */
export function parseCellDate(cell: string | undefined): {
  date?: IsoDate;
  open?: true;
  invalid?: true;
} {
  const text = cellText(cell)?.normalize('NFKC');
  if (text === undefined) return {};
  if (OPEN_ENDED.has(text)) return { open: true };
  const separated = DATE_WITH_SEPARATORS.exec(text) ?? COMPACT_DATE.exec(text);
  if (separated) {
    const date = `${separated[1]}-${separated[2]!.padStart(2, '0')}-${separated[3]!.padStart(2, '0')}`;
    return isIsoDate(date) ? { date } : { invalid: true };
  }
  if (EXCEL_SERIAL.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial >= 61 && serial < 2958466)
      return { date: fromDayNumber(serial - EXCEL_EPOCH_OFFSET) };
  }
  return { invalid: true };
}

const PARTY_KIND_WORDS: readonly [RegExp, PartyKind][] = [
  [/^(?:个体工商户|个体户|个体经营者?|个体)$/, PartyKind.individualBusiness],
  [/^(?:自然人|个人|公民|居民)$/, PartyKind.naturalPerson],
  [
    /^(?:法人及非法人组织|法人和非法人组织|法人|非法人组织|法人和其他组织|法人或其他组织|其他组织|企业|单位|企业法人|机关|事业单位|社会组织)$/,
    PartyKind.organisation,
  ],
];

/** 行政相对人类别 as written in the wild, or undefined when it is none of them. */
export function parsePartyKind(cell: string | undefined): PartyKind | undefined {
  const text = cellText(cell)?.normalize('NFKC').replace(/\s/g, '');
  if (!text) return undefined;
  return PARTY_KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}
