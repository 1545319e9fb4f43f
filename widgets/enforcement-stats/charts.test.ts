import { describe, expect, it } from 'vitest';
import { formatAmount } from './charts';

describe('formatAmount', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['2745800', '2,745,800'],
    ['12500.5', '12,500.5'],
    ['1234567.89', '1,234,567.89'],
  ])('%s → %s', (value, expected) => {
    expect(formatAmount(value)).toBe(expected);
  });
});
