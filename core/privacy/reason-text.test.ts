import { describe, expect, it } from 'vitest';
import { reasonText } from './reason-text';
import { scanText } from './scan';

describe('reasonText', () => {
  it('puts a detector’s code into words', () => {
    const [finding] = scanText('联系电话：13812345678');
    expect(finding?.reason).toBe('mobile-labelled');
    expect(reasonText(finding!.reason)).toBe('电话标签后的11位手机号');
  });

  it('passes a reason already in words through (a third person, a minor, an address label)', () => {
    expect(reasonText('当事人以外的自然人姓名')).toBe('当事人以外的自然人姓名');
  });
});
