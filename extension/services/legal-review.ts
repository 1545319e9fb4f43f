import { storage } from 'wxt/utils/storage';
import { chinaCalendar, type IsoDate } from '../../core/calendar/index';
import { parseFeed } from '../../core/feed/index';
import type { AgencyProfile, DecisionRecord } from '../../core/records/index';
import {
  type CaseFacts,
  type LegalReview,
  LUZHOU_2018_MAJOR,
  legalReviewGate,
  MAJOR_DECISION_POLICIES,
  type ReviewGateResult,
  type ReviewTimeliness,
  reviewPolicyForRecord,
  reviewTimeliness,
} from '../../core/review/index';

/** What the desk knows about one decision's legal review: the opinion and the case facts. */
export interface ReviewFile {
  readonly facts?: CaseFacts;
  readonly review?: LegalReview;
  /** The day the case went to the legal office (送审日期): the review time limit runs from it. */
  readonly submittedOn?: IsoDate;
}

/**
 * Reviews by decision, keyed `host|文号`. Reviewer names and opinions are the agency's own
 * records, not a citizen's personal data, so they may live in extension storage.
 */
export const legalReviewsItem = storage.defineItem<Record<string, ReviewFile>>(
  'local:legalReviews',
  { fallback: {}, version: 1 },
);

/**
 * The key of one decision. Without a 文号 the review cannot be tied to a decision, so the
 * draft's id (`draft`) is used per site: a clerk then records the review for "this page".
 */
export function reviewKey(
  host: string,
  record: Pick<DecisionRecord, 'documentNumber' | 'id'>,
): string {
  return `${host}|${record.documentNumber ?? record.id}`;
}

export async function reviewFile(host: string, record: DecisionRecord): Promise<ReviewFile> {
  return (await legalReviewsItem.getValue())[reviewKey(host, record)] ?? {};
}

export async function saveReviewFile(
  host: string,
  record: DecisionRecord,
  change: ReviewFile,
): Promise<ReviewFile> {
  const all = await legalReviewsItem.getValue();
  const key = reviewKey(host, record);
  const next: ReviewFile = { ...all[key], ...change };
  await legalReviewsItem.setValue({ ...all, [key]: next });
  return next;
}

/**
 * The agencies' profiles as their portal feed publishes them (`agencies` of a gongshi feed),
 * kept for their 重大执法决定法制审核目录清单. Empty until configured: decisions are then
 * judged by the policy profile alone.
 */
export const agencyProfilesItem = storage.defineItem<readonly AgencyProfile[]>(
  'local:agencyProfiles',
  { fallback: [], version: 1 },
);

/** What loading the portal's feed into the desk did: the agencies kept, or why none. */
export type AgencyImport =
  | { readonly ok: true; readonly agencies: number; readonly catalogues: number }
  | { readonly ok: false; readonly message: string };

/**
 * Keeps the agencies' profiles of a gongshi feed (the portal's `feeds/gongshi.json`, or its
 * index when sharded): their 重大执法决定法制审核目录清单 then decide which decisions are
 * major. A file that is no feed, or holds no agency, changes nothing and says why.
 */
export async function importAgencyProfiles(text: string): Promise<AgencyImport> {
  const { feed, problems } = parseFeed(text);
  if (!feed) {
    return {
      ok: false,
      message: `不是可用的 gongshi 数据文件：${problems[0]?.message ?? '无法读取'}`,
    };
  }
  const agencies = feed.agencies ?? [];
  if (agencies.length === 0)
    return { ok: false, message: '文件中没有执法主体的事前公开资料（agencies）。' };
  await agencyProfilesItem.setValue(agencies);
  return {
    ok: true,
    agencies: agencies.length,
    catalogues: agencies.filter((agency) => (agency.majorDecisionCatalogue?.length ?? 0) > 0)
      .length,
  };
}

function majorPolicy(profileId: string | undefined) {
  return MAJOR_DECISION_POLICIES[profileId ?? ''] ?? LUZHOU_2018_MAJOR;
}

/**
 * The legal-review verdict for a record under the active policy profile and, when the
 * deciding agency (by 执法主体名称) is among `agencies` with a published catalogue, that
 * catalogue too (core/review agencyReviewPolicy: it adds major decisions, never removes one).
 * With a reviewer roster, a reviewer who is not on it does not count.
 */
export function reviewStatus(
  record: DecisionRecord,
  file: ReviewFile,
  profileId: string | undefined,
  roster: readonly string[] = [],
  agencies: readonly AgencyProfile[] = [],
): ReviewGateResult {
  return legalReviewGate({
    record,
    policy: reviewPolicyForRecord(record, majorPolicy(profileId), agencies),
    ...(file.facts ? { facts: file.facts } : {}),
    ...(file.review ? { review: file.review } : {}),
    ...(roster.length > 0 ? { roster } : {}),
  });
}

/**
 * The review against the profile's time limit (审核时限), once the clerk recorded the day it
 * was submitted; undefined before that.
 */
export function reviewDeadlineStatus(
  file: ReviewFile,
  profileId: string | undefined,
  today: IsoDate,
): ReviewTimeliness | undefined {
  if (!file.submittedOn) return undefined;
  return reviewTimeliness({
    submittedOn: file.submittedOn,
    ...(file.review?.date ? { reviewedOn: file.review.date } : {}),
    today,
    workingDays: majorPolicy(profileId).reviewWorkingDays,
    calendar: chinaCalendar(),
  });
}
