import { unifiedSocialCreditCodeCheckCharacter } from '../identifiers/unified-social-credit-code';
import type { Random } from './random';

/**
 * Fictitious identities for sample data. Region 519999 belongs to no county (Sichuan has
 * no prefecture 99), so the codes and ID numbers made here cannot be anyone's.
 */
export const SAMPLE_REGION = '519999';
export const SAMPLE_COUNTY = '示例县';

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const SURNAMES = [
  '张',
  '王',
  '李',
  '赵',
  '刘',
  '陈',
  '杨',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
];
const BRANDS = [
  '安和',
  '丰源',
  '锦程',
  '瑞祥',
  '鑫达',
  '华盛',
  '永兴',
  '通达',
  '康宁',
  '嘉禾',
  '恒信',
  '利民',
];

/**
 * A 统一社会信用代码 with a correct GB 32100 check character. `kind` is the first two
 * characters: 91 company, 92 individual business, 11 government body, 12 public institution.
 */
export function fictitiousCreditCode(random: Random, kind: '91' | '92' | '11' | '12'): string {
  let body = kind === '11' || kind === '12' ? 'MB' : 'MA';
  while (body.length < 9) body += random.pick([...ORG_ALPHABET]);
  const first17 = `${kind}${SAMPLE_REGION}${body}`;
  return first17 + unifiedSocialCreditCodeCheckCharacter(first17);
}

/** A resident ID (GB 11643 check character) for someone born on `birthDate` in region 519999. */
export function fictitiousResidentId(random: Random, birthDate: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `${SAMPLE_REGION}${birthDate.replace(/-/g, '')}${String(random.int(1, 999)).padStart(3, '0')}`;
  const sum = [...first17].reduce(
    (total, digit, index) => total + Number(digit) * weights[index]!,
    0,
  );
  return first17 + '10X98765432'[sum % 11];
}

/** 张某 or 张某某: the way courts and agencies publish natural persons' names. */
export function fictitiousPersonName(random: Random): string {
  return `${random.pick(SURNAMES)}${random.chance(0.7) ? '某' : '某某'}`;
}

export function fictitiousCompanyName(random: Random, trade: string): string {
  return `${SAMPLE_COUNTY}${random.pick(BRANDS)}${trade}有限公司`;
}

export function fictitiousShopName(random: Random, trade: string): string {
  return `${SAMPLE_COUNTY}${random.pick(BRANDS)}${trade}（个体工商户）`;
}
