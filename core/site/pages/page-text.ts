import { RECORD_FIELD_TITLES } from '../../records/record-field-titles';

/**
 * The static pages' words, zh-CN (the portal's language; the widgets on the portal page
 * offer zh-TW and English). The field names are the disclosure widget's detail labels.
 */
export const PAGE_TEXT = {
  home: '行政执法公示',
  breadcrumb: '当前位置',
  decisions: '执法决定公示',
  agencies: '执法主体',
  guides: '办事指南',
  annualReports: '统计年报',
  board: '岗位职责公示牌',
  months: '按月份查看',
  noDecisions: '暂无公示的执法决定。',
  decisionsOf: (agency: string) => `${agency}执法决定公示`,
  monthTitle: (agency: string, month: string) =>
    `${agency} ${month.slice(0, 4)}年${Number(month.slice(5, 7))}月执法决定公示`,
  count: (count: number) => `共 ${count} 条`,
  withdrawn: '已撤回',
  corrected: '已更正',
  withdrawnNotice: (date: string) => `本决定已于 ${date} 撤回公示，原公示内容不再显示。`,
  withdrawalReason: '撤回理由',
  fullText: '决定书全文',
  attachments: '附件',
  corrections: '更正记录',
  correctionDate: '更正日期',
  correctionFields: '更正项目',
  correctionReason: '更正原因',
  correctionPrevious: '更正前内容',
  platform: '在省级行政执法公示平台查看',
  listHeaders: ['决定书文号', '行政相对人', '执法类别', '决定日期'] as const,
  wanYuan: '万元',
  yuan: '元',
  fields: RECORD_FIELD_TITLES,
  agency: {
    bodyType: '主体性质',
    code: '统一社会信用代码',
    address: '地址',
    website: '网站',
    updated: '信息更新日期',
    duties: '职责',
    powers: '权责清单',
    powerHeaders: ['事项名称', '类别', '依据', '编码'] as const,
    legalBasis: '执法依据',
    discretion: '裁量基准',
    officers: '执法人员清单',
    officerHeaders: ['姓名', '执法证号', '执法类别', '执法区域'] as const,
    inspections: '随机抽查事项清单',
    inspectionHeaders: [
      '抽查事项',
      '依据',
      '抽查主体',
      '抽查内容',
      '方式',
      '比例',
      '频次',
    ] as const,
    procedures: '执法流程',
    supervision: '监督方式',
    remedies: '救济渠道',
    catalogue: '重大执法决定法制审核目录清单',
    catalogueHeaders: ['审核事项', '执法类别', '重大执法决定标准', '设定依据', '审核机构'] as const,
    remedyHeaders: ['方式', '受理机关', '期限'] as const,
    hours: '时间',
    decisions: '本单位执法决定公示',
    board: '打印岗位职责公示牌',
    guides: '本单位办事指南',
  },
  guide: {
    acceptingBody: '受理机构',
    approvingBody: '审批机构',
    timeLimit: '办理时限',
    fees: '收费标准',
    legalBasis: '设定依据',
    conditions: '受理条件',
    materials: '申请材料',
    materialHeaders: ['材料名称', '份数', '备注'] as const,
    flow: '办理流程',
    actor: '办理人',
    stepTime: '时限',
    consultation: '咨询电话',
    complaint: '投诉电话',
    agency: '实施机关',
  },
  timeUnits: { 工作日: '个工作日', 日: '日', 小时: '小时' } as Readonly<Record<string, string>>,
} as const;

/**
 * Each date written so far: a site's 10,000 decisions fall on a few hundred dates, and
 * every page and listing row writes its dates (a regular expression and a new string each).
 * Cleared when large, so that a long-running process does not keep every date it saw.
 */
const chineseDates = new Map<string, string>();

/** `2025-03-01` as 2025年3月1日; other text as it is. */
export function chineseDate(iso: string | undefined): string {
  if (!iso) return '';
  let written = chineseDates.get(iso);
  if (written === undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    written = match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
    if (chineseDates.size >= 10_000) chineseDates.clear();
    chineseDates.set(iso, written);
  }
  return written;
}
