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

  it.each([
    ['2026-11-28T15:59:00Z', '2026-11-28'],
    ['2026-11-28T16:00:00Z', '2026-11-29'],
  ])('today in China at %s is %s', (now, expected) => {
    expect(todayInChina(new Date(now))).toBe(expected);
  });
});
