/**
 * The enumerations of a disclosure record, with their Chinese names as values: the names
 * are what spreadsheets, feeds and portal pages carry (双公示 and 三项制度 wording).
 */

/** 执法类别: the decision categories published after enforcement (事后公开). */
export const DecisionCategory = {
  licence: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  levy: '行政征收',
  inspection: '行政检查',
  fee: '行政收费',
  other: '其他',
} as const;
export type DecisionCategory = (typeof DecisionCategory)[keyof typeof DecisionCategory];
export const DECISION_CATEGORIES: readonly DecisionCategory[] = Object.values(DecisionCategory);

/** 行政相对人类别 (双公示). */
export const PartyKind = {
  naturalPerson: '自然人',
  organisation: '法人及非法人组织',
  individualBusiness: '个体工商户',
} as const;
export type PartyKind = (typeof PartyKind)[keyof typeof PartyKind];
export const PARTY_KINDS: readonly PartyKind[] = Object.values(PartyKind);

/**
 * Sectors whose penalties stay public for at least a year (国家发展改革委令第58号, Art. 14):
 * special equipment, work safety and fire safety.
 */
export const RegulatedArea = {
  specialEquipment: '特种设备',
  workSafety: '安全生产',
  fireSafety: '消防安全',
} as const;
export type RegulatedArea = (typeof RegulatedArea)[keyof typeof RegulatedArea];
export const REGULATED_AREAS: readonly RegulatedArea[] = Object.values(RegulatedArea);

/** Units of money amounts: 双公示 columns use 万元, decision documents and fee lists 元. */
export const MoneyUnit = {
  wanYuan: '万元',
  yuan: '元',
} as const;
export type MoneyUnit = (typeof MoneyUnit)[keyof typeof MoneyUnit];

/** Why a published decision must come down (行政处罚法 Art. 48: 变更、被撤销、被确认违法或无效). */
export const RevocationKind = {
  changed: '变更',
  revoked: '撤销',
  illegal: '确认违法',
  void: '确认无效',
} as const;
export type RevocationKind = (typeof RevocationKind)[keyof typeof RevocationKind];
export const REVOCATION_KINDS: readonly RevocationKind[] = Object.values(RevocationKind);
