import type { Issue } from '../rules/issue';
import { CHECKLIST_ITEM_IDS, type ChecklistItemId, REVIEW_CHECKLIST } from './checklist';

/** The checklist part of a review: what was ticked, and why each unticked point was not. */
export interface ChecklistAnswers {
  readonly checklist?: Readonly<Partial<Record<ChecklistItemId, boolean>>>;
  /** Per unticked point, the reviewer's written reason (e.g. 本案不涉及裁量). */
  readonly uncheckedReasons?: Readonly<Partial<Record<ChecklistItemId, string>>>;
}

const LABEL = new Map<ChecklistItemId, string>(REVIEW_CHECKLIST.map((item) => [item.id, item.zh]));

/** The points neither ticked nor explained, in checklist order. */
export function unexplainedChecklistItems(answers: ChecklistAnswers): ChecklistItemId[] {
  return CHECKLIST_ITEM_IDS.filter(
    (id) => answers.checklist?.[id] !== true && !answers.uncheckedReasons?.[id]?.trim(),
  );
}

/** The points left unticked with a written reason, in checklist order. */
export function explainedChecklistItems(answers: ChecklistAnswers): ChecklistItemId[] {
  return CHECKLIST_ITEM_IDS.filter(
    (id) => answers.checklist?.[id] !== true && Boolean(answers.uncheckedReasons?.[id]?.trim()),
  );
}

/**
 * Whether a 同意 stands on its checklist: every point ticked, or a written reason for each one
 * that is not. An approval that skips a point silently is an error naming the points, so the
 * clerk knows which to tick or explain; explained points are listed for the record (info).
 *
 * @example
 *   approvalChecklistIssues({ checklist: { authority: true } })[0].code // 'review.checklist-unexplained'
 */
export function approvalChecklistIssues(answers: ChecklistAnswers): Issue[] {
  const issues: Issue[] = [];
  const unexplained = unexplainedChecklistItems(answers);
  if (unexplained.length > 0) {
    const names = unexplained.map((id) => LABEL.get(id)).join('；');
    issues.push({
      code: 'review.checklist-unexplained',
      severity: 'error',
      field: 'legalReview.checklist',
      message: `审核意见为“同意”，但有 ${unexplained.length} 项审核要点未勾选且未写明理由：${names}。请逐项勾选，或为每个未勾选项写明理由。`,
      messageEn: `同意 needs every checklist point ticked or a written reason; unexplained: ${unexplained.join(', ')}.`,
      expected: 'ticked or explained',
      received: unexplained.join(', '),
    });
  }
  const explained = explainedChecklistItems(answers);
  if (explained.length > 0) {
    issues.push({
      code: 'review.checklist-explained',
      severity: 'info',
      field: 'legalReview.checklist',
      message: `以下审核要点未勾选，已写明理由：${explained.map((id) => `${LABEL.get(id)}（${answers.uncheckedReasons?.[id]?.trim()}）`).join('；')}。`,
      messageEn: `Unticked with a written reason: ${explained.join(', ')}.`,
      received: explained.join(', '),
    });
  }
  return issues;
}
