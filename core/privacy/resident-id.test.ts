import { describe, expect, it } from 'vitest';
import { expectFindings, validResidentId } from '../../test/privacy/expect-findings';
import { isRealDate } from '../identifiers/resident-id';
import { redactText } from './redact';
import { readResidentId18, residentIdCheckCharacter } from './resident-id';

const ID = validResidentId('51050219850315001'); // 510502198503150016
const ID_X = validResidentId('11010519491231002'); // ends in X
const PERMIT = validResidentId('81000019800101001');

describe('resident ID (GB 11643)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['51050219850315001', '6'],
  ])('check character of %s is %s', (first17, check) => {
    expect(residentIdCheckCharacter(first17)).toBe(check);
  });

  it.each([
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2019, 4, 31, false],
    [2019, 13, 1, false],
  ])('isRealDate(%i-%i-%i) = %s', (y, m, d, real) => expect(isRealDate(y, m, d)).toBe(real));

  it.each([
    ['O and l for 0 and 1', '公民身份号码 52260120O8l205O310 ，户籍', '52260120O8l205O310'],
    ['two l in a row, the groups spaced', '身份证号：5ll322 1956O4l23289', '5ll322 1956O4l23289'],
  ])('reads an OCR’d ID (%s)', (_name, text, id) => {
    expectFindings(text, [['resident-id', id]]);
  });

  it('reads no 15-digit ID in a credit code whose letters follow 15 digits', () => {
    expectFindings('统一社会信用代码/证件号码：915101075824736X88', []);
  });

  it('reads shape and check', () => {
    expect(readResidentId18(ID)).toEqual({ plausible: true, checkValid: true, permit: false });
    expect(readResidentId18(PERMIT)?.permit).toBe(true);
  });

  it.each([
    ['plain', `号码${ID}。`, ID],
    [
      'inside a disability certificate number (category 1–7, grade 1–4)',
      `残疾人证号：${ID}42，`,
      `${ID}42`,
    ],
    ['lower-case x', `身份证：${ID_X.toLowerCase()}`, ID_X.toLowerCase()],
    [
      'full-width',
      '身份证号：５１０５０２１９８５０３１５００１６',
      '５１０５０２１９８５０３１５００１６',
    ],
    [
      'spaces',
      `公民身份号码 ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`,
      `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`,
    ],
    [
      'zero-width inside',
      `身份证${ID.slice(0, 9)}\u200b${ID.slice(9)}`,
      `${ID.slice(0, 9)}\u200b${ID.slice(9)}`,
    ],
    ['Traditional label, bad check digit', '身份證號碼：510502198503150017', '510502198503150017'],
    ['residence permit 81', `居住证号码${PERMIT}`, PERMIT],
    ['15-digit legacy with label', '身份证号：510502850315001', '510502850315001'],
    ['15-digit legacy with a real date', '当事人510502850315001', '510502850315001'],
    [
      'broken by a line break',
      `身份证号：${ID.slice(0, 6)}\n${ID.slice(6)}，`,
      `${ID.slice(0, 6)}\n${ID.slice(6)}`,
    ],
    [
      'broken by CR LF and spaces',
      `身份证号：${ID.slice(0, 10)} \r\n ${ID.slice(10)}`,
      `${ID.slice(0, 10)} \r\n ${ID.slice(10)}`,
    ],
    [
      'separated by tabs',
      `${ID.slice(0, 6)}\t${ID.slice(6, 14)}\t${ID.slice(14)}`,
      `${ID.slice(0, 6)}\t${ID.slice(6, 14)}\t${ID.slice(14)}`,
    ],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['resident-id', found]]);
  });

  it.each([
    ['two IDs pasted together', `${ID}${ID_X}`],
    ['three, after a label', `身份证号：${ID}${PERMIT}${ID}`],
  ])('%s: each is found', (_name, text) => {
    const ids = text.replace('身份证号：', '').match(/.{18}/g)!;
    expectFindings(
      text,
      ids.map((id) => ['resident-id', id] as const),
    );
  });

  it.each([
    ['a valid ID followed by more digits', `编号${ID}1234`],
    ['a date on the next line', `身份证号码：${ID}\n20240101`],
  ])('%s: no new number is made up', (_name, text) => {
    const findings = expectFindings(text, text.includes('\n') ? [['resident-id', ID]] : []);
    expect(findings.every((finding) => !finding.text.includes('\n'))).toBe(true);
  });

  it('keeps the line break when the broken ID is redacted', () => {
    expect(redactText(`身份证号：${ID.slice(0, 6)}\n${ID.slice(6)}，男`)).toBe(
      '身份证号：【已脱敏】\n，男',
    );
  });

  it.each([
    ['工商注册号 15 digits', '工商注册号：510502000012345'],
    ['统一社会信用代码', '统一社会信用代码：91510502MA62A0B31L'],
    ['bad check digit, no label, bad date', '订单 510502198513150017'],
    ['文号 digits', '泸市府办函〔2018〕133号'],
    ['索引号 of the seed file', '索引號: | 00835003X/2018-00123 |'],
    ['date', '2018-08-09'],
  ])('%s is not personal', (_name, text) => {
    expectFindings(text, []);
  });
});
