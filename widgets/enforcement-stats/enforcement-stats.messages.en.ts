import type { StatsMessages } from './enforcement-stats.messages';

export const messages: StatsMessages = {
  title: (year) => `Enforcement statistics ${year}`,
  failed: 'The statistics cannot be shown right now. Please try again later.',
  none: 'No decisions were made in this year.',
  year: 'Year',
  summary: 'Overview',
  count: 'Decisions',
  withdrawn: 'Withdrawn',
  corrected: 'Corrected',
  fine: 'Fines',
  confiscation: 'Confiscations',
  levy: 'Levies',
  fee: 'Fees',
  byCategory: 'Decisions by category',
  byMonth: 'Decisions by month',
  byAgency: 'Decisions by agency',
  category: 'Category',
  month: 'Month',
  monthLabel: (month) =>
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
      month - 1
    ] ?? String(month),
  agency: 'Agency',
  amountUnit: 'yuan',
  showTables: 'Show the data as tables',
  hideTables: 'Hide the data tables',
  chartNote: 'The charts’ figures are also given as tables.',
};
