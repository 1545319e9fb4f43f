import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MoneyUnit } from './enumerations';
import { convertMoney, formatFen, moneyToFen, parseMoney, sumFen } from './money';

describe('money', () => {
  it.each([
    ['0.35', '万元', 350_000],
    ['1', '万元', 1_000_000],
    ['0.000001', '万元', 1],
    ['0.0000001', '万元', undefined],
    ['200', '元', 20_000],
    ['200.5', '元', 20_050],
    ['200.500', '元', 20_050],
    ['200.505', '元', undefined],
    ['-1', '元', undefined],
    ['90071992547409.92', '元', undefined],
    ['1e3', '元', undefined],
  ] as const)('%s %s → %s 分', (value, unit, fen) => {
    expect(moneyToFen({ value, unit })).toBe(fen);
  });

  it('adds 0.1 + 0.2 万元 exactly', () => {
    const { fen } = sumFen([
      { value: '0.1', unit: MoneyUnit.wanYuan },
      { value: '0.2', unit: MoneyUnit.wanYuan },
    ]);
    expect(formatFen(fen, MoneyUnit.wanYuan)).toBe('0.3');
    expect(formatFen(fen, MoneyUnit.yuan)).toBe('3000');
  });

  it('converts between units', () => {
    expect(convertMoney({ value: '2500', unit: '元' }, '万元')).toEqual({
      value: '0.25',
      unit: '万元',
    });
  });

  it.each([
    ['0.5', '万元', { money: { value: '0.5', unit: '万元' } }],
    ['１，２００．５０元', '万元', { money: { value: '1200.50', unit: '元' } }],
    [' 3 万元', '元', { money: { value: '3', unit: '万元' } }],
    ['.5', '万元', { money: { value: '0.5', unit: '万元' } }],
    ['', '万元', undefined],
    ['无', '万元', undefined],
    ['五千', '元', { error: 'not-a-number' }],
    ['0.001', '元', { error: 'too-precise' }],
  ] as const)('parseMoney(%s, %s)', (text, unit, expected) => {
    expect(parseMoney(text, unit)).toEqual(expected);
  });

  test.prop([fc.maxSafeNat(), fc.constantFrom('元', '万元' as const)])(
    'formatFen and moneyToFen are inverse',
    (fen, unit) => {
      expect(moneyToFen({ value: formatFen(fen, unit), unit })).toBe(fen);
    },
  );
});
