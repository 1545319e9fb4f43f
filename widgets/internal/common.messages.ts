import type { Locale } from '../../core/i18n/index';

/** Strings every widget shows around its data: loading, errors, the cached-copy notice. */
export interface CommonMessages {
  readonly loading: string;
  readonly noData: string;
  /** The feed could not be loaded and there is no cached copy. */
  readonly unavailable: string;
  /** The feed is not valid JSON / not a feed at all. */
  readonly unreadable: string;
  /** Shown with a cached copy when the server failed. */
  readonly cachedCopy: (savedAt: string) => string;
  /** Some records were skipped as invalid; the rest are shown. */
  readonly problems: (count: number) => string;
  readonly problemDetails: string;
  readonly yuan: string;
  readonly wanYuan: string;
  readonly categories: Readonly<Record<string, string>>;
  readonly partyKinds: Readonly<Record<string, string>>;
  readonly timeUnits: Readonly<Record<string, string>>;
}

const zhCN: CommonMessages = {
  loading: '正在加载公示信息…',
  noData: '暂无公示信息。',
  unavailable: '公示信息暂时无法加载，请稍后再试。',
  unreadable: '公示数据文件格式有误，无法读取。请联系网站管理员。',
  cachedCopy: (savedAt) => `服务器暂时无法连接，以下为 ${savedAt} 保存的副本，可能不是最新信息。`,
  problems: (count) => `数据文件中有 ${count} 处错误，相关记录未显示；其余记录如下。`,
  problemDetails: '错误详情（供网站管理员）',
  yuan: '元',
  wanYuan: '万元',
  categories: {},
  partyKinds: {},
  timeUnits: {},
};

const zhTW: CommonMessages = {
  loading: '正在載入公示資訊…',
  noData: '暫無公示資訊。',
  unavailable: '公示資訊暫時無法載入，請稍後再試。',
  unreadable: '公示資料檔案格式有誤，無法讀取。請聯絡網站管理員。',
  cachedCopy: (savedAt) => `伺服器暫時無法連線，以下為 ${savedAt} 儲存的副本，可能不是最新資訊。`,
  problems: (count) => `資料檔案中有 ${count} 處錯誤，相關記錄未顯示；其餘記錄如下。`,
  problemDetails: '錯誤詳情（供網站管理員）',
  yuan: '元',
  wanYuan: '萬元',
  categories: {
    行政许可: '行政許可',
    行政处罚: '行政處罰',
    行政强制: '行政強制',
    行政征收: '行政徵收',
    行政检查: '行政檢查',
    行政收费: '行政收費',
    其他: '其他',
  },
  partyKinds: {
    自然人: '自然人',
    法人及非法人组织: '法人及非法人組織',
    个体工商户: '個體工商戶',
  },
  timeUnits: { 工作日: '個工作日', 日: '日', 小时: '小時' },
};

const en: CommonMessages = {
  loading: 'Loading the disclosures…',
  noData: 'Nothing has been published yet.',
  unavailable: 'The disclosures cannot be loaded right now. Please try again later.',
  unreadable:
    'The disclosure data file is malformed and cannot be read. Please tell the webmaster.',
  cachedCopy: (savedAt) =>
    `The server cannot be reached. This is a copy saved on ${savedAt} and may be out of date.`,
  problems: (count) =>
    `The data file has ${count} error(s); the affected records are not shown. The others follow.`,
  problemDetails: 'Error details (for the webmaster)',
  yuan: 'yuan',
  wanYuan: '× 10,000 yuan',
  categories: {
    行政许可: 'Licence',
    行政处罚: 'Penalty',
    行政强制: 'Coercive measure',
    行政征收: 'Levy',
    行政检查: 'Inspection',
    行政收费: 'Fee',
    其他: 'Other',
  },
  partyKinds: {
    自然人: 'Natural person',
    法人及非法人组织: 'Organisation',
    个体工商户: 'Individual business',
  },
  timeUnits: { 工作日: 'working days', 日: 'days', 小时: 'hours' },
};

export const COMMON_MESSAGES: Record<Locale, CommonMessages> = {
  'zh-CN': { ...zhCN, timeUnits: { 工作日: '个工作日', 日: '日', 小时: '小时' } },
  'zh-TW': zhTW,
  en,
};

/** A feed enumeration value (Chinese, as feeds carry it) in the visitor's language. */
export function label(table: Readonly<Record<string, string>>, value: string): string {
  return table[value] ?? value;
}
