import type { IsoDate } from '../calendar/iso-date';
import type { DecisionRecord } from '../records/decision-record';
import type { Issue } from '../rules/issue';
import type { ChecklistItemId } from './checklist';
import { approvalChecklistIssues } from './checklist-approval';
import { type CaseFacts, type MajorReason, majorDecisionReasons } from './major-decision';
import type { MajorDecisionPolicy } from './major-decision-policy';
import { OPINION_MEANING, REVIEW_OPINIONS, ReviewOpinion } from './review-opinion';

/** The written result of a legal review (法制审核意见), filed with the case. */
export interface LegalReview {
  readonly opinion: ReviewOpinion;
  readonly reviewer: string;
  readonly date: IsoDate;
  /** The checklist as the reviewer ticked it. */
  readonly checklist?: Readonly<Partial<Record<ChecklistItemId, boolean>>>;
  /** Per unticked point, why it was not ticked: 同意 needs a tick or a reason for each. */
  readonly uncheckedReasons?: Readonly<Partial<Record<ChecklistItemId, string>>>;
  readonly comments?: string;
}

export interface ReviewGateResult {
  readonly major: boolean;
  readonly reasons: readonly MajorReason[];
  /** Whether the record may be published as far as legal review is concerned. */
  readonly allowed: boolean;
  readonly issues: readonly Issue[];
}

function issue(
  code: string,
  severity: Issue['severity'],
  field: string,
  message: string,
  messageEn: string,
  extra: Pick<Issue, 'expected' | 'received'> = {},
): Issue {
  return { code, severity, field, message, messageEn, ...extra };
}

/**
 * The legal-review step of the publish gate: a major decision goes out only with a complete
 * review whose opinion is 同意, every checklist point ticked or its omission explained in
 * writing; any other opinion stops it and says what the opinion asks. Review details that
 * matter but do not block (a later date) are warnings.
 */
export function legalReviewGate(input: {
  readonly record: DecisionRecord;
  readonly policy: MajorDecisionPolicy;
  readonly facts?: CaseFacts;
  readonly review?: LegalReview;
  /** The organisation's reviewers (审核人员名册); when given, the reviewer must be one of them. */
  readonly roster?: readonly string[];
}): ReviewGateResult {
  const reasons = majorDecisionReasons(input.record, input.policy, input.facts);
  if (reasons.length === 0) return { major: false, reasons, allowed: true, issues: [] };

  const { review } = input;
  if (!review) {
    return {
      major: true,
      reasons,
      allowed: false,
      issues: [
        issue(
          'review.missing',
          'error',
          'legalReview',
          '重大执法决定须经法制审核后方可公开：请录入审核意见、审核人和审核日期。',
          'A major decision needs a legal review before publication: record the opinion, reviewer and date.',
        ),
      ],
    };
  }

  const issues: Issue[] = [];
  if (!REVIEW_OPINIONS.includes(review.opinion)) {
    issues.push(
      issue(
        'review.incomplete',
        'error',
        'legalReview.opinion',
        '请选择审核意见。',
        'Choose the opinion.',
        {
          expected: REVIEW_OPINIONS.join(' / '),
          received: String(review.opinion ?? ''),
        },
      ),
    );
  }
  if (!review.reviewer?.trim()) {
    issues.push(
      issue(
        'review.incomplete',
        'error',
        'legalReview.reviewer',
        '请填写审核人。',
        'Enter the reviewer.',
      ),
    );
  } else if (input.roster?.length && !input.roster.includes(review.reviewer.trim())) {
    issues.push(
      issue(
        'review.reviewer-not-in-roster',
        'error',
        'legalReview.reviewer',
        `审核人“${review.reviewer.trim()}”不在本单位审核人员名册中，请从名册中选择审核人。`,
        'The reviewer is not on the configured roster; choose one from it.',
        { expected: input.roster.join(' / '), received: review.reviewer.trim() },
      ),
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(review.date ?? '')) {
    issues.push(
      issue(
        'review.incomplete',
        'error',
        'legalReview.date',
        '请填写审核日期（YYYY-MM-DD）。',
        'Enter the review date (YYYY-MM-DD).',
        {
          received: String(review.date ?? ''),
        },
      ),
    );
  } else if (review.date > input.record.decisionDate) {
    issues.push(
      issue(
        'review.after-decision',
        'warning',
        'legalReview.date',
        '审核日期晚于决定日期：法制审核应在作出决定之前完成，请核实。',
        'The review is dated after the decision; review must come before the decision is made.',
        { expected: `≤ ${input.record.decisionDate}`, received: review.date },
      ),
    );
  }
  if (review.opinion !== ReviewOpinion.approve && REVIEW_OPINIONS.includes(review.opinion)) {
    const meaning = OPINION_MEANING[review.opinion];
    issues.push(
      issue(
        'review.not-approved',
        'error',
        'legalReview.opinion',
        `法制审核意见为“${review.opinion}”，不得公开：${meaning.zh}`,
        `The review opinion is ${review.opinion}; do not publish: ${meaning.en}`,
        { expected: ReviewOpinion.approve, received: review.opinion },
      ),
    );
  }
  if (review.opinion === ReviewOpinion.approve) issues.push(...approvalChecklistIssues(review));
  const allowed = !issues.some((found) => found.severity === 'error');
  return { major: true, reasons, allowed, issues };
}
