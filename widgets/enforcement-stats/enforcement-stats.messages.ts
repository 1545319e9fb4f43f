import type { Locale } from '../../core/i18n/index';

export interface StatsMessages {
  readonly title: (year: number) => string;
  readonly failed: string;
  readonly none: string;
  readonly year: string;
  readonly summary: string;
  readonly count: string;
  readonly withdrawn: string;
  readonly corrected: string;
  readonly fine: string;
  readonly confiscation: string;
  readonly levy: string;
  readonly fee: string;
  readonly byCategory: string;
  readonly byMonth: string;
  readonly byAgency: string;
  readonly category: string;
  readonly month: string;
  readonly monthLabel: (month: number) => string;
  readonly agency: string;
  readonly amountUnit: string;
  readonly showTables: string;
  readonly hideTables: string;
  readonly chartNote: string;
}

export const STATS_MESSAGES: Record<Locale, StatsMessages> = {
  'zh-CN': {
    title: (year) => `${year}年度行政执法统计`,
    failed: '统计信息暂时无法显示，请稍后再试。',
    none: '该年度暂无执法决定。',
    year: '年度',
    summary: '总体情况',
    count: '执法决定数',
    withdrawn: '撤回数',
    corrected: '更正数',
    fine: '罚款金额',
    confiscation: '没收金额',
    levy: '征收金额',
    fee: '收费金额',
    byCategory: '按执法类别统计的决定数',
    byMonth: '按月份统计的决定数',
    byAgency: '按执法机关统计的决定数',
    category: '执法类别',
    month: '月份',
    monthLabel: (month) => `${month}月`,
    agency: '执法机关',
    amountUnit: '元',
    showTables: '以表格显示数据',
    hideTables: '隐藏数据表格',
    chartNote: '图表中的数据同时以表格提供。',
  },
  'zh-TW': {
    title: (year) => `${year}年度行政執法統計`,
    failed: '統計資訊暫時無法顯示，請稍後再試。',
    none: '該年度暫無執法決定。',
    year: '年度',
    summary: '總體情況',
    count: '執法決定數',
    withdrawn: '撤回數',
    corrected: '更正數',
    fine: '罰款金額',
    confiscation: '沒收金額',
    levy: '徵收金額',
    fee: '收費金額',
    byCategory: '按執法類別統計的決定數',
    byMonth: '按月份統計的決定數',
    byAgency: '按執法機關統計的決定數',
    category: '執法類別',
    month: '月份',
    monthLabel: (month) => `${month}月`,
    agency: '執法機關',
    amountUnit: '元',
    showTables: '以表格顯示資料',
    hideTables: '隱藏資料表格',
    chartNote: '圖表中的資料同時以表格提供。',
  },
  en: {
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
  },
};
