import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serialiseFeed } from '../../core/feed/index';
import type { AgencyProfile, DecisionRecord } from '../../core/records/index';
import { CHECKLIST_ITEM_IDS } from '../../core/review/index';
import { emptyProfile } from '../../core/spreadsheet/apply/merge-lists';
import {
  agencyProfilesItem,
  importAgencyProfiles,
  reviewDeadlineStatus,
  reviewFile,
  reviewKey,
  reviewStatus,
  saveReviewFile,
} from './legal-review';

const allTicked = Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, true]));

const major: DecisionRecord = {
  id: '示市监罚〔2026〕20号',
  documentNumber: '示市监罚〔2026〕20号',
  category: '行政处罚',
  party: { name: '示例县某某化工有限公司', kind: '法人及非法人组织' },
  agency: { name: '示例县市场监督管理局' },
  content: '罚款人民币贰拾万元整',
  decisionDate: '2026-11-20',
  amounts: { fine: { value: '200000', unit: '元' } },
};

/** An agency whose catalogue lists fines on citizens from ¥5,000. */
function profile(name: string): AgencyProfile {
  return {
    ...emptyProfile({ name }),
    majorDecisionCatalogue: [
      {
        item: '较大数额罚款（公民）',
        category: '行政处罚',
        criteria: '对公民处以5000元以上罚款的',
        thresholdYuan: '5000',
      },
    ],
  };
}

describe('legal review storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one file per site and 文号', async () => {
    await saveReviewFile('cms.a.gov.cn', major, { facts: { hearingHeld: true } });
    await saveReviewFile('cms.a.gov.cn', major, {
      review: { opinion: '同意', reviewer: '李某', date: '2026-11-19' },
    });
    await expect(reviewFile('cms.a.gov.cn', major)).resolves.toEqual({
      facts: { hearingHeld: true },
      review: { opinion: '同意', reviewer: '李某', date: '2026-11-19' },
    });
    await expect(reviewFile('cms.b.gov.cn', major)).resolves.toEqual({});
    expect(reviewKey('cms.a.gov.cn', major)).toBe('cms.a.gov.cn|示市监罚〔2026〕20号');
  });

  it.each<[string, Parameters<typeof reviewStatus>[1], boolean]>([
    ['no review', {}, false],
    [
      '同意',
      { review: { opinion: '同意', reviewer: '李某', date: '2026-11-19', checklist: allTicked } },
      true,
    ],
    [
      '同意 with no point ticked',
      { review: { opinion: '同意', reviewer: '李某', date: '2026-11-19' } },
      false,
    ],
    ['补充', { review: { opinion: '补充', reviewer: '李某', date: '2026-11-19' } }, false],
  ])('a ¥200,000 fine with %s', (_name, file, allowed) => {
    const status = reviewStatus(major, file, 'national-2018');
    expect(status.major).toBe(true);
    expect(status.allowed).toBe(allowed);
  });

  it('counts only a reviewer on the roster, when one is configured', () => {
    const file = {
      review: { opinion: '同意', reviewer: '李某', date: '2026-11-19', checklist: allTicked },
    } as const;
    expect(reviewStatus(major, file, 'national-2018', ['李某']).allowed).toBe(true);
    expect(reviewStatus(major, file, 'national-2018', ['王某']).allowed).toBe(false);
  });

  it('keeps the agencies of a portal feed, and refuses a file that is none', async () => {
    const agency = profile('示例县市场监督管理局');
    const feed = serialiseFeed({
      format: 'gongshi-feed',
      version: 1,
      kind: 'records',
      publisher: { name: '示例县' },
      records: [],
      agencies: [agency],
    });
    await expect(importAgencyProfiles('{"not":"a feed"}')).resolves.toMatchObject({ ok: false });
    await expect(agencyProfilesItem.getValue()).resolves.toEqual([]);
    await expect(importAgencyProfiles(feed)).resolves.toEqual({
      ok: true,
      agencies: 1,
      catalogues: 1,
    });
    const kept = await agencyProfilesItem.getValue();
    expect(kept.map((profile) => profile.name)).toEqual(['示例县市场监督管理局']);
    expect(kept[0]?.majorDecisionCatalogue?.[0]?.item).toBe('较大数额罚款（公民）');
  });

  it("judges a decision against its agency's 重大执法决定法制审核目录清单 when one is configured", async () => {
    // ¥6,000 on a citizen: under the national profile's thresholds, but the agency's own
    // catalogue lists fines on citizens from ¥5,000.
    const small: DecisionRecord = {
      ...major,
      id: '示市监罚〔2026〕21号',
      documentNumber: '示市监罚〔2026〕21号',
      party: { name: '张某', kind: '自然人' },
      decisionKind: '罚款',
      content: '罚款人民币陆仟元整',
      amounts: { fine: { value: '6000', unit: '元' } },
    };
    await expect(agencyProfilesItem.getValue()).resolves.toEqual([]);
    expect(reviewStatus(small, {}, 'national-2018').major).toBe(false);
    const status = reviewStatus(small, {}, 'national-2018', [], [profile(small.agency.name)]);
    expect(status).toMatchObject({ major: true, allowed: false });
    // Another agency's catalogue is not this decision's.
    expect(reviewStatus(small, {}, 'national-2018', [], [profile('示例县交通运输局')]).major).toBe(
      false,
    );
  });

  it("measures the review against the profile's 审核时限 once the 送审日期 is known", () => {
    expect(reviewDeadlineStatus({}, 'national-2018', '2026-11-30')).toBeUndefined();
    expect(
      reviewDeadlineStatus({ submittedOn: '2026-11-16' }, 'national-2018', '2026-11-30'),
    ).toMatchObject({ workingDays: 5, dueDate: '2026-11-23', overdue: true });
  });
});
