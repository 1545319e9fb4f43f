import type { IsoDate } from '../calendar/iso-date';
import type { AgencyProfile } from '../records/agency-profile';
import { credentialExpired } from '../records/officer-credential';
import { type Issue, Severity } from './issue';

/**
 * Officers on the published list whose credential (执法证) has expired: they may not enforce
 * (the seed: 必须佩戴合法有效的执法证件), and the credential lookup tells citizens so. The list
 * should be updated: a renewed credential's date, or the officer withdrawn (撤回原因).
 */
export function expiredCredentialIssues(profile: AgencyProfile, today: IsoDate): Issue[] {
  return profile.officers.flatMap((officer, index) =>
    credentialExpired(officer, today)
      ? [
          {
            code: 'officer.credential-expired',
            severity: Severity.warning,
            field: `officers[${index}].certificateValidTo`,
            message: `${profile.name}的执法人员 ${officer.name}（执法证号 ${officer.certificateNumber}）的证件已于 ${officer.certificateValidTo} 到期，仍在公示的执法人员清单中：请更新证件有效期，或在清单中填写「撤回原因」撤下。`,
            messageEn: `${profile.name}: officer ${officer.name} (credential ${officer.certificateNumber}) has a credential that expired on ${officer.certificateValidTo} and is still on the published list. Update the validity, or withdraw the officer (撤回原因).`,
            expected: `≥ ${today}`,
            received: officer.certificateValidTo!,
          },
        ]
      : [],
  );
}
