import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from './decision-record';
import { isCurrent, type RecordState, recordState, withCorrection } from './lifecycle';

const base: DecisionRecord = {
  id: 'r1',
  category: '行政处罚',
  documentNumber: '示市监处罚〔2025〕1号',
  party: { name: '示例县某某商贸有限公司', kind: '法人及非法人组织' },
  agency: { name: '示例县市场监督管理局' },
  content: '罚款人民币五千元',
  decisionDate: '2025-03-01',
  publicationDate: '2025-03-05',
  publicityEndDate: '2026-03-01',
};

describe('recordState', () => {
  it.each<[string, DecisionRecord, string, RecordState, boolean]>([
    ['before publication', base, '2025-03-04', 'unpublished', false],
    ['on publication day', base, '2025-03-05', 'published', true],
    ['last day of publicity', base, '2026-03-01', 'published', true],
    ['after publicity', base, '2026-03-02', 'expired', false],
    [
      'never published',
      { ...base, publicationDate: undefined },
      '2025-04-01',
      'unpublished',
      false,
    ],
    [
      'corrected',
      {
        ...base,
        corrections: [{ date: '2025-04-01', fields: ['content'], reason: '金额录入错误' }],
      },
      '2025-04-02',
      'corrected',
      true,
    ],
    [
      'correction later than the date asked about',
      {
        ...base,
        corrections: [{ date: '2025-04-01', fields: ['content'], reason: '金额录入错误' }],
      },
      '2025-03-20',
      'published',
      true,
    ],
    [
      'withdrawn',
      { ...base, withdrawal: { date: '2025-05-01', reason: '处罚决定被依法撤销' } },
      '2025-05-01',
      'withdrawn',
      false,
    ],
    [
      'withdrawn wins over expired',
      { ...base, withdrawal: { date: '2025-05-01', reason: '处罚决定被依法撤销' } },
      '2027-01-01',
      'withdrawn',
      false,
    ],
  ])('%s', (_name, record, date, state, current) => {
    expect(recordState(record, date)).toBe(state);
    expect(isCurrent(record, date)).toBe(current);
  });

  it('keeps corrections in date order', () => {
    const once = withCorrection(base, { date: '2025-06-01', fields: ['facts'], reason: 'b' });
    const twice = withCorrection(once, { date: '2025-04-01', fields: ['content'], reason: 'a' });
    expect(twice.corrections?.map((correction) => correction.reason)).toEqual(['a', 'b']);
  });
});
