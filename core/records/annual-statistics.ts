import type { DecisionCategory } from './enumerations';

/**
 * 行政执法统计年报: last year's enforcement figures, by category, agency and month, plus a
 * narrative. Amounts are decimal strings in 元, summed exactly in 分.
 */
export interface AnnualStatistics {
  readonly year: number;
  /** The agency the report covers, or absent for a whole portal (county). */
  readonly agency?: string;
  readonly totals: Totals;
  readonly byCategory: readonly ({ readonly category: DecisionCategory } & Totals)[];
  readonly byAgency: readonly ({ readonly agency: string } & Totals)[];
  /** Twelve entries, `YYYY-MM`, January first, months without records included. */
  readonly byMonth: readonly ({ readonly month: string } & Totals)[];
  /** 文字说明: what the figures mean, written by the agency. */
  readonly narrative?: string;
}

export interface Totals {
  /** Decisions made in the year (withdrawn ones included: they were decided). */
  readonly count: number;
  readonly withdrawn: number;
  readonly corrected: number;
  /** Sums in 元 as decimal strings ("12500.5"). */
  readonly amounts: {
    readonly fine: string;
    readonly confiscation: string;
    readonly levy: string;
    readonly fee: string;
  };
}
