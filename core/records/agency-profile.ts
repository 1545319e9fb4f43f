import type { IsoDate } from '../calendar/iso-date';
import type { Correction } from './decision-record';
import type { ProcedureFlow, ServiceGuide } from './service-guide';

/**
 * What an agency publishes before enforcement (事前公开): who it is, what it may do, on what
 * basis, who its officers are, what it inspects at random, how to complain and appeal.
 * Kept up to date when laws or duties change.
 */
export interface AgencyProfile {
  /** 执法主体名称. */
  readonly name: string;
  /** The agency's 统一社会信用代码. */
  readonly code?: string;
  /** 主体性质: 法定行政机关, 法律法规授权组织, 受委托组织. */
  readonly bodyType?: string;
  readonly address?: string;
  readonly website?: string;
  /** 职责. */
  readonly duties: readonly string[];
  /** 权责清单. */
  readonly powers: readonly Power[];
  /** 执法依据 (laws, regulations, 裁量基准). */
  readonly legalBasis: readonly LegalBasis[];
  /** 执法人员清单. */
  readonly officers: readonly Officer[];
  /** 随机抽查事项清单. */
  readonly randomInspections: readonly RandomInspectionItem[];
  /** 执法程序 and 执法流程图. */
  readonly procedures: readonly ProcedureFlow[];
  /** 服务指南, one per item. */
  readonly serviceGuides: readonly ServiceGuide[];
  /** 监督方式: 投诉举报电话, 12345… (the agency's own numbers: public). */
  readonly supervision: readonly Channel[];
  /** 救济渠道: 行政复议, 行政诉讼. */
  readonly remedies: readonly Remedy[];
  /**
   * 重大执法决定法制审核目录清单: which decisions of this agency need legal review before
   * they are made (the seed, section 四（二）1: each agency draws up and publishes it).
   */
  readonly majorDecisionCatalogue?: readonly MajorDecisionCatalogueItem[];
  /** When the profile was last checked against current law (YYYY-MM-DD). */
  readonly updated?: IsoDate;
  /**
   * The head of the agency's publishing record (gongshi merge-log) when the portal published
   * this profile: what the public saw, so `gongshi verify-log --heads FEED.json` can show
   * that the record was not rewritten afterwards.
   */
  readonly recordHead?: RecordHead;
  /**
   * When each list was last updated (import date or the sheet's 更新日期), so a stale list
   * is found even when another list of the same agency changes every month.
   */
  readonly listsUpdated?: ListsUpdated;
  /**
   * The visible history of corrections and withdrawals of the listed entries, oldest first
   * (the seed: 纠错, 及时更正). Added entries are not history: they are simply listed.
   */
  readonly changes?: readonly ProfileChange[];
}

/**
 * The parts of an agency profile that arrive as one list each (one spreadsheet per list).
 * The values are the profile's field names; `profile` is the agency's own details (name,
 * code, duties, legal basis, supervision, remedies).
 */
export const AgencyListKind = {
  profile: 'profile',
  powers: 'powers',
  officers: 'officers',
  randomInspections: 'randomInspections',
  majorDecisionCatalogue: 'majorDecisionCatalogue',
  serviceGuides: 'serviceGuides',
} as const;
export type AgencyListKind = (typeof AgencyListKind)[keyof typeof AgencyListKind];
export const AGENCY_LIST_KINDS: readonly AgencyListKind[] = Object.values(AgencyListKind);

/** The Chinese name of each list, as agencies title their sheets. */
export const AGENCY_LIST_TITLES: Readonly<Record<AgencyListKind, string>> = {
  profile: '执法主体信息',
  powers: '权责清单',
  officers: '执法人员清单',
  randomInspections: '随机抽查事项清单',
  majorDecisionCatalogue: '重大执法决定法制审核目录清单',
  serviceGuides: '办事指南',
};

export type ListsUpdated = Readonly<Partial<Record<AgencyListKind, IsoDate>>>;

/** What happened to a listed entry: corrected (更正) or taken off the list (撤回). */
export const ProfileChangeKind = {
  correction: '更正',
  withdrawal: '撤回',
} as const;
export type ProfileChangeKind = (typeof ProfileChangeKind)[keyof typeof ProfileChangeKind];
export const PROFILE_CHANGE_KINDS: readonly ProfileChangeKind[] = Object.values(ProfileChangeKind);

/**
 * One correction or withdrawal of an entry of an agency's lists: the same fields as a
 * decision's Correction, plus which list and which entry. `previous` follows Correction's
 * rule: left out for any value that holds personal data.
 */
export interface ProfileChange extends Omit<Correction, 'fields'> {
  readonly kind: ProfileChangeKind;
  readonly list: AgencyListKind;
  /** The entry as the public knows it: 执法证号, 事项名称… */
  readonly item: string;
  /** The fields changed (corrections only). */
  readonly fields?: readonly string[];
}

/**
 * One entry of the 重大执法决定法制审核目录清单. `criteria` is the catalogue's own wording;
 * the optional fields make it usable by the review gate (core/review) without reading prose.
 */
export interface MajorDecisionCatalogueItem {
  /** 审核事项 (e.g. 较大数额罚款). */
  readonly item: string;
  /** 执法类别 (行政处罚, 行政许可…). */
  readonly category: string;
  /** 重大执法决定标准 / 情形, as published. */
  readonly criteria: string;
  /** 设定依据. */
  readonly basis?: string;
  /** 涉案金额下限 in 元 (decimal text), when the criteria name an amount. */
  readonly thresholdYuan?: string;
  /** 审核机构. */
  readonly reviewBody?: string;
}

export interface Power {
  readonly name: string;
  /** Category of the power (行政许可, 行政处罚…). */
  readonly category: string;
  readonly basis?: string;
  /** 权力事项编码, when the provincial catalogue has one. */
  readonly code?: string;
}

export interface LegalBasis {
  readonly title: string;
  readonly articles?: string;
  readonly url?: string;
  /** True for a 行政裁量基准. */
  readonly discretionStandard?: boolean;
}

/** 执法人员: public by design (officers show credentials). */
export interface Officer {
  readonly name: string;
  /** 执法证号. */
  readonly certificateNumber: string;
  /** 执法类别. */
  readonly enforcementCategory: string;
  /** 执法区域. */
  readonly area: string;
  /**
   * 证件有效期 (the last valid day). After it the officer may not enforce: the credential
   * lookup says so, and `gongshi check` reports it.
   */
  readonly certificateValidTo?: IsoDate;
}

/** 随机抽查事项: 依据, 主体, 内容, 方式, 比例, 频次. */
export interface RandomInspectionItem {
  readonly item: string;
  readonly basis: string;
  readonly body: string;
  readonly content: string;
  readonly method: string;
  /** 抽查比例, as published (e.g. 5%). */
  readonly ratio: string;
  /** 抽查频次 (e.g. 每年1次). */
  readonly frequency: string;
}

export interface Channel {
  /** 投诉举报电话, 12345 热线, 信箱, 网站… */
  readonly kind: string;
  readonly value: string;
  readonly hours?: string;
}

/** 救济渠道: 行政复议 (within 60 days) or 行政诉讼 (within 6 months). */
export interface Remedy {
  readonly kind: string;
  /** Where to apply. */
  readonly body: string;
  /** The time limit as the law states it (e.g. 自知道之日起六十日内). */
  readonly deadline: string;
}

/** An agency's publishing-record head as published (entry number and hash). */
export interface RecordHead {
  readonly seq: number;
  readonly hash: string;
  /** When it was published. */
  readonly published?: IsoDate;
}
