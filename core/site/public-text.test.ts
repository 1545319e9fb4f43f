import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { redactTextWith } from '../privacy/apply-redactions';
import { RedactionStyle } from '../privacy/kinds';
import { readDocument } from '../privacy/reading/document-reading';
import type { AgencyProfile } from '../records/agency-profile';
import { agencyPublicNumbers, createSitePublicText } from './public-text';

const agency = {
  name: '示例县市场监督管理局',
  // A mobile, which the engine would redact were it not the agency's own public number.
  supervision: [{ kind: '投诉举报电话', value: '139-0000-1111' }],
  serviceGuides: [{ itemName: '食品经营许可', consultationPhone: '0830-7654321' }],
} as unknown as AgencyProfile;

/** What the site shows of a string: the engine's public style with the agencies' numbers allowed. */
const reference = (text: string) =>
  redactTextWith(
    text,
    { style: RedactionStyle.public, allow: agencyPublicNumbers([agency]) },
    readDocument(text),
  ).text;

describe('createSitePublicText', () => {
  it.each([
    ['an agency number as written', '举报电话：139-0000-1111', '举报电话：139-0000-1111'],
    ['an agency number written otherwise', '举报电话 139 0000 1111', '举报电话 139 0000 1111'],
    [
      'an agency number in full-width digits',
      '电话：１３９００００１１１１',
      '电话：１３９００００１１１１',
    ],
    ['a private mobile', '当事人电话：13812345678', '当事人电话：【已脱敏】'],
    [
      'a private mobile beside an agency number',
      '请拨13900001111或13812345678',
      '请拨13900001111或【已脱敏】',
    ],
    ['no number at all', '罚款人民币五千元', '罚款人民币五千元'],
  ])('redacts %s as the engine does with the agencies’ numbers allowed', (_, text, shown) => {
    expect(createSitePublicText([agency])(text)).toBe(shown);
    expect(shown).toBe(reference(text));
  });

  test.prop([
    fc.array(
      fc.constantFrom(
        '139-0000-1111',
        '139 0000 1111',
        '１３９００００１１１１',
        '0830-7654321',
        '13812345678',
        '电话：',
        '张三',
        '，',
        '身份证号 510102199001011234',
        '地址：示例县新华路12号',
        ' ',
      ),
      { maxLength: 8 },
    ),
  ])('gives the same text as redacting with every allowed number', (parts) => {
    const text = parts.join('');
    expect(createSitePublicText([agency])(text)).toBe(reference(text));
  });
});
