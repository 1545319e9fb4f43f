import type { IsoDate } from '../calendar/iso-date';
import type { Problem } from '../diagnostics/problem';
import { ageOn, readResidentId } from '../identifiers/resident-id';
import {
  checkUnifiedSocialCreditCode,
  isIndividualBusinessCode,
  normaliseUnifiedSocialCreditCode,
} from '../identifiers/unified-social-credit-code';
import type {
  AgencyRef,
  Amounts,
  DecisionRecord,
  LicenceDetails,
  Party,
  PartyIdentifiers,
} from '../records/decision-record';
import { DecisionCategory, MoneyUnit, PartyKind } from '../records/enumerations';
import { parseMoney } from '../records/money';
import { cellText, isEmptyCell, parseCellDate, parsePartyKind } from './cell-values';
import { COLUMN_SETS, type ColumnKey, type ColumnSet, PRIVATE_COLUMNS } from './columns';
import { type HeaderMatch, matchHeaders } from './header-match';
import { missingRequiredCells, REQUIRED_CELLS } from './required-cells';

export const RowStatus = {
  imported: 'imported',
  rejected: 'rejected',
} as const;
export type RowStatus = (typeof RowStatus)[keyof typeof RowStatus];

/** A note about one cell or row: errors reject the row, warnings drop only the cell. */
export interface RowProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** The column title as the sheet wrote it, when the problem is about one cell. */
  readonly column?: string;
  readonly message: string;
  readonly messageEn: string;
}

export interface RowReport {
  /** The row number as the spreadsheet shows it (1 = first row). */
  readonly row: number;
  readonly status: RowStatus;
  readonly recordId?: string;
  readonly problems: readonly RowProblem[];
  /** The row's 更正原因: why its record differs from the one published before. */
  readonly correctionReason?: string;
  /** The row's 撤回原因: its record is to come down, for this public reason. */
  readonly withdrawalReason?: string;
}

export interface ImportResult {
  /** False when the sheet has no recognisable 双公示 header: nothing was imported. */
  readonly usable: boolean;
  readonly columnSet?: ColumnSet;
  /** 1-based row number of the header. */
  readonly headerRow?: number;
  /**
   * The columns the header holds: a re-import changes only what these columns say (a field
   * whose column is absent keeps its published value).
   */
  readonly columnKeys?: readonly ColumnKey[];
  readonly records: DecisionRecord[];
  /** One report per non-empty data row, in sheet order. */
  readonly rows: RowReport[];
  /** About the sheet as a whole (unknown columns, no header). */
  readonly problems: Problem[];
  readonly counts: { readonly imported: number; readonly rejected: number };
}

export interface ImportOptions {
  /** Force the column set instead of recognising it from the header. */
  readonly columnSet?: ColumnSet;
  /** Used when a row has no 处罚机关/许可机关. */
  readonly defaultAgency?: AgencyRef;
  /** Set as every record's publication date (the day the feed goes live). */
  readonly publicationDate?: IsoDate;
  /** Age below which a natural person is not published (18). */
  readonly minorAge?: number;
}

/**
 * `text` with every occurrence of `number` replaced by ID_REMOVED; x and X count as the same
 * (the check character). Plain search, no RegExp: an ID cell may hold any characters.
 */
function removeAll(text: string, number: string): string {
  const haystack = text.replace(/x/g, 'X');
  const needle = number.replace(/x/g, 'X');
  let result = '';
  let from = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, from)) {
    result += text.slice(from, at) + ID_REMOVED;
    from = at + needle.length;
  }
  return from === 0 ? text : result + text.slice(from);
}

/** What replaces a copy of the row's ID number found in a public cell. */
export const ID_REMOVED = '（证件号码已隐去）';

const CATEGORY: Record<ColumnSet, DecisionCategory> = {
  penalty: DecisionCategory.penalty,
  licence: DecisionCategory.licence,
};

/** Required cells importRows checks with messages of their own (row.party-name-missing…). */
const OWN_CHECKS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'partyName',
  'partyKind',
  'decisionDate',
  'agencyName',
]);

/** The header is the row among the first few that matches the most columns (titles above it are common). */
function findHeader(rows: readonly (readonly string[])[], columnSet?: ColumnSet) {
  let best: { index: number; match: HeaderMatch; score: number } | undefined;
  for (let index = 0; index < Math.min(rows.length, 6); index++) {
    const match = matchHeaders(rows[index]!, columnSet);
    const score = match.keys.filter((key) => key !== undefined).length;
    if (!best || score > best.score) best = { index, match, score };
  }
  return best;
}

/** FNV-1a: a short stable id from the fields that identify a decision. */
function stableId(parts: readonly string[]): string {
  const text = parts.join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** A RowProblem, the column left out when there is none. Shared with the list imports. */
export function rowProblem(
  code: string,
  severity: 'error' | 'warning',
  message: string,
  messageEn: string,
  column?: string,
): RowProblem {
  return { code, severity, ...(column ? { column } : {}), message, messageEn };
}

/** A copy without the undefined entries, or undefined when nothing is left. */
function compact<T extends object>(value: T): T | undefined {
  const result: Record<string, unknown> = {};
  let empty = true;
  for (const key in value) {
    const entry = value[key];
    if (entry !== undefined) {
      result[key] = entry;
      empty = false;
    }
  }
  return empty ? undefined : (result as T);
}

/**
 * Turns 双公示 rows (header first; a title row above it is fine) into decision records.
 * Works on already-split cells so CSV, XLSX and pasted tables share it.
 *
 * A row that leaves out a cell the 2018 双公示 data standard requires (required-cells.ts:
 * 行政处罚决定书文号, 违法事实, 处罚依据…; 行政许可决定文书号, and 许可编号 with a 许可证书名称…)
 * is rejected with the column named, as 信用中国 would reject it.
 *
 * 证件号码 and 法定代表人证件号码 are read only to work out whether a natural person was a
 * minor on the decision date; the numbers never reach a record. A minor's row is rejected:
 * such decisions are not published at all.
 */
export function importRows(
  rows: readonly (readonly string[])[],
  options: ImportOptions = {},
): ImportResult {
  const header = findHeader(rows, options.columnSet);
  if (!header || header.score < 3) {
    return {
      usable: false,
      records: [],
      rows: [],
      problems: [
        {
          path: '$',
          code: 'import.no-header',
          message:
            '没有找到双公示表头（如「行政相对人名称」「处罚决定日期」）。请确认文件是行政处罚或行政许可双公示表格，表头在前几行。',
          messageEn:
            'no 双公示 header found (e.g. 行政相对人名称, 处罚决定日期). Is this a penalty or licence sheet with its header in the first rows?',
        },
      ],
      counts: { imported: 0, rejected: 0 },
    };
  }
  const { match } = header;
  const headerCells = rows[header.index]!;
  const columnOf = new Map<ColumnKey, number>();
  match.keys.forEach((key, index) => {
    if (key) columnOf.set(key, index);
  });
  const titleOf = (key: ColumnKey) => {
    const index = columnOf.get(key);
    return index === undefined ? undefined : headerCells[index]?.trim();
  };
  const headerOf = (key: ColumnKey) =>
    COLUMN_SETS[match.columnSet].find((column) => column.key === key)!.header;
  const defaultAgency = options.defaultAgency;
  const problems: Problem[] = match.unknown.map((title) => ({
    path: `header.${title}`,
    code: 'import.unknown-column',
    message: `不认识的列「${title}」，已忽略。`,
    messageEn: `unknown column "${title}" ignored.`,
  }));
  // Columns every row needs, unless something stands in for them: the default agency for
  // 处罚机关/许可机关 and its code, the credit code for 行政相对人类别 (inferred, with a warning).
  const standsIn = (key: ColumnKey) =>
    key === 'partyKind' ||
    (key === 'agencyName' && defaultAgency !== undefined) ||
    (key === 'agencyCode' && defaultAgency?.code !== undefined);
  for (const { key, when } of REQUIRED_CELLS[match.columnSet]) {
    if (when || columnOf.has(key) || standsIn(key)) continue;
    const header = headerOf(key);
    problems.push({
      path: `header.${header}`,
      code: 'import.missing-column',
      message: `缺少「${header}」列，所有行都无法导入。`,
      messageEn: `the "${header}" column is missing: no row can be imported.`,
    });
  }
  const sheet: SheetColumns = {
    columnSet: match.columnSet,
    units: match.units,
    columnOf,
    titleOf,
    headerOf,
    category: CATEGORY[match.columnSet],
    minorAge: options.minorAge ?? 18,
    ...(defaultAgency ? { defaultAgency } : {}),
    ...(options.publicationDate ? { publicationDate: options.publicationDate } : {}),
  };
  const records: DecisionRecord[] = [];
  const reports: RowReport[] = [];
  const usedIds = new Map<string, number>();
  for (let index = header.index + 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (cells.every(isEmptyCell)) continue;
    const { report, record } = importRow(cells, index + 1, sheet, usedIds);
    if (record) records.push(record);
    reports.push(report);
  }
  const rejected = reports.filter((report) => report.status === RowStatus.rejected).length;
  return {
    usable: true,
    columnSet: match.columnSet,
    headerRow: header.index + 1,
    columnKeys: [...columnOf.keys()],
    records,
    rows: reports,
    problems,
    counts: { imported: records.length, rejected },
  };
}

/** The columns holding the row's ID numbers, which never reach a record. */
const ID_NUMBER_COLUMNS = ['partyIdNumber', 'legalRepresentativeIdNumber'] as const;

/** What importRow needs to know about the sheet: its columns and the import's options. */
interface SheetColumns {
  readonly columnSet: ColumnSet;
  readonly units: HeaderMatch['units'];
  readonly columnOf: ReadonlyMap<ColumnKey, number>;
  /** The column's title as the sheet writes it, when the sheet has the column. */
  readonly titleOf: (key: ColumnKey) => string | undefined;
  /** The column's standard title. */
  readonly headerOf: (key: ColumnKey) => string;
  readonly category: DecisionCategory;
  readonly minorAge: number;
  readonly defaultAgency?: AgencyRef;
  readonly publicationDate?: IsoDate;
}

/**
 * One non-empty data row (`row`: its number as the spreadsheet shows it): its report, and
 * its record unless it was rejected. `usedIds` counts the ids given so far, so that two
 * rows of the same decision get ids of their own.
 *
 * A function of its own, not the body of importRows' loop: V8 then optimises this as a
 * function, where it compiled the whole loop with this inside three or four times (on stack
 * replacement too), about twice the compiler time in the bench's first build.
 */
function importRow(
  cells: readonly string[],
  row: number,
  sheet: SheetColumns,
  usedIds: Map<string, number>,
): { report: RowReport; record?: DecisionRecord } {
  const { columnOf, titleOf, headerOf, category, minorAge, defaultAgency } = sheet;
  const rowProblems: RowProblem[] = [];
  // The row's own ID numbers, so a copy typed into 违法事实 or 备注 is taken out too.
  const privateNumbers: string[] = [];
  for (const key of ID_NUMBER_COLUMNS) {
    const number = cells[columnOf.get(key) ?? -1]?.trim();
    if (number !== undefined && number.length >= 8) privateNumbers.push(number);
  }
  const scrubbed = new Set<ColumnKey>();
  // Each cell read once: the required-cell checks and the record ask for the same keys
  // again (a 10,000-row import read every cell three times over). By column (a sheet's
  // column has one key), '' for an empty cell: an array per row, not a Map.
  const read: string[] = new Array(cells.length);
  const get = (key: ColumnKey) => {
    const column = columnOf.get(key);
    if (column === undefined) return undefined;
    let text = read[column];
    if (text === undefined) {
      text = readCell(key, column) ?? '';
      read[column] = text;
    }
    return text === '' ? undefined : text;
  };
  const readCell = (key: ColumnKey, column: number) => {
    let text = cellText(cells[column]);
    if (text === undefined || privateNumbers.length === 0 || PRIVATE_COLUMNS.has(key)) return text;
    for (const number of privateNumbers) {
      const without = removeAll(text, number);
      if (without === text) continue;
      text = without;
      if (!scrubbed.has(key)) {
        scrubbed.add(key);
        rowProblems.push(
          rowProblem(
            'cell.id-number-removed',
            'warning',
            `「${titleOf(key)}」中含有本行的证件号码，已替换为“${ID_REMOVED}”。`,
            `"${titleOf(key)}" contained this row's ID number; replaced with "${ID_REMOVED}".`,
            titleOf(key),
          ),
        );
      }
    }
    return text;
  };
  const reject = (code: string, message: string, messageEn: string, column?: ColumnKey) =>
    rowProblems.push(rowProblem(code, 'error', message, messageEn, column && titleOf(column)));
  const warn = (code: string, message: string, messageEn: string, column?: ColumnKey) =>
    rowProblems.push(rowProblem(code, 'warning', message, messageEn, column && titleOf(column)));

  const name = get('partyName');
  if (!name)
    reject(
      'row.party-name-missing',
      '缺少行政相对人名称。',
      'the party name is missing.',
      'partyName',
    );

  const code1Raw = get('code1');
  const code1 = code1Raw ? normaliseUnifiedSocialCreditCode(code1Raw) : undefined;
  let kind = parsePartyKind(get('partyKind'));
  if (!kind) {
    const written = get('partyKind');
    if (written) {
      reject(
        'row.party-kind-invalid',
        `行政相对人类别「${written}」无法识别，应为：法人及非法人组织、自然人、个体工商户。`,
        `unknown party kind "${written}"; expected 法人及非法人组织, 自然人 or 个体工商户.`,
        'partyKind',
      );
    } else if (code1) {
      kind = isIndividualBusinessCode(code1)
        ? PartyKind.individualBusiness
        : PartyKind.organisation;
      warn(
        'cell.party-kind-inferred',
        `未填写行政相对人类别，已按统一社会信用代码推定为「${kind}」。`,
        `party kind missing; inferred "${kind}" from the credit code.`,
        'partyKind',
      );
    } else {
      reject(
        'row.party-kind-missing',
        '缺少行政相对人类别，且没有统一社会信用代码可供推定。',
        'the party kind is missing and there is no credit code to infer it from.',
        'partyKind',
      );
    }
  }

  const decision = parseCellDate(get('decisionDate'));
  const dateTitle = titleOf('decisionDate') ?? '决定日期';
  if (decision.invalid) {
    reject(
      'row.decision-date-invalid',
      `「${dateTitle}」不是有效日期，应写作 2025-03-01。`,
      `the decision date is not a valid date; write it as 2025-03-01.`,
      'decisionDate',
    );
  } else if (!decision.date) {
    reject(
      'row.decision-date-missing',
      `缺少「${dateTitle}」。`,
      'the decision date is missing.',
      'decisionDate',
    );
  }

  const agencyName = get('agencyName') ?? defaultAgency?.name;
  if (!agencyName) {
    reject(
      'row.agency-missing',
      `缺少${category === DecisionCategory.penalty ? '处罚机关' : '许可机关'}（或用 --agency 指定默认机关）。`,
      'the agency is missing (or give a default agency).',
      'agencyName',
    );
  }

  // The rest of the standard's 必填 cells, each named in its own error.
  const missingCells = missingRequiredCells(
    sheet.columnSet,
    {
      kind,
      value: (key) => get(key) ?? (key === 'agencyCode' ? defaultAgency?.code : undefined),
    },
    OWN_CHECKS,
  );
  for (const { key, when } of missingCells) {
    const title = titleOf(key) ?? headerOf(key);
    rowProblems.push(
      rowProblem(
        'row.required-missing',
        'error',
        when
          ? `${when.reason}，须填写「${title}」，此行未导入。`
          : `缺少「${title}」（双公示数据标准必填项），此行未导入。`,
        when
          ? `"${title}" is empty but required because ${when.reasonEn}; row not imported.`
          : `"${title}" is empty: the 双公示 data standard requires it; row not imported.`,
        title,
      ),
    );
  }

  // Age first, from the ID, before the number is dropped.
  let minorAtDecision: boolean | undefined;
  if (kind === PartyKind.naturalPerson && decision.date) {
    const idNumber = get('partyIdNumber');
    const birthDate = idNumber ? readResidentId(idNumber).birthDate : undefined;
    if (birthDate) {
      minorAtDecision = ageOn(birthDate, decision.date) < minorAge;
      if (minorAtDecision) {
        reject(
          'row.minor',
          `行政相对人在决定时未满 ${minorAge} 周岁：未成年人的${category}信息依法不予公开，此行未导入。`,
          `the party was under ${minorAge} on the decision date: decisions on minors are never published; row not imported.`,
          'partyIdNumber',
        );
      }
    } else {
      warn(
        'cell.age-unknown',
        '无法从证件号码推算年龄（缺失或非居民身份证号），公开前请人工确认相对人已成年。',
        'cannot work out the age from the ID column (missing or not a resident ID); confirm the party is an adult before publishing.',
        'partyIdNumber',
      );
    }
  }

  if (rowProblems.some((entry) => entry.severity === 'error')) {
    return { report: { row, status: RowStatus.rejected, problems: rowProblems } };
  }

  const optionalDate = (key: ColumnKey): IsoDate | undefined => {
    const parsed = parseCellDate(get(key));
    if (parsed.invalid) {
      warn(
        'cell.invalid-date',
        `「${titleOf(key)}」不是有效日期，已留空。`,
        `"${titleOf(key)}" is not a valid date; left empty.`,
        key,
      );
    }
    return parsed.date;
  };
  const amount = (key: 'fine' | 'confiscation') => {
    const text = get(key);
    if (!text) return undefined;
    const parsed = parseMoney(text, sheet.units[key] ?? MoneyUnit.wanYuan);
    if (parsed && 'error' in parsed) {
      warn(
        'cell.invalid-amount',
        `「${titleOf(key)}」的「${text}」不是有效金额，已留空。`,
        `"${text}" in "${titleOf(key)}" is not a valid amount; left empty.`,
        key,
      );
      return undefined;
    }
    return parsed?.money;
  };
  if (code1 && !checkUnifiedSocialCreditCode(code1).valid) {
    warn(
      'cell.credit-code-invalid',
      `统一社会信用代码 ${code1} 未通过 GB 32100 校验，已保留，请核对。`,
      `credit code ${code1} fails the GB 32100 check; kept, please verify.`,
      'code1',
    );
  }

  const identifiers = compact<PartyIdentifiers>({
    unifiedSocialCreditCode: code1,
    businessRegistrationNumber: get('code2'),
    organisationCode: get('code3'),
    taxRegistrationNumber: get('code4'),
    institutionCertificateNumber: get('code5'),
    socialOrganisationNumber: get('code6'),
  });
  const legalRepresentative = get('legalRepresentative');
  const party: Party = {
    name: name!,
    kind: kind!,
    ...(identifiers ? { identifiers } : {}),
    ...(legalRepresentative ? { legalRepresentative } : {}),
    ...(minorAtDecision !== undefined ? { minorAtDecision } : {}),
  };
  const amounts = compact<Amounts>({
    fine: amount('fine'),
    confiscation: amount('confiscation'),
  });
  const licence = compact<LicenceDetails>({
    certificateName: get('certificateName'),
    number: get('licenceNumber'),
    status: get('licenceStatus'),
  });
  const dataSourceName = get('dataSourceName');
  const agencyCode = get('agencyCode');
  const validTo = optionalDate('validTo');
  const documentNumber = get('documentNumber');
  let id = stableId([category, agencyName!, documentNumber ?? '', name!, decision.date!]);
  const seen = usedIds.get(id) ?? 0;
  usedIds.set(id, seen + 1);
  if (seen > 0) id = `${id}-${seen + 1}`;
  const record = compact<DecisionRecord>({
    id,
    category,
    documentNumber,
    documentTitle: get('documentTitle'),
    party,
    agency: compact<AgencyRef>({
      name: agencyName!,
      code: agencyCode ? normaliseUnifiedSocialCreditCode(agencyCode) : defaultAgency?.code,
    })!,
    dataSource: dataSourceName
      ? compact<AgencyRef>({ name: dataSourceName, code: get('dataSourceCode') })
      : undefined,
    decisionKind: get('decisionKind'),
    violationType: get('violationType'),
    facts: get('facts'),
    basis: get('basis'),
    content: get('content'),
    amounts,
    licence,
    suspendedLicence: get('suspendedLicence'),
    decisionDate: decision.date!,
    publicationDate: sheet.publicationDate,
    validFrom: optionalDate('validFrom'),
    validTo,
    publicityEndDate: optionalDate('publicityEndDate'),
    remarks: get('remarks'),
  })!;
  const correctionReason = get('correctionReason');
  const withdrawalReason = get('withdrawalReason');
  const report: RowReport = {
    row,
    status: RowStatus.imported,
    recordId: record.id,
    problems: rowProblems,
    ...(correctionReason ? { correctionReason } : {}),
    ...(withdrawalReason ? { withdrawalReason } : {}),
  };
  return { report, record };
}
