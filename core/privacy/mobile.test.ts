import { describe, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';

describe('mobile', () => {
  it.each([
    ['plain', '联系电话：13812345678。', '13812345678'],
    ['dashes', '手机138-1234-5678', '138-1234-5678'],
    ['spaces', '手机 138 1234 5678', '138 1234 5678'],
    ['+86', '电话+86 138 1234 5678', '+86 138 1234 5678'],
    ['+86 glued', '电话+8613812345678', '+8613812345678'],
    ['0086', 'tel 0086-13812345678', '0086-13812345678'],
    ['full-width', '聯繫電話：１３８１２３４５６７８', '１３８１２３４５６７８'],
    ['zero-width and nbsp', '手机138\u200b1234\u00a05678', '138\u200b1234\u00a05678'],
    ['no label', '当事人张三13912345678称', '13912345678'],
    ['bare 86 prefix', '联系电话8613712345679。', '8613712345679'],
    [
      'a mobile used as an account, in a sentence about where money went',
      '款项转入当事人收款账户（支付宝账号13558132706）。',
      '13558132706',
    ],
    ['Taiwan, +886', '聯繫電話+886-912-538-417', '+886-912-538-417'],
    ['Hong Kong, +852', '手机：+852 9123 4567', '+852 9123 4567'],
    ['Macau, +853', '手机+85366123456', '+85366123456'],
    ['Korea, +82, in Yanbian', '联系电话：+82 10-4527-8816', '+82 10-4527-8816'],
    ['OCR: O read for 0', '联系电话：139-7388-6O21', '139-7388-6O21'],
    ['Vietnam, +84', '手机：+84 912 345 678', '+84 912 345 678'],
    ['bare 86 prefix, no label', '张三8613712345679', '8613712345679'],
    ['tabs between the groups', '电话：135\t1234\t5671', '135\t1234\t5671'],
    ['middle dots between the groups', '联系电话：181·8133·9026。', '181·8133·9026'],
    ['katakana middle dots', '手机181・8133・9026', '181・8133・9026'],
    ['broken by a line break', '手机：138\n1234 5678。', '138\n1234 5678'],
    [
      'after 涉案号码 (案号 inside a longer word is no document number’s label)',
      '涉案号码“152 3706 8819”已函告通信运营企业予以停机。',
      '152 3706 8819',
    ],
    ['a mobile under a hotline label is still someone’s', '监督电话：13812345678', '13812345678'],
    ['a complainant’s in brackets', '举报人（举报电话13982457163）举报', '13982457163'],
    [
      'the phone of whoever complained',
      '邹建明于2024年3月15日向本局投诉，投诉电话15908300427。',
      '15908300427',
    ],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['mobile', found]]);
  });

  it.each([
    ['12345', '举报电话：12345'],
    ['12 digits', '编码138123456789'],
    ['not 1[3-9]', '12812345678'],
    ['86 inside a longer number', '订单号98613712345679'],
    ['a number on each line', '罚款5000\n13812345678901'],
    [
      'an officer’s credential number a line break put under its label',
      '执法人员：张建，执法证号：\n15010523052',
    ],
    [
      'a reading in a row’s last cell and the next row’s first cell (a table typed with bars)',
      '户号 | 户名 | 表读数\n0305127 | 某某公司 | 1486\n0305127 | 某某公司 | 1509',
    ],
  ])('%s is not reported', (_name, text) => {
    expectFindings(text, []);
  });
});
