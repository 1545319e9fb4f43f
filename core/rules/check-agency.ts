import type { IsoDate } from '../calendar/iso-date';
import type { AgencyProfile } from '../records/agency-profile';
import { agencyStalenessIssues, DEFAULT_AGENCY_INFO_MAX_AGE_MONTHS } from './agency-staleness';
import { type Issue, SEVERITY_ORDER, Severity } from './issue';
import { expiredCredentialIssues } from './officer-credentials';
import type { PolicyProfile } from './policy-profile';
import type { ScanText } from './rule';

export interface AgencyCheckOptions {
  readonly today: IsoDate;
  /** Its `agencyInfoMaxAgeMonths` sets how old 事前公开 information may get (default 12). */
  readonly profile?: PolicyProfile;
  /** The privacy engine's scanner; without it personal data is not looked for. */
  readonly scanText?: ScanText;
}

/**
 * Values that are public by design and whose digits would read as personal data without
 * context: officers' names and credential numbers, the agency's own numbers and links,
 * dates, codes. Everything else an agency writes (duties, guides, procedures) is scanned.
 */
const PUBLIC_BY_DESIGN =
  /^(?:code|website|updated|listsUpdated\..*|officers\[\d+\]\.(?:name|certificateNumber|certificateValidTo)|supervision\[\d+\]\.value|serviceGuides\[\d+\]\.(?:consultationPhone|complaintPhone)|changes\[\d+\]\.date|legalBasis\[\d+\]\.url)$/;

/** Every text of a profile with its path (`serviceGuides[0].conditions[1]`). */
function texts(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) texts(item, `${path}[${index}]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value))
      texts(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

function personalDataIssues(profile: AgencyProfile, scanText: ScanText): Issue[] {
  const issues: Issue[] = [];
  for (const [field, text] of texts(profile, '', [])) {
    if (PUBLIC_BY_DESIGN.test(field)) continue;
    const findings = scanText(text).filter((finding) => finding.kind !== 'minor');
    if (findings.length === 0) continue;
    const kinds = [...new Set(findings.map((finding) => finding.kind))];
    issues.push({
      code: 'personal-data.found',
      severity: Severity.error,
      field,
      message: `${profile.name}的「${field}」中含有不应公开的个人信息（${kinds.join('、')}），请在表格中删除后重新导入。`,
      messageEn: `${profile.name}: ${field} contains personal data that must not be published (${kinds.join(', ')}); remove it from the sheet and import again.`,
      received: findings
        .map((finding) => `${finding.kind}@${finding.start}-${finding.end}`)
        .join(', '),
    });
  }
  return issues;
}

/**
 * The rules for one agency's 事前公开 profile: personal data in what it publishes (error),
 * information not updated for 12 months (agency.stale) and officers listed with an expired
 * credential (officer.credential-expired). Errors first.
 */
export function checkAgency(profile: AgencyProfile, options: AgencyCheckOptions): Issue[] {
  const maxAgeMonths =
    options.profile?.agencyInfoMaxAgeMonths ?? DEFAULT_AGENCY_INFO_MAX_AGE_MONTHS;
  const issues = [
    ...(options.scanText ? personalDataIssues(profile, options.scanText) : []),
    ...agencyStalenessIssues(profile, { today: options.today, maxAgeMonths }),
    ...expiredCredentialIssues(profile, options.today),
  ];
  return issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export interface AgencyReport {
  readonly index: number;
  readonly name: string;
  readonly issues: readonly Issue[];
}

/** Checks every agency profile of a feed; agencies without issues are listed with an empty list. */
export function checkAgencies(
  agencies: readonly AgencyProfile[],
  options: AgencyCheckOptions,
): { agencies: AgencyReport[]; counts: Record<Severity, number> } {
  const counts = { error: 0, warning: 0, info: 0 };
  const reports = agencies.map((profile, index) => {
    const issues = checkAgency(profile, options);
    for (const issue of issues) counts[issue.severity] += 1;
    return { index, name: profile.name, issues };
  });
  return { agencies: reports, counts };
}
