import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { completeRecord } from '../../test/support/complete-records';
import { recordArb } from '../../test/support/record-arbitraries';
import { formatFen, moneyToFen } from '../records/money';
import { aggregateAnnualStatistics } from './annual-statistics';

describe('aggregateAnnualStatistics', () => {
  const records = [
    completeRecord('行政处罚', {
      id: 'a',
      decisionDate: '2025-01-15',
      amounts: { fine: { value: '0.1', unit: '万元' } },
    }),
    completeRecord('行政处罚', {
      id: 'b',
      decisionDate: '2025-01-20',
      amounts: { fine: { value: '0.2', unit: '万元' } },
      withdrawal: { date: '2025-02-01', reason: '撤销' },
    }),
    completeRecord('行政处罚', {
      id: 'c',
      decisionDate: '2025-12-31',
      agency: { name: '示例县交通运输局' },
      amounts: {
        fine: { value: '200.05', unit: '元' },
        confiscation: { value: '0.000001', unit: '万元' },
      },
      corrections: [{ date: '2026-01-05', fields: ['amounts.fine'], reason: '金额更正' }],
    }),
    completeRecord('行政许可', { id: 'd', decisionDate: '2025-06-01', amounts: undefined }),
    completeRecord('行政处罚', {
      id: 'e',
      decisionDate: '2024-12-31',
      amounts: { fine: { value: '9', unit: '万元' } },
    }),
  ];
  const stats = aggregateAnnualStatistics(records, { year: 2025, narrative: '本年度…' });

  it('sums amounts exactly: 0.1 + 0.2 万元 + 200.05 元 = 3200.05 元', () => {
    expect(stats.totals).toEqual({
      count: 4,
      withdrawn: 1,
      corrected: 1,
      amounts: { fine: '3200.05', confiscation: '0.01', levy: '0', fee: '0' },
    });
  });

  it.each([
    ['行政处罚', 3],
    ['行政许可', 1],
    ['行政检查', 0],
  ])('%s: %i decisions', (category, count) => {
    expect(stats.byCategory.find((entry) => entry.category === category)?.count).toBe(count);
  });

  it('lists agencies and all twelve months', () => {
    expect(stats.byAgency.map((entry) => [entry.agency, entry.count])).toEqual([
      ['示例县交通运输局', 1],
      ['示例县市场监督管理局', 3],
    ]);
    expect(stats.byMonth).toHaveLength(12);
    expect(stats.byMonth.map((entry) => entry.count)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(stats.narrative).toBe('本年度…');
  });

  test.prop([fc.array(recordArb, { maxLength: 30 })])(
    'category, agency and month totals add up to the total',
    (generated) => {
      const year = 2025;
      const result = aggregateAnnualStatistics(generated, { year });
      const sum = (entries: readonly { count: number; amounts: { fine: string } }[]) => ({
        count: entries.reduce((total, entry) => total + entry.count, 0),
        fine: formatFen(
          entries.reduce(
            (total, entry) => total + moneyToFen({ value: entry.amounts.fine, unit: '元' })!,
            0,
          ),
          '元',
        ),
      });
      const expected = { count: result.totals.count, fine: result.totals.amounts.fine };
      expect(sum(result.byCategory)).toEqual(expected);
      expect(sum(result.byAgency)).toEqual(expected);
      expect(sum(result.byMonth)).toEqual(expected);
    },
  );
});
