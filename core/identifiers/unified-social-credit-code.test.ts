import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkUnifiedSocialCreditCode,
  isIndividualBusinessCode,
  UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET,
  unifiedSocialCreditCodeCheckCharacter,
} from './unified-social-credit-code';

describe('checkUnifiedSocialCreditCode (GB 32100-2015)', () => {
  it.each([
    ['91519999MA00000A02', true, undefined],
    ['92519999MA00000B13', true, undefined],
    ['12519999000000001W', true, undefined],
    ['52519999MA0000000Q', true, undefined],
    ['91519999ma00000a02', true, undefined],
    [' 9151 0521 MA00 000A 0X ', true, undefined],
    ['91519999MA00000A01', false, 'checksum'],
    ['91519999MA00000I0X', false, 'character'],
    ['91519999MA00000A0', false, 'length'],
    ['', false, 'length'],
  ])('%s → valid %s (%s)', (code, valid, problem) => {
    const result = checkUnifiedSocialCreditCode(code);
    expect(result.valid).toBe(valid);
    expect(result.problem).toBe(problem);
  });

  it('reports the expected check character on a checksum failure', () => {
    expect(checkUnifiedSocialCreditCode('91519999MA00000A01').expectedCheck).toBe('2');
  });

  it.each([
    ['92519999MA00000B13', true],
    ['91519999MA00000A02', false],
  ])('%s is an individual business: %s', (code, expected) => {
    expect(isIndividualBusinessCode(code)).toBe(expected);
  });

  test.prop([
    fc.string({
      unit: fc.constantFrom(...UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET),
      minLength: 17,
      maxLength: 17,
    }),
  ])('any 17 alphabet characters + computed check is valid when the region is digits', (body) => {
    const first17 = `${body.slice(0, 2)}519999${body.slice(8)}`;
    const code = first17 + unifiedSocialCreditCodeCheckCharacter(first17)!;
    expect(checkUnifiedSocialCreditCode(code).valid).toBe(true);
  });
});
