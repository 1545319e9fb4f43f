import type { LocaleTable } from '../internal/locale-table';

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

export const STATS_MESSAGES: LocaleTable<StatsMessages> = {
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
  'zh-TW': () => import('./enforcement-stats.messages.zh-TW').then((module) => module.messages),
  en: () => import('./enforcement-stats.messages.en').then((module) => module.messages),
};
