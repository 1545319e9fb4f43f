import { addMonths, type IsoDate } from '../calendar/iso-date';
import {
  AGENCY_LIST_KINDS,
  AGENCY_LIST_TITLES,
  type AgencyListKind,
  type AgencyProfile,
} from '../records/agency-profile';
import { type Issue, Severity } from './issue';

/**
 * How long 事前公开 information may go without an update before `check` warns. The seed asks
 * for 及时进行动态调整 without a number; twelve months is this project's default (issue 13),
 * a profile may set its own (`agencyInfoMaxAgeMonths`).
 */
export const DEFAULT_AGENCY_INFO_MAX_AGE_MONTHS = 12;

function listHasContent(profile: AgencyProfile, kind: AgencyListKind): boolean {
  if (kind === 'profile') return true;
  return (profile[kind]?.length ?? 0) > 0;
}

/**
 * Warnings for an agency whose 事前公开 information has not been updated for `maxAgeMonths`:
 * one per stale list when the profile records each list's date (listsUpdated), otherwise one
 * for the profile's `updated`; and one when no date says when it was last updated.
 */
export function agencyStalenessIssues(
  profile: AgencyProfile,
  {
    today,
    maxAgeMonths = DEFAULT_AGENCY_INFO_MAX_AGE_MONTHS,
  }: { today: IsoDate; maxAgeMonths?: number },
): Issue[] {
  const limit = addMonths(today, -maxAgeMonths);
  const stale = (field: string, title: string, date: IsoDate): Issue => ({
    code: 'agency.stale',
    severity: Severity.warning,
    field,
    message: `${profile.name}的「${title}」最近更新于 ${date}，已 ${maxAgeMonths} 个月以上未更新：请核对是否与现行法律、职责一致，并及时进行动态调整（更新后重新导入）。`,
    messageEn: `${profile.name}: "${title}" was last updated on ${date}, ${maxAgeMonths} months or more ago. Check it against current law and duties, and import the updated list.`,
    expected: `> ${limit}`,
    received: date,
  });
  const issues: Issue[] = [];
  if (!profile.listsUpdated) {
    if (!profile.updated) return [unknownDate(profile)];
    return profile.updated <= limit ? [stale('updated', '事前公开信息', profile.updated)] : [];
  }
  let undated = false;
  for (const kind of AGENCY_LIST_KINDS) {
    if (!listHasContent(profile, kind)) continue;
    const date = profile.listsUpdated[kind] ?? profile.updated;
    if (!date) undated = true;
    else if (date <= limit)
      issues.push(stale(`listsUpdated.${kind}`, AGENCY_LIST_TITLES[kind], date));
  }
  if (undated) issues.push(unknownDate(profile));
  return issues;
}

function unknownDate(profile: AgencyProfile): Issue {
  return {
    code: 'agency.updated-unknown',
    severity: Severity.warning,
    field: 'updated',
    message: `${profile.name}的事前公开信息没有更新日期，无法判断是否及时调整：请通过 gongshi import 导入（记录导入日期）或在表格中填写「更新日期」。`,
    messageEn: `${profile.name}: the 事前公开 information has no updated date, so its currency cannot be judged. Import it with gongshi import (which records the date) or fill in 更新日期.`,
  };
}
