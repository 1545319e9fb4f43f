import type { Reason } from './reasons';

/** Each detector's reason in words (reasons.ts says why they are kept apart). */
const REASON_TEXT: Readonly<Record<Reason, string>> = {
  'bank-card-labelled': '账号标签后的银行账号',
  'bank-card-luhn': '银行卡号（Luhn校验通过）',
  email: '电子邮箱地址',
  'landline-area-code': '带区号的固定电话',
  'landline-labelled': '电话标签后的固定电话',
  'mobile-labelled': '电话标签后的11位手机号',
  mobile: '11位手机号',
  'mobile-outside-mainland': '港澳台手机号（+852、+853、+886）',
  passport: '护照号码格式',
  'passport-labelled': '护照标签后的证件号码',
  'plate-new-energy': '新能源汽车号牌',
  plate: '机动车号牌',
  'resident-id-run-together': '连写的18位身份证号',
  'residence-permit': '18位港澳台居民居住证号码，校验位正确',
  'resident-id': '18位身份证号，日期与校验位正确',
  'resident-id-labelled-bad-check': '身份证号标签后的18位号码（校验位不符，仍可识别个人）',
  'resident-id-bad-check': '形似18位身份证号（日期有效，校验位不符）',
  'resident-id-15-labelled': '身份证号标签后的15位号码',
  'resident-id-15': '15位旧身份证号（日期有效）',
  'travel-permit': '通行证号码格式',
  'travel-permit-labelled': '通行证标签后的证件号码',
  'taiwan-permit-labelled': '台胞证标签后的证件号码',
  'always-redact': '指定必须脱敏的词',
};

/**
 * A finding's reason in words: a detector's code looked up, a reason already in words (the
 * reading's third persons and minors, address labels) as it is.
 */
export function reasonText(reason: string): string {
  return (REASON_TEXT as Record<string, string>)[reason] ?? reason;
}
