/** How an organisation's name looks: the words and endings that tell a company from a person. */

/** Endings of organisations' names (公司, 厂, 合作社, 诊所, 摊…): the party is an organisation. */
const ORGANISATION_SUFFIXES = [
  '公司',
  '厂',
  '店',
  '行',
  '部',
  '社',
  '馆',
  '场',
  '站',
  '院',
  '所',
  '中心',
  '集团',
  '企业',
  '诊所',
  '医院',
  '学校',
  '幼儿园',
  '协会',
  '商会',
  '工作室',
  '超市',
  '酒店',
  '宾馆',
  '药房',
  '农家乐',
  '摊',
  '摊位',
  '档',
  '坊',
  '庄',
  '园',
  '队',
  '委员会',
  '委会',
  '社区',
  '办',
  '政府',
  '局',
  '处',
  '室',
  '楼',
  '吧',
  '城',
  '铺',
];

// 合伙 only as a partnership's form (…合伙企业, （有限合伙）): 汪晓燕商定合伙办班 is prose.
const ORGANISATION_WORDS = [
  '个体工商户',
  '有限',
  '合伙企业',
  '普通合伙',
  '特殊普通合伙',
  '统一社会信用代码',
  '营业执照',
];

/**
 * An organisation's name: one of its words, or a name of four characters or more ending as
 * organisations' do. A person's name (张德行, two to three characters) is never read as one.
 */
export function isOrganisationName(name: string): boolean {
  if (ORGANISATION_WORDS.some((word) => name.includes(word))) return true;
  // 康城路12号3单元602室 ends as 工作室 does, but a house number makes it an address.
  if (/[0-9０-９]\s*[号號]/.test(name)) return false;
  const bare = name.replace(/[（(][^）)]*[）)]?$/, '').trim();
  return bare.length >= 4 && ORGANISATION_SUFFIXES.some((suffix) => bare.endsWith(suffix));
}

/** Endings of two characters or more (社区, 公司, 委员会): no given name ends so. */
const LONG_SUFFIXES = ORGANISATION_SUFFIXES.filter((suffix) => suffix.length >= 2);

/**
 * True when text ending at `end` ends in an organisation's ending of two characters or more:
 * 檀木林社区, read inside a longer run (檀木林社区居民). Read in place, not sliced: it is
 * asked at every place of a run.
 */
export function endsAsOrganisation(text: string, end: number): boolean {
  return LONG_SUFFIXES.some((suffix) => text.endsWith(suffix, end));
}
