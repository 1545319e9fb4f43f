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
    ['91510521MA00000A0X', true, undefined],
    ['92510521MA00000B1Y', true, undefined],
    ['12510521000000001Q', true, undefined],
    ['52510521MA0000000L', true, undefined],
    ['91510521ma00000a0x', true, undefined],
    [' 9151 0521 MA00 000A 0X ', true, undefined],
    ['91510521MA00000A01', false, 'checksum'],
    ['91510521MA00000I0X', false, 'character'],
    ['91510521MA00000A0', false, 'length'],
    ['', false, 'length'],
  ])('%s → valid %s (%s)', (code, valid, problem) => {
    const result = checkUnifiedSocialCreditCode(code);
    expect(result.valid).toBe(valid);
    expect(result.problem).toBe(problem);
  });

  it('reports the expected check character on a checksum failure', () => {
    expect(checkUnifiedSocialCreditCode('91510521MA00000A01').expectedCheck).toBe('X');
  });

  it.each([
    ['92510521MA00000B1Y', true],
    ['91510521MA00000A0X', false],
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
    const first17 = `${body.slice(0, 2)}510521${body.slice(8)}`;
    const code = first17 + unifiedSocialCreditCodeCheckCharacter(first17)!;
    expect(checkUnifiedSocialCreditCode(code).valid).toBe(true);
  });
});
