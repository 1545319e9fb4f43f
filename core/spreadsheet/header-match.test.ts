import { describe, expect, it } from 'vitest';
import { matchHeaders, normaliseHeader } from './header-match';

describe('matchHeaders', () => {
  it.each([
    ['行政相对人代码_1(统一社会信用代码)', 'code1'],
    ['行政相对人代码_1（统一社会信用代码）', 'code1'],
    ['行政相对人代码_1', 'code1'],
    ['代码_1', 'code1'],
    ['统一社会信用代码', 'code1'],
    [' 行政相对人 名称 ', 'partyName'],
    ['*行政相对人名称', 'partyName'],
    ['罚款金额（万元）', 'fine'],
    ['罚款金额(万元)', 'fine'],
    ['罚款金额', 'fine'],
    ['罚款金额（元）', 'fine'],
    ['没收违法所得、没收非法财物的金额（万元）', 'confiscation'],
    ['处罚决定日期', 'decisionDate'],
    ['证件号码', 'partyIdNumber'],
    ['法定代表人证件号码', 'legalRepresentativeIdNumber'],
    ['某自定义列', undefined],
  ])('%s → %s', (title, key) => {
    const { keys } = matchHeaders(['行政处罚决定书文号', title], 'penalty');
    expect(keys[1]).toBe(key);
  });

  it('reads the amount unit from the header', () => {
    expect(
      matchHeaders(['罚款金额（元）', '没收违法所得、没收非法财物的金额（万元）'], 'penalty').units,
    ).toEqual({
      fine: '元',
      confiscation: '万元',
    });
  });

  it.each([
    [['行政相对人名称', '行政处罚决定书文号', '处罚决定日期', '处罚机关'], 'penalty'],
    [['行政相对人名称', '行政许可决定文书号', '许可决定日期', '许可机关'], 'licence'],
  ])('recognises the column set of %j', (header, set) => {
    expect(matchHeaders(header).columnSet).toBe(set);
  });

  it('normalises full-width and odd brackets', () => {
    expect(normaliseHeader('罚款金额【万元】')).toBe(normaliseHeader('罚款金额 (万元)'));
  });
});
