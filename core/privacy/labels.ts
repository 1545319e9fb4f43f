/**
 * The words that say what a number or a name next to them is. Context decides public versus
 * personal: the same 0830-3196001 is the agency's 监督电话 (public) or a party's 联系电话.
 * Labels are written in Simplified; Traditional forms (身份證號碼, 聯繫電話) and full-width
 * letters are folded before comparing (internal/chars.ts).
 */

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
  ['身份证', LabelCategory.residentId],
  ['身份证号', LabelCategory.residentId],
  ['身份证号码', LabelCategory.residentId],
  ['居民身份证', LabelCategory.residentId],
  ['公民身份号码', LabelCategory.residentId],
  ['身份号码', LabelCategory.residentId],
  ['证件号码', LabelCategory.residentId],
  ['证件号', LabelCategory.residentId],
  ['居住证', LabelCategory.residentId],
  ['身份证件', LabelCategory.residentId],
  ['id', LabelCategory.residentId],
  // Telephones of a party.
  ['电话', LabelCategory.phone],
  ['联系电话', LabelCategory.phone],
  ['电话号码', LabelCategory.phone],
  ['手机', LabelCategory.phone],
  ['手机号', LabelCategory.phone],
  ['手机号码', LabelCategory.phone],
  ['移动电话', LabelCategory.phone],
  ['固定电话', LabelCategory.phone],
  ['联系方式', LabelCategory.phone],
  ['联系号码', LabelCategory.phone],
  ['tel', LabelCategory.phone],
  ['tel:', LabelCategory.phone],
  ['mobile', LabelCategory.phone],
  ['phone', LabelCategory.phone],
  // The agency's own channels: public (DOMAIN §1 监督方式, §4 keep).
  ['监督电话', LabelCategory.publicPhone],
  ['举报电话', LabelCategory.publicPhone],
  ['投诉电话', LabelCategory.publicPhone],
  ['投诉举报电话', LabelCategory.publicPhone],
  ['咨询电话', LabelCategory.publicPhone],
  ['咨询投诉电话', LabelCategory.publicPhone],
  ['服务电话', LabelCategory.publicPhone],
  ['服务热线', LabelCategory.publicPhone],
  ['热线', LabelCategory.publicPhone],
  ['热线电话', LabelCategory.publicPhone],
  ['值班电话', LabelCategory.publicPhone],
  ['办公电话', LabelCategory.publicPhone],
  // An organisation's own line, in whoever's block it stands (联系人：…，单位电话：0830-…).
  ['单位电话', LabelCategory.publicPhone],
  ['公司电话', LabelCategory.publicPhone],
  ['企业电话', LabelCategory.publicPhone],
  // …but a person's 工作单位电话 is where to reach that person.
  ['工作单位电话', LabelCategory.phone],
  ['传真', LabelCategory.publicPhone],
  ['监督举报电话', LabelCategory.publicPhone],
  // Bank accounts: personal and organisations' alike are deleted (DOMAIN §4)…
  ['账号', LabelCategory.bankAccount],
  ['帐号', LabelCategory.bankAccount],
  ['账户', LabelCategory.bankAccount],
  ['开户账号', LabelCategory.bankAccount],
  ['银行账户', LabelCategory.bankAccount],
  ['银行账号', LabelCategory.bankAccount],
  ['银行卡号', LabelCategory.bankAccount],
  ['银行卡', LabelCategory.bankAccount],
  ['卡号', LabelCategory.bankAccount],
  ['开户行账号', LabelCategory.bankAccount],
  // …except the account fines are paid into, which the public needs.
  ['缴款账户', LabelCategory.publicAccount],
  ['缴款账号', LabelCategory.publicAccount],
  ['缴款帐号', LabelCategory.publicAccount],
  // 收款账户 is where fines go only when the sentence says so (缴纳罚款…，收款账户…): a
  // compensation paid to a person (向付雪梅赔偿…（收款账号…）) goes to that person's card.
  ['收款账户', LabelCategory.bankAccount],
  ['收款账号', LabelCategory.bankAccount],
  ['收款人账号', LabelCategory.bankAccount],
  ['代收银行', LabelCategory.publicAccount],
  ['代收账号', LabelCategory.publicAccount],
  ['罚没款账户', LabelCategory.publicAccount],
  ['非税收入账户', LabelCategory.publicAccount],
  ['国库账户', LabelCategory.publicAccount],
  ['财政专户', LabelCategory.publicAccount],
  // Organisations' identifiers (GB 32100, 工商注册号): public.
  ['统一社会信用代码', LabelCategory.creditCode],
  ['信用代码', LabelCategory.creditCode],
  ['组织机构代码', LabelCategory.creditCode],
  ['税务登记号', LabelCategory.creditCode],
  ['纳税人识别号', LabelCategory.creditCode],
  ['注册号', LabelCategory.registrationNumber],
  ['工商注册号', LabelCategory.registrationNumber],
  ['营业执照号', LabelCategory.registrationNumber],
  ['营业执照注册号', LabelCategory.registrationNumber],
  ['登记证号', LabelCategory.registrationNumber],
  // Document numbers and officers' credentials: public.
  ['文号', LabelCategory.documentNumber],
  ['案号', LabelCategory.documentNumber],
  ['索引号', LabelCategory.documentNumber],
  ['决定书文号', LabelCategory.documentNumber],
  ['执法证号', LabelCategory.documentNumber],
  ['执法证件号', LabelCategory.documentNumber],
  ['执法证件号码', LabelCategory.documentNumber],
  ['执法证', LabelCategory.documentNumber],
  ['证号', LabelCategory.documentNumber],
  ['编号', LabelCategory.documentNumber],
  ['证书编号', LabelCategory.documentNumber],
  ['许可证号', LabelCategory.documentNumber],
  ['许可证编号', LabelCategory.documentNumber],
  ['许可编号', LabelCategory.documentNumber],
  ['批准文号', LabelCategory.documentNumber],
  ['发票号码', LabelCategory.documentNumber],
  ['邮编', LabelCategory.documentNumber],
  ['邮政编码', LabelCategory.documentNumber],
  // Travel documents.
  ['护照', LabelCategory.passport],
  ['护照号', LabelCategory.passport],
  ['护照号码', LabelCategory.passport],
  ['通行证', LabelCategory.travelPermit],
  ['通行证号', LabelCategory.travelPermit],
  ['通行证号码', LabelCategory.travelPermit],
  ['回乡证', LabelCategory.travelPermit],
  ['台胞证', LabelCategory.taiwanPermit],
  ['台胞证号', LabelCategory.taiwanPermit],
  ['台胞证号码', LabelCategory.taiwanPermit],
  ['驾驶证号', LabelCategory.residentId],
  ['驾驶证号码', LabelCategory.residentId],
  ['台湾居民来往大陆通行证', LabelCategory.taiwanPermit],
  ['往来台湾通行证', LabelCategory.taiwanPermit],
  // Email.
  ['邮箱', LabelCategory.email],
  ['电子邮箱', LabelCategory.email],
  ['电子邮件', LabelCategory.email],
  ['email', LabelCategory.email],
  ['e-mail', LabelCategory.email],
  ['监督邮箱', LabelCategory.publicEmail],
  ['举报邮箱', LabelCategory.publicEmail],
  ['投诉邮箱', LabelCategory.publicEmail],
  ['咨询邮箱', LabelCategory.publicEmail],
];

/**
 * Words that, shortly before the fine-payment account number, say the account is the
 * agency's (罚款缴至…非税收入专户，开户银行…，账号…).
 */
export const PUBLIC_ACCOUNT_MARKERS: readonly string[] = [
  '缴款账户',
  '缴款账号',
  '收款账户',
  '收款账号',
  '收款人',
  '代收银行',
  '代收',
  '缴至',
  '缴入',
  '缴纳罚',
  '缴纳罚没',
  '繳納罰',
  '缴纳至',
  '非税',
  '国库',
  '财政',
  '罚没款',
];

export const Subject = { person: 'person', organisation: 'organisation' } as const;
export type Subject = (typeof Subject)[keyof typeof Subject];

/**
 * Words that tell whose block of text we are in: a natural person's (their 住所 and
 * landline are personal) or an organisation's (its 住所 and office phone are public,
 * DOMAIN §4). The marker nearest before the label wins.
 */
export const SUBJECT_MARKERS: readonly (readonly [string, Subject])[] = [
  ['委托代理人', Subject.person],
  ['代理人', Subject.person],
  ['证人', Subject.person],
  ['近亲属', Subject.person],
  ['联系人', Subject.person],
  ['经办人', Subject.person],
  ['监护人', Subject.person],
  ['法定代表人', Subject.person],
  ['负责人', Subject.person],
  ['经营者', Subject.person],
  ['身份证', Subject.person],
  ['公民身份号码', Subject.person],
  ['性别', Subject.person],
  ['出生', Subject.person],
  ['民族', Subject.person],
  ['汉族', Subject.person],
  ['男，', Subject.person],
  ['女，', Subject.person],
  ['男,', Subject.person],
  ['女,', Subject.person],
  ['自然人', Subject.person],
  ['住址', Subject.person],
  ['户籍', Subject.person],
  ['手机', Subject.person],
  ['工作单位', Subject.person],
  ['公司', Subject.organisation],
  ['有限', Subject.organisation],
  ['厂', Subject.organisation],
  ['合作社', Subject.organisation],
  ['集团', Subject.organisation],
  ['企业', Subject.organisation],
  ['机关', Subject.organisation],
  ['局', Subject.organisation],
  ['政府', Subject.organisation],
  ['委员会', Subject.organisation],
  ['中心', Subject.organisation],
  ['医院', Subject.organisation],
  ['学校', Subject.organisation],
  ['统一社会信用代码', Subject.organisation],
  ['信用代码', Subject.organisation],
  ['注册号', Subject.organisation],
  ['营业执照', Subject.organisation],
  ['单位', Subject.organisation],
  ['个体工商户', Subject.organisation],
  ['商行', Subject.organisation],
  ['经营部', Subject.organisation],
  ['超市', Subject.organisation],
  ['酒店', Subject.organisation],
  ['宾馆', Subject.organisation],
  ['诊所', Subject.organisation],
  ['药房', Subject.organisation],
  ['大队', Subject.organisation],
  ['支队', Subject.organisation],
  ['协会', Subject.organisation],
  ['事务所', Subject.organisation],
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

/** Labels before an address. Those marked `bare` may be followed directly by the address. */
export const ADDRESS_LABELS: readonly (readonly [string, AddressLabelKind, boolean])[] = [
  ['住址', AddressLabelKind.personal, true],
  // A parcel's sender and recipient are people (寄件人地址为…, 收件地址…).
  ['寄件人地址', AddressLabelKind.personal, true],
  ['寄件地址', AddressLabelKind.personal, true],
  ['收件人地址', AddressLabelKind.personal, true],
  ['收件地址', AddressLabelKind.personal, true],
  ['收货人地址', AddressLabelKind.personal, true],
  ['收货地址', AddressLabelKind.personal, true],
  ['家庭住址', AddressLabelKind.personal, true],
  ['现住址', AddressLabelKind.personal, true],
  ['家庭地址', AddressLabelKind.personal, true],
  ['现住', AddressLabelKind.personal, true],
  ['家住', AddressLabelKind.personal, true],
  // Decisions write a person's home as 男，1980年生，住XX县XX路12号: guarded in address.ts
  // (a separator before, a house number in the value) so 住房和城乡建设局 stays public.
  ['住', AddressLabelKind.personal, true],
  ['户籍地', AddressLabelKind.personal, true],
  ['户籍地址', AddressLabelKind.personal, true],
  ['户籍住址', AddressLabelKind.personal, true],
  ['户籍所在地', AddressLabelKind.personal, true],
  ['居住地', AddressLabelKind.personal, true],
  ['经常居住地', AddressLabelKind.personal, true],
  ['现居住地', AddressLabelKind.personal, true],
  ['住所', AddressLabelKind.ambiguous, false],
  ['住所地', AddressLabelKind.ambiguous, false],
  ['地址', AddressLabelKind.ambiguous, false],
  ['通讯地址', AddressLabelKind.ambiguous, false],
  ['联系地址', AddressLabelKind.ambiguous, false],
  ['送达地址', AddressLabelKind.ambiguous, false],
  ['经营场所', AddressLabelKind.public, false],
  ['营业场所', AddressLabelKind.public, false],
  ['经营地址', AddressLabelKind.public, false],
  ['注册地址', AddressLabelKind.public, false],
  ['注册地', AddressLabelKind.public, false],
  ['办公地址', AddressLabelKind.public, false],
  ['单位地址', AddressLabelKind.public, false],
  ['机关地址', AddressLabelKind.public, false],
  // A business's own address however it is named (reading/fields.ts reads them so too).
  ['卫生室地址', AddressLabelKind.public, false],
  ['诊所地址', AddressLabelKind.public, false],
  ['药店地址', AddressLabelKind.public, false],
  ['门店地址', AddressLabelKind.public, false],
  ['店铺地址', AddressLabelKind.public, false],
  ['公司地址', AddressLabelKind.public, false],
  ['企业地址', AddressLabelKind.public, false],
];
