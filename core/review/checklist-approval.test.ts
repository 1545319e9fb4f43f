import { describe, expect, it } from 'vitest';
import { type ChecklistItemId, REVIEW_CHECKLIST } from './checklist';
import {
  approvalChecklistIssues,
  type ChecklistAnswers,
  unexplainedChecklistItems,
} from './checklist-approval';

const all = Object.fromEntries(REVIEW_CHECKLIST.map((item) => [item.id, true])) as Record<
  ChecklistItemId,
  boolean
>;
const allBut = (...ids: ChecklistItemId[]) => ({
  ...all,
  ...Object.fromEntries(ids.map((id) => [id, false])),
});

// [case, answers, unexplained points, issue codes]
const CASES: [string, ChecklistAnswers, ChecklistItemId[], string[]][] = [
  ['every point ticked', { checklist: all }, [], []],
  [
    'nothing ticked',
    {},
    [...REVIEW_CHECKLIST.map((item) => item.id)],
    ['review.checklist-unexplained'],
  ],
  [
    'one point unticked',
    { checklist: allBut('discretion') },
    ['discretion'],
    ['review.checklist-unexplained'],
  ],
  [
    'one point unticked, with a reason',
    { checklist: allBut('discretion'), uncheckedReasons: { discretion: '本案无裁量空间' } },
    [],
    ['review.checklist-explained'],
  ],
  [
    'a blank reason is no reason',
    { checklist: allBut('discretion'), uncheckedReasons: { discretion: '  ' } },
    ['discretion'],
    ['review.checklist-unexplained'],
  ],
  [
    'two unticked, one explained',
    {
      checklist: allBut('law', 'referral'),
      uncheckedReasons: { referral: '不涉嫌犯罪' },
    },
    ['law'],
    ['review.checklist-unexplained', 'review.checklist-explained'],
  ],
  [
    'a reason beside a ticked point changes nothing',
    { checklist: all, uncheckedReasons: { law: '多余说明' } },
    [],
    [],
  ],
];

describe('approvalChecklistIssues', () => {
  it.each(CASES)('%s', (_name, answers, unexplained, codes) => {
    expect(unexplainedChecklistItems(answers)).toEqual(unexplained);
    expect(approvalChecklistIssues(answers).map((issue) => issue.code)).toEqual(codes);
  });

  it('names each unexplained point in the refusal, in checklist order', () => {
    const [refusal] = approvalChecklistIssues({ checklist: allBut('referral', 'authority') });
    expect(refusal?.severity).toBe('error');
    expect(refusal?.message).toContain('有 2 项审核要点未勾选且未写明理由');
    expect(refusal?.message).toContain('执法主体是否合法；是否涉嫌犯罪需要移送司法机关');
    expect(refusal?.message).not.toContain('执法程序是否合法');
  });
});
