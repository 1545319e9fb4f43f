import { describe, expect, it } from 'vitest';
import { spelledMobiles } from './spelled-numbers';
import { wrappedNumbers } from './wrapped-numbers';

describe('wrappedNumbers', () => {
  const pieces = (text: string) =>
    wrappedNumbers(text).map((piece) => [piece.kind, text.slice(piece.start, piece.end)]);

  it('reads a number a text table’s cell wrapped onto the next line, in the same display column', () => {
    const text = [
      '  被追偿人   陈光荣                   性别     男',
      '  身份证号   52242519780312           联系     187 8573',
      '             4539                     电话     9026',
    ].join('\n');
    expect(pieces(text)).toEqual([
      ['resident-id', '52242519780312'],
      ['resident-id', '4539'],
      ['mobile', '187 8573'],
      ['mobile', '9026'],
    ]);
  });

  it('leaves rows of numbers, an amount over a card’s own line and pieces that make no number', () => {
    for (const text of [
      '1   13812345678\n2   13912345678',
      '５  罗文才  野猪    玉米被拱食            1350\n                                                   6217 8931 0000 2290 5411',
      '  金额   52242519780312\n         4538',
    ])
      expect(pieces(text)).toEqual([]);
  });
});

describe('spelledMobiles', () => {
  it('reads a mobile written in Chinese numerals, not a date or a house number', () => {
    const text = '联系电话一八九一九三八六二〇五。二〇二四年三月五日，住东关街一百零八号。';
    expect(spelledMobiles(text).map((found) => text.slice(found.start, found.end))).toEqual([
      '一八九一九三八六二〇五',
    ]);
  });
});
