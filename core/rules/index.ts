export { agencyStalenessIssues, DEFAULT_AGENCY_INFO_MAX_AGE_MONTHS } from './agency-staleness';
export { annualReportDeadline, checkAnnualReport } from './annual-report';
export {
  type AgencyCheckOptions,
  type AgencyReport,
  checkAgencies,
  checkAgency,
} from './check-agency';
export {
  type CheckOptions,
  checkFeed,
  checkRecord,
  type FeedReport,
  type RecordReport,
  RULES,
} from './check-record';
export { FIELD_LABELS, fieldLabel } from './field-labels';
export { type Issue, SEVERITY_ORDER, Severity } from './issue';
export { expiredCredentialIssues } from './officer-credentials';
export { publicTexts } from './personal-data';
export {
  BUILT_IN_PROFILES,
  DEFAULT_PROFILE,
  findProfile,
  LUZHOU_2018,
  NATIONAL_2018,
  type PolicyProfile,
  type PublicityRules,
  parsePolicyProfile,
} from './policy-profile';
export { type PublicationDeadline, publicationDeadline } from './publication-deadline';
export { builtInPublicity, DEFAULT_PROFILE_ID, PUBLICITY_2018 } from './publicity-rules';
export type { Rule, RuleContext, ScanText } from './rule';
