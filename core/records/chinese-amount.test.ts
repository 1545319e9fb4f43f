import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseFineAmount } from './chinese-amount';

describe('parseChineseInteger', () => {
  it.each([
    ['伍仟', 5000],
    ['贰拾万', 200_000],
    ['壹拾', 10],
    ['十五', 15],
    ['一千二百', 1200],
    ['贰拾万零伍佰', 200_500],
    ['叁亿肆仟万', 340_000_000],
    ['两万', 20_000],
    ['', undefined],
    ['五块', undefined],
  ])('%s → %s', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });
});

describe('parseFineAmount', () => {
  it.each([
    ['本机关决定：罚款人民币伍仟元整。', { value: '5000', unit: '元' }],
    ['决定：罚款人民币贰拾万元整', { value: '200000', unit: '元' }],
    ['罚款20万元，没收违法所得580元', { value: '20', unit: '万元' }],
    ['罚款１，２００．５０元', { value: '1200.50', unit: '元' }],
    ['罚款人民币壹佰贰拾叁元肆角伍分', { value: '123.45', unit: '元' }],
    ['给予警告', undefined],
    ['没收违法所得580元', undefined],
  ])('%s', (text, money) => {
    expect(parseFineAmount(text)).toEqual(money);
  });
});
