import type { Locale } from '../../core/i18n/index';

/** Field labels keyed by record path, also used for the paths in correction history. */
export type FieldLabels = Readonly<Record<string, string>>;

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
  readonly noResults: string;
  readonly pagination: string;
  readonly previous: string;
  readonly next: string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly withdrawn: string;
  readonly corrected: string;
  readonly back: string;
  readonly notFound: string;
  readonly withdrawnNotice: (date: string) => string;
  readonly withdrawalReason: string;
  readonly fullText: string;
  readonly attachments: string;
  readonly corrections: string;
  readonly correctionFields: string;
  readonly correctionReason: string;
  readonly correctionPrevious: string;
  readonly platform: string;
  readonly shareLink: string;
  readonly report: string;
  readonly reportHeading: string;
  readonly reportIntro: string;
  readonly reportRecord: string;
  readonly reportDescription: string;
  readonly reportDescriptionHint: string;
  readonly reportEvidence: string;
  readonly reportEvidenceHint: string;
  readonly reportContact: string;
  readonly reportContactHint: string;
  readonly reportSubmit: string;
  readonly reportSubmitMail: string;
  readonly reportCancel: string;
  readonly reportSending: string;
  readonly reportSent: string;
  readonly reportMailOpened: string;
  readonly reportFailed: string;
  readonly reportErrorTitle: string;
  readonly reportDescriptionMissing: string;
  readonly reportSubject: (documentNumber: string) => string;
  readonly fields: FieldLabels;
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
  moreLoading: '正在加载更多记录…',
  noResults: '没有符合条件的公示记录，请调整查询条件。',
  pagination: '分页',
  previous: '上一页',
  next: '下一页',
  pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  withdrawn: '已撤回',
  corrected: '已更正',
  back: '返回列表',
  notFound: '未找到该公示记录，可能已过公示期或已撤下。',
  withdrawnNotice: (date) => `本决定已于 ${date} 撤回公示，原公示内容不再显示。`,
  withdrawalReason: '撤回理由',
  fullText: '决定书全文',
  attachments: '附件',
  corrections: '更正记录',
  correctionFields: '更正项目',
  correctionReason: '更正原因',
  correctionPrevious: '更正前内容',
  platform: '在省级行政执法公示平台查看',
  shareLink: '本记录链接',
  report: '纠错',
  reportHeading: '报告公示信息错误（纠错）',
  reportIntro:
    '如发现本条公示信息有误，请说明错误内容，必要时提供证明材料。执法机关核实后将及时更正。',
  reportRecord: '记录编号',
  reportDescription: '错误内容说明（必填）',
  reportDescriptionHint: '请写明哪一项有误、正确内容是什么。',
  reportEvidence: '证明材料（可选）',
  reportEvidenceHint: '可上传图片或 PDF 文件。',
  reportContact: '联系方式（可选）',
  reportContactHint: '仅供执法机关回复您，不会公开。',
  reportSubmit: '提交纠错',
  reportSubmitMail: '用电子邮件发送',
  reportCancel: '取消',
  reportSending: '正在提交…',
  reportSent: '已提交，感谢您的反馈。执法机关核实后将及时更正。',
  reportMailOpened: '已打开电子邮件程序，请在邮件中确认并发送。',
  reportFailed: '提交失败，请稍后再试，或通过页面上的监督电话反映。',
  reportErrorTitle: '请修正以下问题',
  reportDescriptionMissing: '请填写错误内容说明',
  reportSubject: (documentNumber) => `公示信息纠错：${documentNumber}`,
  fields: {
    documentNumber: '决定书文号',
    documentTitle: '决定文书名称',
    category: '执法类别',
    'party.name': '行政相对人',
    'party.kind': '相对人类别',
    'party.legalRepresentative': '法定代表人',
    'party.identifiers.unifiedSocialCreditCode': '统一社会信用代码',
    agency: '执法机关',
    dataSource: '数据来源单位',
    decisionKind: '处罚/许可类别',
    violationType: '违法行为类型',
    facts: '违法事实',
    basis: '执法依据',
    content: '执法内容',
    conclusion: '执法结论',
    'amounts.fine': '罚款金额',
    'amounts.confiscation': '没收违法所得、非法财物金额',
    'amounts.levy': '征收金额',
    'amounts.fee': '收费金额',
    'licence.certificateName': '许可证书名称',
    'licence.number': '许可编号',
    'licence.status': '当前状态',
    suspendedLicence: '暂扣或吊销证照',
    decisionDate: '决定日期',
    publicationDate: '公示日期',
    validFrom: '有效期自',
    validTo: '有效期至',
    publicityEndDate: '公示截止日期',
    remarks: '备注',
  },
};

const zhTW: DisclosureMessages = {
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
  moreLoading: '正在載入更多記錄…',
  noResults: '沒有符合條件的公示記錄，請調整查詢條件。',
  pagination: '分頁',
  previous: '上一頁',
  next: '下一頁',
  pageOf: (page, pages) => `第 ${page} 頁，共 ${pages} 頁`,
  withdrawn: '已撤回',
  corrected: '已更正',
  back: '返回列表',
  notFound: '找不到該公示記錄，可能已過公示期或已撤下。',
  withdrawnNotice: (date) => `本決定已於 ${date} 撤回公示，原公示內容不再顯示。`,
  withdrawalReason: '撤回理由',
  fullText: '決定書全文',
  attachments: '附件',
  corrections: '更正記錄',
  correctionFields: '更正項目',
  correctionReason: '更正原因',
  correctionPrevious: '更正前內容',
  platform: '在省級行政執法公示平台查看',
  shareLink: '本記錄連結',
  report: '糾錯',
  reportHeading: '報告公示資訊錯誤（糾錯）',
  reportIntro:
    '如發現本條公示資訊有誤，請說明錯誤內容，必要時提供證明材料。執法機關核實後將及時更正。',
  reportRecord: '記錄編號',
  reportDescription: '錯誤內容說明（必填）',
  reportDescriptionHint: '請寫明哪一項有誤、正確內容是什麼。',
  reportEvidence: '證明材料（可選）',
  reportEvidenceHint: '可上傳圖片或 PDF 檔案。',
  reportContact: '聯絡方式（可選）',
  reportContactHint: '僅供執法機關回覆您，不會公開。',
  reportSubmit: '提交糾錯',
  reportSubmitMail: '用電子郵件傳送',
  reportCancel: '取消',
  reportSending: '正在提交…',
  reportSent: '已提交，感謝您的回饋。執法機關核實後將及時更正。',
  reportMailOpened: '已開啟電子郵件程式，請在郵件中確認並傳送。',
  reportFailed: '提交失敗，請稍後再試，或透過頁面上的監督電話反映。',
  reportErrorTitle: '請修正以下問題',
  reportDescriptionMissing: '請填寫錯誤內容說明',
  reportSubject: (documentNumber) => `公示資訊糾錯：${documentNumber}`,
  fields: {
    documentNumber: '決定書文號',
    documentTitle: '決定文書名稱',
    category: '執法類別',
    'party.name': '行政相對人',
    'party.kind': '相對人類別',
    'party.legalRepresentative': '法定代表人',
    'party.identifiers.unifiedSocialCreditCode': '統一社會信用代碼',
    agency: '執法機關',
    dataSource: '資料來源單位',
    decisionKind: '處罰/許可類別',
    violationType: '違法行為類型',
    facts: '違法事實',
    basis: '執法依據',
    content: '執法內容',
    conclusion: '執法結論',
    'amounts.fine': '罰款金額',
    'amounts.confiscation': '沒收違法所得、非法財物金額',
    'amounts.levy': '徵收金額',
    'amounts.fee': '收費金額',
    'licence.certificateName': '許可證書名稱',
    'licence.number': '許可編號',
    'licence.status': '目前狀態',
    suspendedLicence: '暫扣或吊銷證照',
    decisionDate: '決定日期',
    publicationDate: '公示日期',
    validFrom: '有效期自',
    validTo: '有效期至',
    publicityEndDate: '公示截止日期',
    remarks: '備註',
  },
};

const en: DisclosureMessages = {
  title: 'Enforcement decisions',
  failed: 'The disclosure list cannot be shown right now. Please try again later.',
  filters: 'Search and filter',
  search: 'Keywords',
  searchHint: 'Decision number, party name or what was decided',
  agency: 'Agency',
  allAgencies: 'All agencies',
  category: 'Category',
  allCategories: 'All categories',
  from: 'Decided from',
  to: 'to',
  sort: 'Sort by',
  sortOptions: {
    'decision-desc': 'Decision date (newest first)',
    'decision-asc': 'Decision date (oldest first)',
    'publication-desc': 'Publication date (newest first)',
  },
  clearFilters: 'Clear filters',
  resultCount: (total, first, last) =>
    total === 0 ? 'No matching records' : `${total} records, showing ${first}–${last}`,
  moreLoading: 'Loading more records…',
  noResults: 'No published decision matches. Try other filters.',
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  withdrawn: 'Withdrawn',
  corrected: 'Corrected',
  back: 'Back to the list',
  notFound: 'This record was not found. Its publicity period may be over, or it was taken down.',
  withdrawnNotice: (date) =>
    `This decision was withdrawn on ${date}. Its content is no longer published.`,
  withdrawalReason: 'Reason for withdrawal',
  fullText: 'Full text of the decision',
  attachments: 'Attachments',
  corrections: 'Corrections',
  correctionFields: 'Corrected fields',
  correctionReason: 'Reason',
  correctionPrevious: 'Previously published',
  platform: 'View on the provincial enforcement disclosure platform',
  shareLink: 'Link to this record',
  report: 'Report an error',
  reportHeading: 'Report an error in this record',
  reportIntro:
    'If this published information is wrong, tell the agency what is wrong, with evidence if you have it. It will be corrected once checked.',
  reportRecord: 'Record number',
  reportDescription: 'What is wrong (required)',
  reportDescriptionHint: 'Say which item is wrong and what it should say.',
  reportEvidence: 'Evidence (optional)',
  reportEvidenceHint: 'Images or PDF files.',
  reportContact: 'How to reach you (optional)',
  reportContactHint: 'Only for the agency to reply; never published.',
  reportSubmit: 'Send report',
  reportSubmitMail: 'Send by email',
  reportCancel: 'Cancel',
  reportSending: 'Sending…',
  reportSent: 'Sent. Thank you: the agency will check and correct the record.',
  reportMailOpened: 'Your email program has opened: check the message and send it.',
  reportFailed:
    'The report could not be sent. Please try again later, or call the supervision number on this page.',
  reportErrorTitle: 'There is a problem',
  reportDescriptionMissing: 'Say what is wrong',
  reportSubject: (documentNumber) => `Correction request: ${documentNumber}`,
  fields: {
    documentNumber: 'Decision number',
    documentTitle: 'Document',
    category: 'Category',
    'party.name': 'Party',
    'party.kind': 'Party type',
    'party.legalRepresentative': 'Legal representative',
    'party.identifiers.unifiedSocialCreditCode': 'Unified social credit code',
    agency: 'Agency',
    dataSource: 'Data source',
    decisionKind: 'Kind of decision',
    violationType: 'Type of violation',
    facts: 'Facts',
    basis: 'Legal basis',
    content: 'Decision',
    conclusion: 'Conclusion',
    'amounts.fine': 'Fine',
    'amounts.confiscation': 'Confiscated income or property',
    'amounts.levy': 'Levy',
    'amounts.fee': 'Fee',
    'licence.certificateName': 'Licence',
    'licence.number': 'Licence number',
    'licence.status': 'Status',
    suspendedLicence: 'Licence suspended or revoked',
    decisionDate: 'Decision date',
    publicationDate: 'Published',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    publicityEndDate: 'Published until',
    remarks: 'Remarks',
  },
};

export const DISCLOSURE_MESSAGES: Record<Locale, DisclosureMessages> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
};
