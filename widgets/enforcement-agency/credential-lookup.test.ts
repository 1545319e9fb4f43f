import { describe, expect, it } from 'vitest';
import type { Officer } from '../../core/records/index';
import { findOfficer, foldCredential } from './credential-lookup';

const officers: Officer[] = [
  { name: '陈某', certificateNumber: '5199990000', enforcementCategory: '市场监管', area: '全县' },
  { name: '黄某', certificateNumber: 'SC-51-0001', enforcementCategory: '交通运输', area: '城区' },
];

describe('findOfficer', () => {
  it.each([
    ['5199990000', '陈某'],
    ['５１９９９９００００', '陈某'],
    [' 5199 9900 00 ', '陈某'],
    ['sc510001', '黄某'],
    ['SC－51－0001', '黄某'],
    ['519999000', undefined],
    ['51999900001', undefined],
    ['', undefined],
    ['   ', undefined],
  ])('%s → %s', (number, name) => {
    expect(findOfficer(officers, number)?.name).toBe(name);
  });

  it('folds width, case, spaces and dashes only', () => {
    expect(foldCredential('ａｂ－1 2')).toBe('AB12');
  });
});
