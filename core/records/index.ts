export {
  AGENCY_LIST_KINDS,
  AGENCY_LIST_TITLES,
  AgencyListKind,
  type AgencyProfile,
  type Channel,
  type LegalBasis,
  type ListsUpdated,
  type MajorDecisionCatalogueItem,
  type Officer,
  type Power,
  PROFILE_CHANGE_KINDS,
  type ProfileChange,
  ProfileChangeKind,
  type RandomInspectionItem,
  type RecordHead,
  type Remedy,
} from './agency-profile';
export type { AnnualStatistics, Totals } from './annual-statistics';
export { parseChineseInteger, parseFineAmount } from './chinese-amount';
export type {
  AgencyRef,
  Amounts,
  Attachment,
  Correction,
  DecisionRecord,
  LicenceDetails,
  Party,
  PartyIdentifiers,
  Revocation,
  Withdrawal,
} from './decision-record';
export {
  DECISION_CATEGORIES,
  DecisionCategory,
  MoneyUnit,
  PARTY_KINDS,
  PartyKind,
  REGULATED_AREAS,
  REVOCATION_KINDS,
  RegulatedArea,
  RevocationKind,
} from './enumerations';
export { isCurrent, RecordState, recordState, withCorrection } from './lifecycle';
export { matchingCatalogueItems } from './major-decision-catalogue';
export {
  convertMoney,
  DECIMAL_PATTERN,
  formatFen,
  type Money,
  moneyToFen,
  parseMoney,
  sumFen,
} from './money';
export { credentialExpired } from './officer-credential';
export {
  type ProcedureFlow,
  type ProcedureStep,
  type ServiceGuide,
  type TimeLimit,
  TimeUnit,
} from './service-guide';
