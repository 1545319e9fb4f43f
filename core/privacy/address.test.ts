import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';
import { countyPrefixLength } from './address';

describe('address', () => {
  it.each([
    ['泸州市江阳区大山坪街道12号', '泸州市江阳区'],
    ['四川省泸州市合江县合江镇少岷路3号', '四川省泸州市合江县'],
    ['泸县福集镇龙华路8号', '泸县'],
    ['江阳区康城小区3栋', '江阳区'],
    ['康城小区3栋2单元', ''],
    ['泸州市大山坪街道12号', '泸州市'],
  ])('public style keeps %s → %s', (address, kept) => {
    expect(address.slice(0, countyPrefixLength(address))).toBe(kept);
  });

  it.each([
    [
      '住址',
      '张三，住址：泸州市江阳区大山坪街道康城路12号3单元501室，电话',
      '泸州市江阳区大山坪街道康城路12号3单元501室',
    ],
    ['Traditional 住址', '住址：瀘州市江陽區大山坪街道12號', '瀘州市江陽區大山坪街道12號'],
    ['现住 without colon', '现住泸州市龙马潭区红星路5号。', '泸州市龙马潭区红星路5号'],
    ['person 住所', '当事人：张三，男，住所：泸州市江阳区康城路12号', '泸州市江阳区康城路12号'],
    ['cut before phone', '住址：江阳区康城路12号联系电话', '江阳区康城路12号'],
    [
      'bare 住 after a comma',
      '张某，男，1980年生，住示例县城关镇幸福村3组。',
      '示例县城关镇幸福村3组',
    ],
    [
      'bare 住 inside brackets, cut at the closing bracket',
      '当事人张某（住示例县幸福路12号3单元401室）销售',
      '示例县幸福路12号3单元401室',
    ],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['address', found]]);
  });

  it.each([
    [
      'company 住所',
      '当事人：泸州某某酒业有限公司\n统一社会信用代码：91510502MA62A0B31L\n住所：泸州市江阳区酒城大道一段8号',
    ],
    ['经营场所', '经营场所：泸州市江阳区酒城大道一段8号'],
    ['agency address', '泸州市江阳区市场监督管理局（地址：泸州市江阳区蓝田街道1号）'],
    ['already redacted', '住址：泸州市江阳区【已脱敏】'],
    ['county only', '住址：泸州市江阳区'],
    ['住所 in prose', '无固定住所的'],
    ['an agency named 住房和城乡建设局', '示例县住房和城乡建设局，住房保障股'],
    ['住 in ordinary words', '入住示例县宾馆1203室，住宿费自理'],
    // Found by the HTML redaction property (seed -147915311): a witness named 住所, redacted.
    ['a redacted name starting with 住, then a field', '证人：住某：身份證號碼：'],
  ])('%s is not reported', (_name, text) => {
    expectFindings(text, []);
  });
});
