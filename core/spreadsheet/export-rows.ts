import type { DecisionRecord } from '../records/decision-record';
import { DecisionCategory, MoneyUnit } from '../records/enumerations';
import { convertMoney, type Money } from '../records/money';
import { COLUMN_SETS, type ColumnKey, ColumnSet } from './columns';

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
      return record.validTo;
    case 'publicityEndDate':
      return record.publicityEndDate;
    case 'agencyName':
      return record.agency.name;
    case 'agencyCode':
      return record.agency.code;
    case 'licenceStatus':
      return record.licence?.status;
    case 'dataSourceName':
      return record.dataSource?.name;
    case 'dataSourceCode':
      return record.dataSource?.code;
    case 'remarks':
      return record.remarks;
  }
}

/**
 * Records back to 双公示 rows (canonical header first), amounts in 万元. Only the set's own
 * category is exported (行政处罚 for `penalty`, 行政许可 for `licence`); withdrawn records
 * are left out, as 信用中国 wants current data.
 */
export function exportRows(records: readonly DecisionRecord[], columnSet: ColumnSet): string[][] {
  const columns = COLUMN_SETS[columnSet];
  const category =
    columnSet === ColumnSet.penalty ? DecisionCategory.penalty : DecisionCategory.licence;
  const rows = records
    .filter((record) => record.category === category && !record.withdrawal)
    .map((record) => columns.map((column) => cell(record, column.key) ?? ''));
  return [columns.map((column) => column.header), ...rows];
}
