import { describe, expect, it } from 'vitest';
import { validResidentId } from '../../test/privacy/expect-findings';
import { redactHtml } from './html';
import { redactText, redactTextCounted } from './redact';
import { scanText } from './scan';

const ID = validResidentId('51050219850315001');

describe('redactText', () => {
  it.each([
    ['mobile', '手机：13812345678', '手机：【已脱敏】', '手机：138****5678'],
    ['mobile dashes', '手机：138-1234-5678', '手机：【已脱敏】', '手机：138-****-5678'],
    ['ID', `身份证：${ID}`, '身份证：【已脱敏】', '身份证：5***************16'],
    ['bank card', '卡号6222021234567890128', '卡号【已脱敏】', '卡号6222 **** **** *** 0128'],
    [
      'address',
      '住址：泸州市江阳区康城路12号',
      '住址：泸州市江阳区【已脱敏】',
      '住址：泸州市江阳区****',
    ],
    [
      'names',
      '委托代理人：李四、欧阳小明',
      '委托代理人：李某、欧阳某某',
      '委托代理人：李*、欧阳**',
    ],
    ['3-char name', '证人：王小明。', '证人：王某某。', '证人：王**。'],
    ['Traditional compound surname', '證人：歐陽小明。', '證人：歐陽某某。', '證人：歐陽**。'],
    // The staff form was read again as the name 欧阳 (found trying the CLI on a converted page).
    ['compound surname alone', '证人：欧阳小明。', '证人：欧阳某某。', '证人：欧阳**。'],
    ['email', '邮箱：zhangsan@example.com', '邮箱：【已脱敏】', '邮箱：z****@example.com'],
    // Found by the idempotence property (seed -1166541691): a number in the kept domain.
    [
      'email, number in the domain',
      '0x@13812345678example.com',
      '【已脱敏】',
      '0****@138****5678example.com',
    ],
    ['plate', '车辆川E12345', '车辆【已脱敏】', '车辆川E1***5'],
    ['landline', '电话：0830-2123456', '电话：【已脱敏】', '电话：0830-*****56'],
  ])('%s', (_name, text, publicForm, staffForm) => {
    expect(redactText(text)).toBe(publicForm);
    expect(redactText(text, { style: 'staff' })).toBe(staffForm);
    expect(redactText(publicForm)).toBe(publicForm);
    expect(redactText(staffForm, { style: 'staff' })).toBe(staffForm);
  });

  it('keeps allowed strings', () => {
    expect(redactText('联系电话：138-1234-5678', { allow: ['13812345678'] })).toBe(
      '联系电话：138-1234-5678',
    );
  });
});

describe('redactTextCounted', () => {
  const text = `委托代理人：欧阳小明，手机：13812345678，身份证：${ID}。监督电话：0830-3887696。`;

  it.each(['public', 'staff'] as const)(
    'gives redactText and the count scanText finds (%s)',
    (style) => {
      const counted = redactTextCounted(text, { style });
      expect(counted.text).toBe(redactText(text, { style }));
      expect(counted.replaced).toBe(scanText(text).length);
      expect(counted.replaced).toBe(3);
    },
  );

  it('counts nothing in clean text and returns it unchanged', () => {
    expect(redactTextCounted('监督电话：0830-3887696。')).toEqual({
      text: '监督电话：0830-3887696。',
      replaced: 0,
      minors: 0,
    });
  });
});

describe('idempotence on texts the property tests found', () => {
  it.each<[string, 'public' | 'staff']>([
    ['证人：车牌川E00000', 'public'],
    ['证人刘大海川E00000', 'public'],
    ['证人張大偉刘大海的陈述，证人張大偉', 'staff'],
    ['证人刘大海\n当事人：林燕刘大海证人林燕', 'public'],
    ['\n当事人：林燕推搡（系当事人之父）证人林燕', 'public'],
    [
      '证人林燕当事人：陈建国，男，2008年5月3日出生，证人林燕当事人：陈建国，男，2008年5月3日出生，',
      'public',
    ],
    ['证人刘大海刘大海林燕（系当事人之父）', 'public'],
    ['住所：泸州市江阳区当事人：陈建国，男，2008年5月3日出生，', 'public'],
  ])('%j (%s)', (text, style) => {
    const once = redactText(text, { style });
    expect(redactText(once, { style })).toBe(once);
    expect(scanText(once).filter((finding) => finding.kind !== 'minor')).toEqual([]);
  });
});

describe('idempotence on HTML tables the property tests found', () => {
  it.each([
    '<table><tr><td><b>送达文书名称</b></td><td><b>签收人</b></td><td><b>送达文书名称</b></td></tr>' +
      '<tr><td>张大海</td><td>叙永县赤水镇鱼凫村2组14号</td><td>1985年3月7日</td></tr>' +
      '<tr><td>91510502MA62A0B31L</td><td>张大海</td><td>张大海</td></tr>' +
      '<tr><td>叙永县赤水镇鱼凫村2组14号</td><td>张大海</td><td>张大海</td></tr></table>',
  ])('%j', (html) => {
    const once = redactHtml(html, { style: 'public' });
    expect(redactHtml(once, { style: 'public' })).toBe(once);
  });
});

describe('a minor party named by its role word only', () => {
  it.each(['违法主体：\n出生日期：2009年5月3日', '姓名：\n出生日期：2009年5月3日'])(
    '%j is reported and left as written',
    (block) => {
      const text = `${block}\n\n经查。\n2024年3月20日`;
      expect(scanText(text).map((finding) => finding.kind)).toContain('minor');
      expect(redactText(text)).toBe(text);
      expect(redactText(text, { style: 'staff' })).toBe(text);
    },
  );
});

describe('a minor trading under a 字号', () => {
  it('is reported though the block also names a business', () => {
    const text = [
      '被处理人：朱子涵',
      '出生日期：2007年5月16日',
      '经营字号：叙永县蜜遇茶饮店（个体工商户）',
      '法定代理人：朱国平（系被处理人之父）',
      '',
      '经查，被处理人尚欠工资。',
      '二〇二四年十一月八日',
    ].join('\n');
    expect(scanText(text).map((finding) => finding.kind)).toContain('minor');
  });
});
