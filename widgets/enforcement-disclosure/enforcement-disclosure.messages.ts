import type { LocaleTable } from '../internal/locale-table';

export interface DisclosureMessages {
  readonly title: string;
  readonly failed: string;
  readonly filters: string;
  readonly search: string;
  readonly searchHint: string;
  readonly agency: string;
  readonly allAgencies: string;
  readonly category: string;
  readonly allCategories: string;
  readonly from: string;
  readonly to: string;
  readonly sort: string;
  readonly sortOptions: Readonly<
    Record<'decision-desc' | 'decision-asc' | 'publication-desc', string>
  >;
  readonly clearFilters: string;
  readonly resultCount: (total: number, first: number, last: number) => string;
  readonly moreLoading: string;
  readonly moreOnDemand: string;
  readonly noResults: string;
  readonly pagination: string;
  readonly previous: string;
  readonly next: string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly withdrawn: string;
  readonly corrected: string;
}

const zhCN: DisclosureMessages = {
  title: '行政执法决定公示',
  failed: '公示信息暂时无法显示，请稍后再试。',
  filters: '查询条件',
  search: '关键词',
  searchHint: '可输入决定书文号、当事人名称或执法内容',
  agency: '执法机关',
  allAgencies: '全部执法机关',
  category: '执法类别',
  allCategories: '全部类别',
  from: '决定日期从',
  to: '至',
  sort: '排序',
  sortOptions: {
    'decision-desc': '决定日期（最新在前）',
    'decision-asc': '决定日期（最早在前）',
    'publication-desc': '公示日期（最新在前）',
  },
  clearFilters: '清除条件',
  resultCount: (total, first, last) =>
    total === 0 ? '没有符合条件的记录' : `共 ${total} 条，当前显示第 ${first}–${last} 条`,
  moreOnDemand: '更早的记录在翻页、搜索或筛选时加载。',
  moreLoading: '正在加载更多记录…',
  noResults: '没有符合条件的公示记录，请调整查询条件。',
  pagination: '分页',
  previous: '上一页',
  next: '下一页',
  pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  withdrawn: '已撤回',
  corrected: '已更正',
};

export const DISCLOSURE_MESSAGES: LocaleTable<DisclosureMessages> = {
  'zh-CN': zhCN,
  'zh-TW': () =>
    import('./enforcement-disclosure.messages.zh-TW').then((module) => module.messages),
  en: () => import('./enforcement-disclosure.messages.en').then((module) => module.messages),
};
