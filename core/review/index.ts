export {
  agencyReviewPolicy,
  effectiveReviewCatalogue,
  reviewPolicyForRecord,
} from './agency-review-policy';
export { CHECKLIST_ITEM_IDS, type ChecklistItemId, REVIEW_CHECKLIST } from './checklist';
export {
  approvalChecklistIssues,
  type ChecklistAnswers,
  explainedChecklistItems,
  unexplainedChecklistItems,
} from './checklist-approval';
export {
  type CaseFacts,
  type MajorReason,
  MajorReasonCode,
  majorDecisionReasons,
} from './major-decision';
export {
  LUZHOU_2018_MAJOR,
  MAJOR_DECISION_POLICIES,
  type MajorDecisionPolicy,
  NATIONAL_2018_MAJOR,
} from './major-decision-policy';
export { type LegalReview, legalReviewGate, type ReviewGateResult } from './review-gate';
export { OPINION_MEANING, REVIEW_OPINIONS, ReviewOpinion } from './review-opinion';
export { type ReviewTimeliness, reviewTimeliness } from './review-time-limit';
