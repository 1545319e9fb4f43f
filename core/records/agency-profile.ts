import type { IsoDate } from '../calendar/iso-date';
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
  /** When the profile was last checked against current law (YYYY-MM-DD). */
  readonly updated?: IsoDate;
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
