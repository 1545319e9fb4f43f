import { storage } from 'wxt/utils/storage';
import type { DecisionRecord } from '../../core/records/index';
import {
  type CaseFacts,
  type LegalReview,
  LUZHOU_2018_MAJOR,
  legalReviewGate,
  MAJOR_DECISION_POLICIES,
  type ReviewGateResult,
} from '../../core/review/index';

/** What the desk knows about one decision's legal review: the opinion and the case facts. */
export interface ReviewFile {
  readonly facts?: CaseFacts;
  readonly review?: LegalReview;
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

/** The legal-review verdict for a record under the active policy profile. */
export function reviewStatus(
  record: DecisionRecord,
  file: ReviewFile,
  profileId: string | undefined,
): ReviewGateResult {
  const policy = MAJOR_DECISION_POLICIES[profileId ?? ''] ?? LUZHOU_2018_MAJOR;
  return legalReviewGate({
    record,
    policy,
    ...(file.facts ? { facts: file.facts } : {}),
    ...(file.review ? { review: file.review } : {}),
  });
}
