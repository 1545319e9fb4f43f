import type { DisclosureMessages } from './enforcement-disclosure.messages';

export const messages: DisclosureMessages = {
  title: '行政執法決定公示',
  failed: '公示資訊暫時無法顯示，請稍後再試。',
  filters: '查詢條件',
  search: '關鍵詞',
  searchHint: '可輸入決定書文號、當事人名稱或執法內容',
  agency: '執法機關',
  allAgencies: '全部執法機關',
  category: '執法類別',
  allCategories: '全部類別',
  from: '決定日期從',
  to: '至',
  sort: '排序',
  sortOptions: {
    'decision-desc': '決定日期（最新在前）',
    'decision-asc': '決定日期（最早在前）',
    'publication-desc': '公示日期（最新在前）',
  },
  clearFilters: '清除條件',
  resultCount: (total, first, last) =>
    total === 0 ? '沒有符合條件的記錄' : `共 ${total} 條，目前顯示第 ${first}–${last} 條`,
  moreOnDemand: '更早的記錄在翻頁、搜尋或篩選時載入。',
  moreLoading: '正在載入更多記錄…',
  noResults: '沒有符合條件的公示記錄，請調整查詢條件。',
  pagination: '分頁',
  previous: '上一頁',
  next: '下一頁',
  pageOf: (page, pages) => `第 ${page} 頁，共 ${pages} 頁`,
  withdrawn: '已撤回',
  corrected: '已更正',
};
