/**
 * The words that say what a number or a name next to them is. Context decides public versus
 * personal: the same 0830-3196001 is the agency's 监督电话 (public) or a party's 联系电话.
 * Labels are written in Simplified; Traditional forms (身份證號碼, 聯繫電話) and full-width
 * letters are folded before comparing (internal/chars.ts).
 */

/**
 * Words that mean one thing, written as one string (space-separated): the lists below are
 * part of every page's first view of the widgets, where a string costs far fewer bytes than
 * a tuple per word.
 */
function labelled<T>(words: string, value: T): (readonly [string, T])[] {
  return words.split(' ').map((word) => [word, value] as const);
}

export const LabelCategory = {
  residentId: 'resident-id',
  phone: 'phone',
  publicPhone: 'public-phone',
  bankAccount: 'bank-account',
  publicAccount: 'public-account',
  creditCode: 'credit-code',
  registrationNumber: 'registration-number',
  documentNumber: 'document-number',
  passport: 'passport',
  travelPermit: 'travel-permit',
  taiwanPermit: 'taiwan-permit',
  email: 'email',
  publicEmail: 'public-email',
} as const;
export type LabelCategory = (typeof LabelCategory)[keyof typeof LabelCategory];

/**
 * Labels in front of numbers. When several end at the same place the longest wins
 * (身份证号 over 证号), and the label nearest the number wins over earlier ones.
 * Sources: 法释〔2016〕19号 (what is deleted), 双公示 column names, common decision templates.
 */
export const NUMBER_LABELS: readonly (readonly [string, LabelCategory])[] = [
  // GB 11643 numbers and other identity documents of natural persons.
  ...labelled(
    '身份证 身份证号 身份证号码 居民身份证 公民身份号码 身份号码 证件号码 证件号 居住证 身份证件 id',
    LabelCategory.residentId,
  ),
  // Telephones of a party.
  ...labelled(
    '电话 联系电话 电话号码 手机 手机号 手机号码 移动电话 固定电话 联系方式 联系号码 涉案号码 涉案电话 tel tel: mobile phone',
    LabelCategory.phone,
  ),
  // The agency's own channels: public (DOMAIN §1 监督方式, §4 keep).
  ...labelled(
    '监督电话 举报电话 投诉电话 投诉举报电话 咨询电话 咨询投诉电话 服务电话 服务热线 热线 热线电话 值班电话 办公电话',
    LabelCategory.publicPhone,
  ),
  // An organisation's own line, in whoever's block it stands (联系人：…，单位电话：0830-…).
  ...labelled('单位电话 公司电话 企业电话 总机 前台电话', LabelCategory.publicPhone),
  // …but a person's 工作单位电话 is where to reach that person.
  ...labelled('工作单位电话', LabelCategory.phone),
  ...labelled('传真 监督举报电话', LabelCategory.publicPhone),
  // Bank accounts: personal and organisations' alike are deleted (DOMAIN §4)…
  ...labelled(
    '账号 帐号 账户 开户账号 银行账户 银行账号 银行卡号 银行卡 卡号 开户行账号',
    LabelCategory.bankAccount,
  ),
  // …except the account fines are paid into, which the public needs.
  ...labelled('缴款账户 缴款账号 缴款帐号', LabelCategory.publicAccount),
  // 收款账户 is where fines go only when the sentence says so (缴纳罚款…，收款账户…): a
  // compensation paid to a person (向付雪梅赔偿…（收款账号…）) goes to that person's card.
  ...labelled('收款账户 收款账号 收款人账号', LabelCategory.bankAccount),
  ...labelled(
    '代收银行 代收账号 罚没款账户 非税收入账户 国库账户 财政专户',
    LabelCategory.publicAccount,
  ),
  // Organisations' identifiers (GB 32100, 工商注册号): public.
  ...labelled(
    '统一社会信用代码 信用代码 组织机构代码 税务登记号 纳税人识别号',
    LabelCategory.creditCode,
  ),
  ...labelled(
    '注册号 工商注册号 营业执照号 营业执照注册号 登记证号',
    LabelCategory.registrationNumber,
  ),
  // Document numbers and officers' credentials: public.
  ...labelled(
    '文号 案号 索引号 决定书文号 执法证号 执法证件号 执法证件号码 执法证 证号 编号 证书编号 许可证号 许可证编号 许可编号 批准文号 发票号码 邮编 邮政编码',
    LabelCategory.documentNumber,
  ),
  // Travel documents.
  ...labelled('护照 护照号 护照号码', LabelCategory.passport),
  ...labelled('通行证 通行证号 通行证号码 回乡证', LabelCategory.travelPermit),
  ...labelled('台胞证 台胞证号 台胞证号码', LabelCategory.taiwanPermit),
  ...labelled('驾驶证号 驾驶证号码', LabelCategory.residentId),
  ...labelled(
    '台湾居民来往大陆通行证 台湾居民来往大陆通行证号 台湾居民来往大陆通行证号码 往来台湾通行证',
    LabelCategory.taiwanPermit,
  ),
  // Email.
  ...labelled('邮箱 电子邮箱 电子邮件 email e-mail', LabelCategory.email),
  ...labelled('监督邮箱 举报邮箱 投诉邮箱 咨询邮箱', LabelCategory.publicEmail),
];

/**
 * Words that, shortly before the fine-payment account number, say the account is the
 * agency's (罚款缴至…非税收入专户，开户银行…，账号…).
 */
export const PUBLIC_ACCOUNT_MARKERS: readonly string[] =
  '缴款账户 缴款账号 收款账户 收款账号 收款人 代收银行 代收罚 代收账 缴至 缴入 缴纳罚 缴纳罚没 繳納罰 缴纳至 非税 国库 财政局 罚没款 专户'.split(
    ' ',
  );

export const Subject = { person: 'person', organisation: 'organisation' } as const;
export type Subject = (typeof Subject)[keyof typeof Subject];

/**
 * Words that tell whose block of text we are in: a natural person's (their 住所 and
 * landline are personal) or an organisation's (its 住所 and office phone are public,
 * DOMAIN §4). The marker nearest before the label wins.
 */
export const SUBJECT_MARKERS: readonly (readonly [string, Subject])[] = [
  ...labelled(
    '委托代理人 代理人 证人 近亲属 联系人 经办人 监护人 法定代表人 负责人 经营者 身份证 公民身份号码 性别 出生 民族 汉族 男， 女， 男, 女, 自然人 住址 户籍 手机 工作单位 投诉人 举报人 消费者',
    Subject.person,
  ),
  ...labelled(
    '公司 有限 厂 合作社 集团 企业 机关 局 政府 委员会 中心 医院 仲裁院 法院 学校 统一社会信用代码 信用代码 注册号 营业执照 单位 个体工商户 商行 经营部 超市 酒店 宾馆 诊所 药房 大队 支队 协会 事务所 办公室 武装部',
    Subject.organisation,
  ),
];

export const AddressLabelKind = {
  /** Always a natural person's home: 住址, 家庭住址, 现住. */
  personal: 'personal',
  /** 住所 / 地址: personal for a person, public for an organisation. */
  ambiguous: 'ambiguous',
  /** An organisation's premises: 经营场所, 注册地址. */
  public: 'public',
} as const;
export type AddressLabelKind = (typeof AddressLabelKind)[keyof typeof AddressLabelKind];

function addressLabels(
  words: string,
  kind: AddressLabelKind,
  bare: boolean,
): (readonly [string, AddressLabelKind, boolean])[] {
  return words.split(' ').map((word) => [word, kind, bare] as const);
}

/** Labels before an address. Those marked `bare` may be followed directly by the address. */
export const ADDRESS_LABELS: readonly (readonly [string, AddressLabelKind, boolean])[] = [
  // 住址, and someone's 家地址 (李德珍家地址为…).
  ...addressLabels('住址 家地址', AddressLabelKind.personal, true),
  // A parcel's sender and recipient are people (寄件人地址为…, 收件地址…), and where a shop
  // delivers an order or sends papers (外送地址为：…, 原寄送地址：…).
  ...addressLabels(
    '寄件人地址 寄件地址 收件人地址 收件地址 收货人地址 收货地址 家庭住址 现住址 家庭地址 现住 家住 配送地址 送货地址 外送地址 外卖地址 寄送地址',
    AddressLabelKind.personal,
    true,
  ),
  // Decisions write a person's home as 男，1980年生，住XX县XX路12号: guarded in address.ts
  // (a separator before, a house number in the value) so 住房和城乡建设局 stays public.
  ...addressLabels(
    '住 户籍地 户籍地址 户籍住址 户籍所在地 居住地 经常居住地 现居住地 暂住地 暫住地 暂住地址 居住地址',
    AddressLabelKind.personal,
    true,
  ),
  ...addressLabels(
    // Where papers are mailed: a person's, or the agency's own (邮寄地址：本局…) as its block says.
    // 不动产坐落：… — where a house on a title deed stands: whose deed it is decides.
    '住所 住所地 地址 通讯地址 联系地址 送达地址 邮寄地址 坐落 不动产坐落 房屋坐落',
    AddressLabelKind.ambiguous,
    false,
  ),
  ...addressLabels(
    // The agency's own, named by its unit (大队地址：…, 本局地址：…).
    '经营场所 营业场所 经营地址 注册地址 注册地 办公地址 办公室地址 单位地址 机关地址 大队地址 支队地址 中队地址 本局地址 我局地址',
    AddressLabelKind.public,
    false,
  ),
  // A business's own address however it is named (reading/fields.ts reads them so too).
  ...addressLabels(
    '卫生室地址 诊所地址 药店地址 门店地址 店铺地址 公司地址 企业地址 机构地址',
    AddressLabelKind.public,
    false,
  ),
];
