import { describe, expect, it } from 'vitest';
import { publicationChecklist, todayInChina } from './checklist';
import { draftRecord } from './record-draft';

const BODY = [
  '示例县市场监督管理局',
  '行政处罚决定书',
  '示市监罚〔2026〕15号',
  '当事人：示例县某某食品经营部（个体工商户），统一社会信用代码：92510521MA6ABCDE1X。',
  '经营者：王某明，身份证号：【已脱敏】。',
  '经查，当事人于2026年9月销售超过保质期的食品。',
  '本机关决定：罚款人民币伍仟元整。',
  '2026年11月20日',
].join('\n');

describe('draftRecord', () => {
  it('reads a penalty decision the way a clerk would', () => {
    const record = draftRecord({
      fields: {
        title: '示例县市场监督管理局行政处罚决定书（示市监罚〔2026〕15号）',
        category: '行政处罚',
      },
      body: BODY,
    });
    expect(record).toMatchObject({
      category: '行政处罚',
      documentNumber: '示市监罚〔2026〕15号',
      documentTitle: '行政处罚决定书',
      party: {
        name: '示例县某某食品经营部',
        kind: '个体工商户',
        identifiers: { unifiedSocialCreditCode: '92510521MA6ABCDE1X' },
      },
      agency: { name: '示例县市场监督管理局' },
      content: '罚款人民币伍仟元整。',
      decisionDate: '2026-11-20',
    });
  });

  it('leaves what it cannot find empty, for the rules to report', () => {
    const record = draftRecord({ fields: {}, body: '' });
    expect(record).toMatchObject({ category: '其他', decisionDate: '', party: { name: '' } });
  });
});

describe('publicationChecklist', () => {
  it('gives the deadline in working days and the rules’ issues', () => {
    const record = draftRecord({ fields: { category: '行政处罚' }, body: BODY });
    const checklist = publicationChecklist(record, { today: '2026-11-28' });
    expect(checklist.deadline).toMatchObject({ workingDays: 7, uncertain: false });
    expect(checklist.issues.every((issue) => issue.message.length > 0)).toBe(true);
  });

  // The body the side panel gets is redacted: the ID that showed the party's age is gone.
  const MINOR_BODY = [
    '泸州市江阳区公安局',
    '行政处罚决定书',
    '当事人：王某某，男，身份证号：【已脱敏】，住址：泸州市江阳区【已脱敏】。',
    '经查，2024年1月12日，当事人在江阳区某网吧内殴打他人。',
    '本机关决定：给予当事人罚款人民币贰佰元的处罚。',
    '2024年3月20日',
  ].join('\n');

  it.each([
    ['fails the minors item when the page showed a minor', true, true],
    ['does not, from the redacted body alone', false, false],
  ])('%s', (_name, minorOnPage, fails) => {
    const record = draftRecord({ fields: { category: '行政处罚' }, body: MINOR_BODY });
    const { issues } = publicationChecklist(record, { today: '2024-03-22', minorOnPage });
    const minor = issues.find((issue) => issue.code === 'party.minor');
    expect(minor !== undefined).toBe(fails);
    if (minor) {
      expect(minor.severity).toBe('error');
      expect(minor.message).toContain('不予公开');
      expect(issues.some((issue) => issue.code === 'party.age-unknown')).toBe(false);
    }
  });

  it.each([
    ['2026-11-28T15:59:00Z', '2026-11-28'],
    ['2026-11-28T16:00:00Z', '2026-11-29'],
  ])('today in China at %s is %s', (now, expected) => {
    expect(todayInChina(new Date(now))).toBe(expected);
  });
});
