import { redactText } from '../privacy/index';
import type { DecisionRecord } from '../records/decision-record';
import { DecisionCategory, MoneyUnit } from '../records/enumerations';
import { convertMoney, type Money } from '../records/money';
import { COLUMN_SETS, type ColumnKey, ColumnSet } from './columns';

/** How the export writes "no end date" (有效期至, 处罚有效期): what the import reads as one. */
export const OPEN_ENDED = '长期';

/**
 * Columns a clerk writes prose into: a party's phone, ID or address typed there by mistake
 * is replaced on the way out (the import only takes out the row's own ID numbers).
 */
const FREE_TEXT_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'documentTitle',
  'violationType',
  'facts',
  'basis',
  'content',
  'suspendedLicence',
  'remarks',
]);

export interface ExportOptions {
  /** Numbers that are public and stay (the agencies' hotlines), as the widgets allow them. */
  readonly allow?: readonly string[];
}

function wanYuan(money: Money | undefined): string | undefined {
  return money ? convertMoney(money, MoneyUnit.wanYuan)?.value : undefined;
}

/** The cell for one column of one record. ID numbers are never stored, so they stay empty. */
function cell(record: DecisionRecord, key: ColumnKey): string | undefined {
  const ids = record.party.identifiers;
  switch (key) {
    case 'partyName':
      return record.party.name;
    case 'partyKind':
      return record.party.kind;
    case 'code1':
      return ids?.unifiedSocialCreditCode;
    case 'code2':
      return ids?.businessRegistrationNumber;
    case 'code3':
      return ids?.organisationCode;
    case 'code4':
      return ids?.taxRegistrationNumber;
    case 'code5':
      return ids?.institutionCertificateNumber;
    case 'code6':
      return ids?.socialOrganisationNumber;
    case 'legalRepresentative':
      return record.party.legalRepresentative;
    case 'legalRepresentativeIdType':
    case 'legalRepresentativeIdNumber':
    case 'partyIdType':
    case 'partyIdNumber':
      return undefined;
    case 'documentTitle':
      return record.documentTitle;
    case 'documentNumber':
      return record.documentNumber;
    case 'violationType':
      return record.violationType;
    case 'facts':
      return record.facts;
    case 'basis':
      return record.basis;
    case 'decisionKind':
      return record.decisionKind;
    case 'content':
      return record.content;
    case 'fine':
      return wanYuan(record.amounts?.fine);
    case 'confiscation':
      return wanYuan(record.amounts?.confiscation);
    case 'suspendedLicence':
      return record.suspendedLicence;
    case 'certificateName':
      return record.licence?.certificateName;
    case 'licenceNumber':
      return record.licence?.number;
    case 'decisionDate':
      return record.decisionDate;
    case 'validFrom':
      return record.validFrom;
    case 'validTo':
      // Required by the standard: a record without an end date has none (长期).
      return record.validTo ?? OPEN_ENDED;
    case 'publicityEndDate':
      return record.publicityEndDate;
    case 'agencyName':
      return record.agency.name;
    case 'agencyCode':
      return record.agency.code;
    case 'licenceStatus':
      return record.licence?.status;
    // No dataSource means the deciding agency supplied the data itself (decision-record.ts).
    case 'dataSourceName':
      return (record.dataSource ?? record.agency).name;
    case 'dataSourceCode':
      return (record.dataSource ?? record.agency).code;
    case 'remarks':
      return record.remarks;
  }
}

/**
 * Records back to 双公示 rows (canonical header first), amounts in 万元. Only the set's own
 * category is exported (行政处罚 for `penalty`, 行政许可 for `licence`); withdrawn records
 * are left out, as 信用中国 wants current data. Free-text cells pass through the privacy
 * engine's public style, so a party's mobile in 违法事实 leaves as 【已脱敏】, as on the portal.
 *
 * @example exportRows(feed.records, 'penalty', { allow: ['0830-1234567'] })
 */
export function exportRows(
  records: readonly DecisionRecord[],
  columnSet: ColumnSet,
  options: ExportOptions = {},
): string[][] {
  const columns = COLUMN_SETS[columnSet];
  const category =
    columnSet === ColumnSet.penalty ? DecisionCategory.penalty : DecisionCategory.licence;
  const redactOptions = { style: 'public' as const, allow: options.allow ?? [] };
  // Facts and bases repeat across thousands of rows: each distinct text is scanned once.
  const redacted = new Map<string, string>();
  const publicText = (text: string) => {
    let safe = redacted.get(text);
    if (safe === undefined) {
      safe = redactText(text, redactOptions);
      redacted.set(text, safe);
    }
    return safe;
  };
  const rows = records
    .filter((record) => record.category === category && !record.withdrawal)
    .map((record) =>
      columns.map((column) => {
        const text = cell(record, column.key) ?? '';
        return text && FREE_TEXT_COLUMNS.has(column.key) ? publicText(text) : text;
      }),
    );
  return [columns.map((column) => column.header), ...rows];
}
