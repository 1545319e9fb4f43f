import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../records/decision-record';
import { REVIEW_CHECKLIST } from './checklist';
import { type CaseFacts, majorDecisionReasons } from './major-decision';
import { LUZHOU_2018_MAJOR, NATIONAL_2018_MAJOR } from './major-decision-policy';
import { type LegalReview, legalReviewGate } from './review-gate';

function penalty(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: 'r1',
    category: '行政处罚',
    documentNumber: '示市监罚〔2026〕15号',
    party: { name: '示例县某某食品有限公司', kind: '法人及非法人组织' },
    agency: { name: '示例县市场监督管理局' },
    decisionKind: '罚款',
    content: '罚款人民币伍仟元整',
    decisionDate: '2026-11-20',
    amounts: { fine: { value: '0.5', unit: '万元' } },
    ...overrides,
  };
}

const person = { name: '张某', kind: '自然人' } as const;
const business = { name: '示例县某某便利店', kind: '个体工商户' } as const;

// [case, record, facts, luzhou-2018 reasons, national-2018 reasons]
const TRIGGERS: [string, DecisionRecord, CaseFacts, string[], string[]][] = [
  ['a ¥5,000 fine on a company', penalty(), {}, ['major.penalty'], []],
  [
    'a ¥100,000 fine on a company',
    penalty({ amounts: { fine: { value: '10', unit: '万元' } } }),
    {},
    ['major.fine-threshold', 'major.penalty'],
    ['major.fine-threshold'],
  ],
  [
    'a ¥99,999.99 fine on a company',
    penalty({ amounts: { fine: { value: '99999.99', unit: '元' } } }),
    {},
    ['major.penalty'],
    [],
  ],
  [
    'a ¥10,000 fine on a citizen',
    penalty({ party: person, amounts: { fine: { value: '10000', unit: '元' } } }),
    {},
    ['major.fine-threshold', 'major.penalty'],
    ['major.fine-threshold'],
  ],
  [
    'a ¥10,000 fine on an individual business',
    penalty({ party: business, amounts: { fine: { value: '1', unit: '万元' } } }),
    {},
    ['major.fine-threshold', 'major.penalty'],
    ['major.fine-threshold'],
  ],
  [
    'a ¥200 fine on a citizen (simplified procedure by amount)',
    penalty({ party: person, amounts: { fine: { value: '200', unit: '元' } } }),
    {},
    [],
    [],
  ],
  [
    'a ¥200 fine the clerk says was not simplified',
    penalty({ party: person, amounts: { fine: { value: '200', unit: '元' } } }),
    { simplifiedProcedure: false },
    ['major.penalty'],
    [],
  ],
  [
    'a licence revoked',
    penalty({ decisionKind: '吊销许可证', content: '吊销食品经营许可证', amounts: undefined }),
    {},
    ['major.licence-revocation', 'major.penalty'],
    ['major.licence-revocation'],
  ],
  [
    'business suspended',
    penalty({ content: '责令停产停业整顿三个月', amounts: undefined }),
    {},
    ['major.suspension', 'major.penalty'],
    ['major.suspension'],
  ],
  [
    'a hearing held',
    penalty(),
    { hearingHeld: true, simplifiedProcedure: false },
    ['major.hearing', 'major.penalty'],
    ['major.hearing'],
  ],
  [
    'a licence marked major by staff',
    penalty({ category: '行政许可', amounts: undefined, content: '准予许可' }),
    { markedMajor: true },
    ['major.marked'],
    ['major.marked'],
  ],
  [
    'an ordinary licence',
    penalty({ category: '行政许可', amounts: undefined, content: '准予许可' }),
    {},
    [],
    [],
  ],
];

describe('majorDecisionReasons', () => {
  it.each(TRIGGERS)('%s', (_name, record, facts, luzhou, national) => {
    expect(majorDecisionReasons(record, LUZHOU_2018_MAJOR, facts).map((r) => r.code)).toEqual(
      luzhou,
    );
    expect(majorDecisionReasons(record, NATIONAL_2018_MAJOR, facts).map((r) => r.code)).toEqual(
      national,
    );
  });
});

const allTicked = Object.fromEntries(REVIEW_CHECKLIST.map((item) => [item.id, true]));
const approved: LegalReview = {
  opinion: '同意',
  reviewer: '法制股 李某',
  date: '2026-11-18',
  checklist: allTicked,
};
const major = penalty({ amounts: { fine: { value: '20', unit: '万元' } } });

describe('legalReviewGate', () => {
  it('lets a decision that is not major through without a review', () => {
    const result = legalReviewGate({ record: penalty(), policy: NATIONAL_2018_MAJOR });
    expect(result).toEqual({ major: false, reasons: [], allowed: true, issues: [] });
  });

  it.each<[string, LegalReview | undefined, boolean, string[]]>([
    ['no review', undefined, false, ['review.missing']],
    ['an approval', approved, true, []],
    [
      'an approval with unticked points',
      { ...approved, checklist: {} },
      false,
      ['review.checklist-unexplained'],
    ],
    [
      'an approval with one point unticked and explained',
      {
        ...approved,
        checklist: { ...allTicked, referral: false },
        uncheckedReasons: { referral: '本案不涉及犯罪线索' },
      },
      true,
      ['review.checklist-explained'],
    ],
    [
      'an approval dated after the decision',
      { ...approved, date: '2026-11-21' },
      true,
      ['review.after-decision'],
    ],
    ['变更', { ...approved, opinion: '变更' }, false, ['review.not-approved']],
    ['纠正', { ...approved, opinion: '纠正' }, false, ['review.not-approved']],
    ['补充', { ...approved, opinion: '补充' }, false, ['review.not-approved']],
    ['移送', { ...approved, opinion: '移送' }, false, ['review.not-approved']],
    ['no reviewer', { ...approved, reviewer: ' ' }, false, ['review.incomplete']],
    ['no date', { ...approved, date: '' }, false, ['review.incomplete']],
  ])('a major decision with %s', (_name, review, allowed, codes) => {
    const result = legalReviewGate({ record: major, policy: NATIONAL_2018_MAJOR, review });
    expect(result.major).toBe(true);
    expect(result.allowed).toBe(allowed);
    expect(result.issues.map((found) => found.code)).toEqual(codes);
  });

  it.each<[string, string, string[]]>([
    ['on the roster', '法制股 李某', []],
    ['not on the roster', '张三', ['review.reviewer-not-in-roster']],
  ])('a reviewer %s', (_name, reviewer, codes) => {
    const result = legalReviewGate({
      record: major,
      policy: NATIONAL_2018_MAJOR,
      review: { ...approved, reviewer },
      roster: ['法制股 李某', '法制股 王某'],
    });
    expect(result.issues.map((found) => found.code)).toEqual(codes);
  });

  it('shows the opinion and what it asks when it stops publication', () => {
    const result = legalReviewGate({
      record: major,
      policy: NATIONAL_2018_MAJOR,
      review: { ...approved, opinion: '移送' },
    });
    expect(result.issues[0]?.message).toContain('法制审核意见为“移送”，不得公开');
    expect(result.issues[0]?.message).toContain('移送司法机关');
  });
});
