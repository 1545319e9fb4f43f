import { yearOf } from '../calendar/iso-date';
import type { AnnualStatistics, Totals } from '../records/annual-statistics';
import type { DecisionRecord } from '../records/decision-record';
import { DECISION_CATEGORIES, type DecisionCategory, MoneyUnit } from '../records/enumerations';
import { formatFen, moneyToFen } from '../records/money';

interface Accumulator {
  count: number;
  withdrawn: number;
  corrected: number;
  fine: number;
  confiscation: number;
  levy: number;
  fee: number;
}

const empty = (): Accumulator => ({
  count: 0,
  withdrawn: 0,
  corrected: 0,
  fine: 0,
  confiscation: 0,
  levy: 0,
  fee: 0,
});

function add(accumulator: Accumulator, record: DecisionRecord): void {
  accumulator.count += 1;
  if (record.withdrawal) accumulator.withdrawn += 1;
  if ((record.corrections?.length ?? 0) > 0) accumulator.corrected += 1;
  for (const key of ['fine', 'confiscation', 'levy', 'fee'] as const) {
    const money = record.amounts?.[key];
    const fen = money ? moneyToFen(money) : undefined;
    // Limit: sums past Number.MAX_SAFE_INTEGER 分 (about 90 万亿元) are not added.
    if (fen !== undefined && Number.isSafeInteger(accumulator[key] + fen)) accumulator[key] += fen;
  }
}

function totals(accumulator: Accumulator): Totals {
  const yuan = (fen: number) => formatFen(fen, MoneyUnit.yuan);
  return {
    count: accumulator.count,
    withdrawn: accumulator.withdrawn,
    corrected: accumulator.corrected,
    amounts: {
      fine: yuan(accumulator.fine),
      confiscation: yuan(accumulator.confiscation),
      levy: yuan(accumulator.levy),
      fee: yuan(accumulator.fee),
    },
  };
}

/**
 * The annual statistics (统计年报) for the decisions made in `year`: totals by category,
 * agency and month. Amounts are summed exactly in 分 and given in 元. Withdrawn decisions
 * are counted (they were made) and also counted as withdrawn.
 *
 * @example aggregateAnnualStatistics(feed.records, { year: 2025 }).totals.amounts.fine // '182500'
 */
export function aggregateAnnualStatistics(
  records: readonly DecisionRecord[],
  { year, agency, narrative }: { year: number; agency?: string; narrative?: string },
): AnnualStatistics {
  const all = empty();
  const byCategory = new Map<DecisionCategory, Accumulator>(
    DECISION_CATEGORIES.map((category) => [category, empty()]),
  );
  const byAgency = new Map<string, Accumulator>();
  const byMonth = Array.from({ length: 12 }, empty);
  for (const record of records) {
    if (yearOf(record.decisionDate) !== year) continue;
    if (agency && record.agency.name !== agency) continue;
    add(all, record);
    add(byCategory.get(record.category)!, record);
    const agencyTotals = byAgency.get(record.agency.name) ?? empty();
    add(agencyTotals, record);
    byAgency.set(record.agency.name, agencyTotals);
    add(byMonth[Number(record.decisionDate.slice(5, 7)) - 1]!, record);
  }
  return {
    year,
    ...(agency ? { agency } : {}),
    totals: totals(all),
    byCategory: [...byCategory].map(([category, accumulator]) => ({
      category,
      ...totals(accumulator),
    })),
    byAgency: [...byAgency]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([name, accumulator]) => ({ agency: name, ...totals(accumulator) })),
    byMonth: byMonth.map((accumulator, index) => ({
      month: `${year}-${String(index + 1).padStart(2, '0')}`,
      ...totals(accumulator),
    })),
    ...(narrative ? { narrative } : {}),
  };
}
