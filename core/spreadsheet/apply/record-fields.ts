import type { DecisionRecord } from '../../records/decision-record';
import { type Money, moneyToFen } from '../../records/money';
import type { ColumnKey } from '../columns';

/**
 * Where each 双公示 column lands in a DecisionRecord (import-rows.ts builds it so). A
 * re-import compares these paths, and changes only those whose column the sheet has.
 */
export const COLUMN_PATHS: Readonly<Partial<Record<ColumnKey, string>>> = {
  partyName: 'party.name',
  partyKind: 'party.kind',
  code1: 'party.identifiers.unifiedSocialCreditCode',
  code2: 'party.identifiers.businessRegistrationNumber',
  code3: 'party.identifiers.organisationCode',
  code4: 'party.identifiers.taxRegistrationNumber',
  code5: 'party.identifiers.institutionCertificateNumber',
  code6: 'party.identifiers.socialOrganisationNumber',
  legalRepresentative: 'party.legalRepresentative',
  partyIdNumber: 'party.minorAtDecision',
  documentTitle: 'documentTitle',
  documentNumber: 'documentNumber',
  violationType: 'violationType',
  facts: 'facts',
  basis: 'basis',
  decisionKind: 'decisionKind',
  content: 'content',
  fine: 'amounts.fine',
  confiscation: 'amounts.confiscation',
  suspendedLicence: 'suspendedLicence',
  certificateName: 'licence.certificateName',
  licenceNumber: 'licence.number',
  licenceStatus: 'licence.status',
  decisionDate: 'decisionDate',
  validFrom: 'validFrom',
  validTo: 'validTo',
  publicityEndDate: 'publicityEndDate',
  agencyName: 'agency.name',
  agencyCode: 'agency.code',
  dataSourceName: 'dataSource.name',
  dataSourceCode: 'dataSource.code',
  remarks: 'remarks',
};

/**
 * The paths a correction is about. `party.minorAtDecision` is derived, not published: it
 * follows the sheet but is never listed as a corrected field.
 */
export const COMPARED_PATHS: readonly string[] = Object.values(COLUMN_PATHS).filter(
  (path) => path !== 'party.minorAtDecision',
);

/** The value at a dotted path, or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * `target` with `value` at `path` (undefined removes it, and a parent object left empty goes
 * too: optional fields are absent, never empty). Mutates `target`, a fresh copy.
 */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const parents: Record<string, unknown>[] = [];
  let current = target;
  for (const key of keys.slice(0, -1)) {
    parents.push(current);
    let next = current[key];
    if (typeof next !== 'object' || next === null) {
      if (value === undefined) return;
      next = {};
    } else {
      next = { ...(next as Record<string, unknown>) };
    }
    current[key] = next;
    current = next as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete current[last];
  else current[last] = value;
  for (let level = keys.length - 2; level >= 0; level--) {
    const parent = parents[level]!;
    const child = parent[keys[level]!] as Record<string, unknown>;
    if (Object.keys(child).length === 0) delete parent[keys[level]!];
  }
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'value' in value && 'unit' in value;
}

/** A value as compared: amounts in 分 (0.5 万元 equals 5000 元), the rest as text. */
export function comparable(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (isMoney(value)) return `${moneyToFen(value) ?? value.value}分`;
  return String(value);
}

/** A value as a correction's `previous` shows it: 2万元, 2025-03-01, 法人及非法人组织. */
export function displayed(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (isMoney(value)) return `${value.value}${value.unit}`;
  return String(value);
}

/** The compared paths where two records differ, in column order. */
export function changedPaths(before: DecisionRecord, after: DecisionRecord): string[] {
  return COMPARED_PATHS.filter(
    (path) => comparable(valueAt(before, path)) !== comparable(valueAt(after, path)),
  );
}
