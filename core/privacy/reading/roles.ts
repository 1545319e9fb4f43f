/**
 * The words a decision uses to say who someone is (DOMAIN.md §4b): the party the decision is
 * about, the people who speak for an organisation, the other natural persons a reviewer must
 * anonymise (法释〔2016〕19号 第八条), and the agency's own officers. A role decides what
 * happens to a person's data: a party's or a representative's name stays, a third person's
 * name goes everywhere it appears, an officer's name and channels stay public.
 *
 * Written in Simplified; Traditional forms (證人, 監護人, 當事人) fold to these (internal/chars.ts).
 */

export const Role = {
  /** The subject of the decision: 当事人, 被处罚人, 违法行为人, 申请人, 纳税人… */
  party: 'party',
  /** Speaks for an organisation: 法定代表人, 负责人, 经营者. The name is public (DOMAIN §4). */
  representative: 'representative',
  /** Any other natural person: witnesses, victims, agents, relatives, workers, neighbours. */
  third: 'third',
  /** The agency's own people: 执法人员, 办案民警, 送达人, 承办人, its 联系人. Public. */
  officer: 'officer',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Party roles: who a decision, a notice or a 送达回证 is addressed to. */
const PARTY_WORDS = [
  '当事人',
  '被处罚人',
  '被处罚单位',
  '违法行为人',
  '违法嫌疑人',
  '违法单位',
  '受送达人',
  '被送达人',
  '申请人',
  '许可申请人',
  '被许可人',
  '纳税人',
  '扣缴义务人',
  '缴费人',
  '用人单位',
  '被检查人',
  '被检查单位',
  '检查对象',
  '被申请人',
  '行政相对人',
  '相对人',
  '被告知人',
  '被查封人',
  '被扣押人',
  '被执行人',
  '被征收人',
  '机动车驾驶人',
  '驾驶人',
];

const REPRESENTATIVE_WORDS = [
  '法定代表人',
  '法人代表',
  '负责人',
  '主要负责人',
  '单位负责人',
  '经营者',
  '投资人',
  '个体工商户经营者',
];

/**
 * Everyone else a decision names: agents, witnesses, victims, relatives, workers, people met
 * in the facts. Nouns for a person, each of which may stand right before a name
 * (证人刘大海, 该店员工张某、李某, 其妻子林燕).
 */
const THIRD_PERSON_WORDS = [
  // Procedural roles.
  '委托代理人',
  '代理人',
  '诉讼代理人',
  '法定代理人',
  '监护人',
  '受托人',
  '证人',
  '见证人',
  '在场人',
  '在场见证人',
  '受害人',
  '被害人',
  '被侵害人',
  '代收人',
  '收件人',
  '签收人',
  '联系人',
  // 经办人 and 联系人 are the agency's in its closing lines, a company's in its block
  // (reading/party-blocks.ts decides by place).
  '经办人',
  '担保人',
  '保证人',
  '报案人',
  '报警人',
  '举报人',
  '投诉人',
  '陪同人',
  '同案违法行为人',
  '物品所有人',
  '所有人',
  '车辆所有人',
  '实际控制人',
  '购买人',
  '乘车人',
  '翻译人员',
  // Relatives (其妻, 之子…).
  '近亲属',
  '亲属',
  '家属',
  '配偶',
  '妻子',
  '丈夫',
  '儿子',
  '女儿',
  '父亲',
  '母亲',
  '哥哥',
  '弟弟',
  '姐姐',
  '妹妹',
  '其妻',
  '其夫',
  '其子',
  '其女',
  '其父',
  '其母',
  '其兄',
  '其弟',
  '其姐',
  '其妹',
  '之妻',
  '之夫',
  '之子',
  '之女',
  '之父',
  '之母',
  '之兄',
  '之弟',
  '之姐',
  '之妹',
  '祖父',
  '祖母',
  '外祖父',
  '外祖母',
  '孙子',
  '孙女',
  // Work and everyday life.
  '员工',
  '雇员',
  '店员',
  '职工',
  '工人',
  '劳动者',
  '雇工',
  '学徒',
  '服务员',
  '营业员',
  '收银员',
  '厨师',
  '保安',
  '会计',
  '出纳',
  '驾驶员',
  '司机',
  '操作手',
  '乘客',
  '顾客',
  '消费者',
  '患者',
  '病人',
  '学生',
  '同学',
  '同事',
  '朋友',
  '邻居',
  '村民',
  '居民',
  '房东',
  '租户',
  '承租人',
  '出租人',
  '车主',
  '户主',
  '业主',
  '老板',
  '老板娘',
  '店主',
  '经理',
  '厂长',
  '主任',
  '组长',
  '小组长',
  '队长',
  '委员',
  '伙同',
];

/** The agency's own people (and its 联系人 in the closing, decided by place, not word). */
const OFFICER_WORDS = [
  '执法人员',
  '执法检查人员',
  '检查人员',
  '检查人',
  '办案人员',
  '办案人',
  '办案民警',
  '执勤民警',
  '交通民警',
  '民警',
  '交警',
  '承办人',
  '承办人员',
  '送达人',
  '记录人',
  '书记员',
  '主持人',
  '听证主持人',
  '听证员',
  '审核人',
  '案件审核人',
  '审批人',
  '调查人员',
  '调查人',
  '询问人',
  '监察员',
  '劳动保障监察员',
  '执法员',
];

/** Every role word with its role; the longest word ending at a place wins (当事人之子 → 之子). */
export const ROLE_WORDS: readonly (readonly [string, Role])[] = [
  ...PARTY_WORDS.map((word) => [word, Role.party] as const),
  ...REPRESENTATIVE_WORDS.map((word) => [word, Role.representative] as const),
  ...THIRD_PERSON_WORDS.map((word) => [word, Role.third] as const),
  ...OFFICER_WORDS.map((word) => [word, Role.officer] as const),
];

/**
 * Words that make a 联系人 or an address line the agency's own in the closing
 * (本局地址, 我局联系人): first person of an organisation.
 */
export const AGENCY_SELF_WORDS = [
  '本局',
  '我局',
  '本机关',
  '本委',
  '本所',
  '本队',
  '本院',
  '本单位',
  '本中心',
  '本大队',
  '本支队',
  '本站',
];
