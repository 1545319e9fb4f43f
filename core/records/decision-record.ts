import type { IsoDate } from '../calendar/iso-date';
import type { DecisionCategory, PartyKind, RegulatedArea, RevocationKind } from './enumerations';
import type { Money } from './money';

/**
 * One published enforcement decision (事后公开): a licence, penalty, coercive measure, levy,
 * inspection result, fee or other decision. Everything in it is public: the import drops
 * 证件号码 before a record is built, and the rules flag personal data found in its text.
 *
 * Optional fields are absent, never empty strings, so a feed stays small and round-trips.
 */
export interface DecisionRecord {
  /** Stable within the feed (the 决定书文号 is not unique across agencies). */
  readonly id: string;
  readonly category: DecisionCategory;
  /**
   * 决定书文号 / 行政许可决定文书号, e.g. 示市监处罚〔2025〕12号. Optional in the data model
   * (some inspection results have none); the rules say which categories require it.
   */
  readonly documentNumber?: string;
  /** 决定文书名称, e.g. 行政处罚决定书. */
  readonly documentTitle?: string;
  /** 行政相对人. */
  readonly party: Party;
  /** 执法机关 / 处罚机关 / 许可机关. */
  readonly agency: AgencyRef;
  /** 数据来源单位, when another body supplied the data. */
  readonly dataSource?: AgencyRef;
  /** 处罚类别 / 许可类别 / 强制措施种类, as written (e.g. 罚款；警告). */
  readonly decisionKind?: string;
  /** 违法行为类型. */
  readonly violationType?: string;
  /** 违法事实 / 检查情况. */
  readonly facts?: string;
  /** 处罚依据 / 设定依据 / 法律依据. */
  readonly basis?: string;
  /** 执法内容: 处罚内容 / 许可内容 / 强制措施内容 (required by the rules for every category). */
  readonly content?: string;
  /** 执法结论 (inspection results, coercion outcomes). */
  readonly conclusion?: string;
  readonly amounts?: Amounts;
  readonly licence?: LicenceDetails;
  /** 暂扣或吊销证照名称及编号. */
  readonly suspendedLicence?: string;
  /** Sector with a longer minimum publicity period (特种设备, 安全生产, 消防安全). */
  readonly regulatedArea?: RegulatedArea;
  /** 处罚决定日期 / 许可决定日期. */
  readonly decisionDate: IsoDate;
  /** When the record went on the portal. Absent: not yet published. */
  readonly publicationDate?: IsoDate;
  /** 有效期自. */
  readonly validFrom?: IsoDate;
  /** 有效期至 / 处罚有效期. */
  readonly validTo?: IsoDate;
  /** 公示截止期: the record comes down (expires) after this day. */
  readonly publicityEndDate?: IsoDate;
  /** The full decision text (required for licences and levies: 全文公开). */
  readonly fullText?: string;
  /** The record's copy on the provincial enforcement platform. */
  readonly platformUrl?: string;
  readonly attachments?: readonly Attachment[];
  /** 备注. */
  readonly remarks?: string;
  /** Every correction made since publication, oldest first (纠错 history stays visible). */
  readonly corrections?: readonly Correction[];
  /** The decision was changed, revoked or found illegal or void: withdrawal is due. */
  readonly revocation?: Revocation;
  /** Taken down, with the public reason. */
  readonly withdrawal?: Withdrawal;
}

export interface Party {
  /** 行政相对人名称. Natural persons' names as the agency publishes them (often 张某). */
  readonly name: string;
  readonly kind: PartyKind;
  readonly identifiers?: PartyIdentifiers;
  /** 法定代表人 (organisations; public). */
  readonly legalRepresentative?: string;
  /**
   * Whether a natural person was under 18 on the decision date, derived from the ID number
   * at import time (the number itself is dropped). Absent when unknown.
   */
  readonly minorAtDecision?: boolean;
}

/** 行政相对人代码_1 … _6 (双公示). */
export interface PartyIdentifiers {
  /** 代码_1: 统一社会信用代码 (GB 32100). */
  readonly unifiedSocialCreditCode?: string;
  /** 代码_2: 工商注册号. */
  readonly businessRegistrationNumber?: string;
  /** 代码_3: 组织机构代码. */
  readonly organisationCode?: string;
  /** 代码_4: 税务登记号. */
  readonly taxRegistrationNumber?: string;
  /** 代码_5: 事业单位证书号. */
  readonly institutionCertificateNumber?: string;
  /** 代码_6: 社会组织登记证号. */
  readonly socialOrganisationNumber?: string;
}

export interface AgencyRef {
  readonly name: string;
  /** The agency's 统一社会信用代码. */
  readonly code?: string;
}

/** 罚款金额, 没收违法所得/非法财物金额, 征收金额, 收费金额. */
export interface Amounts {
  readonly fine?: Money;
  readonly confiscation?: Money;
  readonly levy?: Money;
  readonly fee?: Money;
}

/** 许可证书名称, 许可编号, 当前状态 (行政许可 only). */
export interface LicenceDetails {
  readonly certificateName?: string;
  readonly number?: string;
  /** 当前状态 as the licensing system says it (有效, 注销, 撤销…). */
  readonly status?: string;
}

export interface Attachment {
  readonly title: string;
  readonly url: string;
  /** e.g. application/pdf. */
  readonly mediaType?: string;
}

/** One correction (纠错): when, what changed and why. */
export interface Correction {
  readonly date: IsoDate;
  /** The fields changed, as paths (`amounts.fine`, `party.name`). */
  readonly fields: readonly string[];
  /** Why, in public words (e.g. 当事人申请更正，经核实金额录入错误). */
  readonly reason: string;
  /**
   * The published values before the correction, when they may be shown. Omit when the
   * correction removed personal data: keeping it here would publish it again.
   */
  readonly previous?: Readonly<Record<string, string>>;
}

export interface Revocation {
  readonly date: IsoDate;
  readonly kind: RevocationKind;
  readonly reason?: string;
}

export interface Withdrawal {
  readonly date: IsoDate;
  /** The public reason (行政处罚法 Art. 48 requires it). */
  readonly reason: string;
}
