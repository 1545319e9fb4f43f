import type { LocaleTable } from './locale-table';

/** Strings every widget shows around its data: loading, errors, the cached-copy notice. */
export interface CommonMessages {
  /** Whether problems from core are shown in English (their messageEn). */
  readonly english: boolean;
  readonly loading: string;
  readonly noData: string;
  /** The feed could not be loaded and there is no cached copy. */
  readonly unavailable: string;
  /** The feed is not valid JSON / not a feed at all. */
  readonly unreadable: string;
  /**
   * The feed is of a newer format version than these widgets read. zh-CN leaves it out and
   * shows core's own message (第 2 版…请更新 Gongshi), which the first view carries anyway.
   */
  readonly newerVersion?: string;
  /** Shown with a cached copy when the server failed. */
  readonly cachedCopy: (savedAt: string) => string;
  /** `hidden` records were skipped as invalid (not the problems in them); the rest are shown. */
  readonly problems: (hidden: number) => string;
  readonly problemDetails: string;
  readonly yuan: string;
  readonly wanYuan: string;
  readonly categories: Readonly<Record<string, string>>;
  readonly partyKinds: Readonly<Record<string, string>>;
  readonly timeUnits: Readonly<Record<string, string>>;
}

const zhCN: CommonMessages = {
  english: false,
  loading: '正在加载公示信息…',
  noData: '暂无公示信息。',
  unavailable: '公示信息暂时无法加载，请稍后再试。',
  unreadable: '公示数据文件格式有误，无法读取。请联系网站管理员。',
  cachedCopy: (savedAt) => `服务器暂时无法连接，以下为 ${savedAt} 保存的副本，可能不是最新信息。`,
  problems: (hidden) => `${hidden} 条记录未显示（数据有误）。`,
  problemDetails: '错误详情（供网站管理员）',
  yuan: '元',
  wanYuan: '万元',
  categories: {},
  partyKinds: {},
  timeUnits: {},
};

export const COMMON_MESSAGES: LocaleTable<CommonMessages> = {
  'zh-CN': { ...zhCN, timeUnits: { 工作日: '个工作日', 日: '日', 小时: '小时' } },
  'zh-TW': () => import('./common.messages.zh-TW').then((module) => module.messages),
  en: () => import('./common.messages.en').then((module) => module.messages),
};

/** A feed enumeration value (Chinese, as feeds carry it) in the visitor's language. */
export function label(table: Readonly<Record<string, string>>, value: string): string {
  return table[value] ?? value;
}
