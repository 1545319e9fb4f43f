import { describe, expect, it } from 'vitest';
import type { MajorDecisionCatalogueItem } from './agency-profile';
import type { DecisionRecord } from './decision-record';
import { matchingCatalogueItems } from './major-decision-catalogue';

const CATALOGUE: MajorDecisionCatalogueItem[] = [
  {
    item: '较大数额罚款（公民）',
    category: '行政处罚',
    criteria: '对公民处以1万元以上罚款的',
    thresholdYuan: '10000',
  },
  {
    item: '较大数额罚款（法人或其他组织）',
    category: '行政处罚',
    criteria: '对法人或者其他组织处以10万元以上罚款的',
    thresholdYuan: '100000',
  },
  { item: '吊销许可证件', category: '行政处罚', criteria: '吊销许可证件、营业执照的' },
  { item: '查封、扣押', category: '行政强制', criteria: '查封、扣押设施设备的' },
];

function record(overrides: Partial<DecisionRecord>): DecisionRecord {
  return {
    id: 'a',
    category: '行政处罚',
    party: { name: '示例县某某有限公司', kind: '法人及非法人组织' },
    agency: { name: '示例县市场监督管理局' },
    decisionDate: '2026-01-05',
    ...overrides,
  };
}

const items = (overrides: Partial<DecisionRecord>) =>
  matchingCatalogueItems(record(overrides), CATALOGUE).map((entry) => entry.item);

describe('matchingCatalogueItems', () => {
  it.each([
    [
      { amounts: { fine: { value: '10', unit: '万元' as const } } },
      ['较大数额罚款（法人或其他组织）'],
    ],
    [{ amounts: { fine: { value: '9.99', unit: '万元' as const } } }, []],
    [
      {
        party: { name: '张某', kind: '自然人' as const },
        amounts: { fine: { value: '10000', unit: '元' as const } },
      },
      ['较大数额罚款（公民）'],
    ],
    [{ decisionKind: '吊销许可证', content: '吊销食品经营许可证' }, ['吊销许可证件']],
    [{ category: '行政强制' as const, content: '查封造成污染物排放的设备' }, ['查封、扣押']],
    [{ category: '行政许可' as const, content: '吊销' }, []],
  ])('%j → %j', (overrides, expected) => {
    expect(items(overrides)).toEqual(expected);
  });
});
