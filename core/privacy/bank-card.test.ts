import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';
import { luhnValid } from './bank-card';

describe('bank card and accounts', () => {
  it.each([
    ['6222021234567890128', true],
    ['6222021234567890127', false],
    ['4111111111111111', true],
  ])('Luhn %s = %s', (digits, valid) => expect(luhnValid(digits, 0, digits.length)).toBe(valid));

  it.each([
    ['unlabelled Luhn card', '转入6222021234567890128的', '6222021234567890128'],
    ['grouped', '卡号 6222 0212 3456 7890 128', '6222 0212 3456 7890 128'],
    [
      'paid to a person’s own account, though the 财政 pays it',
      '本局将向财政局申请支付，由财政部门支付至赔偿请求人本人账户（中国建设银行毕节分行，账号6217 0033 8000 2491 774）。',
      '6217 0033 8000 2491 774',
    ],
    ['labelled account failing Luhn', '开户账号：2201024509000123456', '2201024509000123456'],
    ['银行账户', '银行账户：4402 2012 3456 789', '4402 2012 3456 789'],
    [
      'a 收款账号 a person is paid into',
      '已向付雪梅全额赔偿3299元（收款账号6228480461025739180）',
      '6228480461025739180',
    ],
    [
      'a card a relative received money on (其子代收的银行卡): not the bank that collects fines',
      '补偿款向其子代收的银行卡（卡号6217 0037 6001 5583 29）支付人民币22,500元',
      '6217 0037 6001 5583 29',
    ],
    [
      'the party’s own 收款账户',
      '被处罚人收款账户为：6228 4804 6101 8374 292（中国农业银行）',
      '6228 4804 6101 8374 292',
    ],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['bank-card', found]]);
  });

  it('deletes both accounts listed in one cell after a payee, as the second pass would', () => {
    expectFindings(
      '收款人：曹德、龚卫平\u2063收款账号： 6228484619037251868、6214838306172940520\u2063金额（元）：4000.00×2',
      [
        ['name', '曹德'],
        ['name', '龚卫平'],
        ['bank-card', '6228484619037251868'],
        ['bank-card', '6214838306172940520'],
      ],
    );
  });

  it('deletes an account a subsidy was paid into (财政补贴资金, not a fine paid in)', () => {
    expectFindings(
      '均通过“惠民惠农财政补贴资金社会保障卡”发放至罗永贵名下银行账户（卡号6214584206670736998）。',
      [['bank-card', '6214584206670736998']],
    );
  });

  it.each([
    ['fine-payment account', '缴款账户：2201024509000123456'],
    ['收款账户 of the fines', '罚款缴入收款账户：2201024509000123456'],
    [
      'the account a fine is paid at',
      '到中国农业银行南部县支行缴纳罚款（账号：22615101040003354）',
    ],
    ['代收银行 then 账号', '代收银行：中国农业银行泸州分行，账号：22010245090001234'],
    ['代收罚款账户', '罚款缴至泸州银行纳溪支行（代收罚款账户：22010245090001234）'],
    [
      '非税收入专户',
      '罚款缴至泸州市财政局非税收入专户，开户银行：农业银行，账号：2201 0245 0900 0123 456',
    ],
    ['Luhn number after 编号', '编号：6222021234567890128'],
    // 1233308308191356 passes the Luhn check; no card starts with 1.
    ['a hotline and a landline run together', '举报投诉电话：12333　0830-8191356'],
    [
      'the fines account after a line a PDF cut',
      '将罚款缴至古蔺县财政局指定\n账户（开户行：中国农业银行古蔺县支行，账号：22-410701040001186）',
    ],
  ])('%s is public', (_name, text) => {
    expectFindings(text, []);
  });
});
