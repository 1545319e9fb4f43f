import { describe, expect, it } from 'vitest';
import type { AgencyProfile, MajorDecisionCatalogueItem } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import { emptyProfile } from '../spreadsheet/apply/merge-lists';
import {
  agencyReviewPolicy,
  effectiveReviewCatalogue,
  reviewPolicyForRecord,
} from './agency-review-policy';
import { majorDecisionReasons } from './major-decision';
import {
  LUZHOU_2018_MAJOR,
  type MajorDecisionPolicy,
  NATIONAL_2018_MAJOR,
} from './major-decision-policy';
import { legalReviewGate } from './review-gate';

const AGENCY = '示例县市场监督管理局';

const CONFISCATION: MajorDecisionCatalogueItem = {
  item: '没收较大数额违法所得',
  category: '行政处罚',
  criteria: '没收违法所得、非法财物价值较大的',
  basis: '《示例县重大行政执法决定法制审核办法》第五条',
  reviewBody: '县市场监管局法规股',
};
const SEIZURE: MajorDecisionCatalogueItem = {
  item: '查封、扣押',
  category: '行政强制',
  criteria: '查封、扣押经营场所、设施、财物的',
};
const LOW_FINE: MajorDecisionCatalogueItem = {
  item: '较大数额罚款（公民）',
  category: '行政处罚',
  criteria: '对公民处以5000元以上罚款的',
  thresholdYuan: '5000',
};

/** A county-wide catalogue a deployer might put in a policy. */
const COUNTY: MajorDecisionPolicy = {
  ...NATIONAL_2018_MAJOR,
  catalogue: [
    { item: '查封、扣押', category: '行政强制', criteria: '县目录的措辞' },
    { item: '吊销许可证件', category: '行政处罚', criteria: '吊销许可证件、营业执照的' },
  ],
};

function agency(catalogue?: MajorDecisionCatalogueItem[]): AgencyProfile {
  return {
    ...emptyProfile({ name: AGENCY }),
    ...(catalogue ? { majorDecisionCatalogue: catalogue } : {}),
  };
}

function decision(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: 'r1',
    category: '行政处罚',
    documentNumber: '示市监罚〔2026〕21号',
    party: { name: '张某', kind: '自然人' },
    agency: { name: AGENCY },
    decisionKind: '罚款',
    content: '罚款人民币陆仟元整',
    decisionDate: '2026-11-20',
    amounts: { fine: { value: '6000', unit: '元' } },
    ...overrides,
  };
}

const items = (catalogue: readonly MajorDecisionCatalogueItem[]) =>
  catalogue.map((entry) => `${entry.category}/${entry.item}/${entry.criteria}`);

describe('effectiveReviewCatalogue', () => {
  // [case, policy, published, the effective list]
  it.each<[string, MajorDecisionPolicy, MajorDecisionCatalogueItem[] | undefined, string[]]>([
    ['a built-in policy, nothing published', NATIONAL_2018_MAJOR, undefined, []],
    [
      'a built-in policy: the agency’s list as published',
      LUZHOU_2018_MAJOR,
      [CONFISCATION, SEIZURE],
      items([CONFISCATION, SEIZURE]),
    ],
    ['a county list, nothing published: the county’s', COUNTY, [], items(COUNTY.catalogue ?? [])],
    [
      'both: the agency’s wording wins on the same entry, the county’s others are kept',
      COUNTY,
      [CONFISCATION, SEIZURE],
      [...items([CONFISCATION, SEIZURE]), '行政处罚/吊销许可证件/吊销许可证件、营业执照的'],
    ],
    [
      'the same entry typed with full-width brackets and spaces is one entry',
      { ...NATIONAL_2018_MAJOR, catalogue: [LOW_FINE] },
      [{ ...LOW_FINE, item: ' 较大数额罚款(公民) ', criteria: '本机关措辞' }],
      ['行政处罚/ 较大数额罚款(公民) /本机关措辞'],
    ],
  ])('%s', (_name, policy, published, expected) => {
    expect(items(effectiveReviewCatalogue(policy, published))).toEqual(expected);
  });
});

describe('agencyReviewPolicy', () => {
  it('leaves the policy as it is for an agency that publishes no catalogue', () => {
    expect(agencyReviewPolicy(NATIONAL_2018_MAJOR, agency())).toBe(NATIONAL_2018_MAJOR);
    expect(agencyReviewPolicy(NATIONAL_2018_MAJOR, undefined)).toBe(NATIONAL_2018_MAJOR);
  });

  it('keeps every other part of the policy', () => {
    const policy = agencyReviewPolicy(LUZHOU_2018_MAJOR, agency([LOW_FINE]));
    expect(policy).toEqual({ ...LUZHOU_2018_MAJOR, catalogue: [LOW_FINE] });
  });

  // [case, record, agency's catalogue, reasons under national-2018 for that agency]
  it.each<[string, DecisionRecord, MajorDecisionCatalogueItem[] | undefined, string[]]>([
    ['a ¥6,000 fine on a citizen, no catalogue', decision(), undefined, []],
    [
      'a ¥6,000 fine on a citizen, the agency lists fines from ¥5,000',
      decision(),
      [LOW_FINE],
      ['major.catalogue'],
    ],
    [
      'a ¥4,999 fine on a citizen, the agency lists fines from ¥5,000',
      decision({ amounts: { fine: { value: '4999', unit: '元' } } }),
      [LOW_FINE],
      [],
    ],
    [
      'a confiscation the agency lists',
      decision({ content: '没收违法所得人民币叁万元', amounts: undefined }),
      [CONFISCATION],
      ['major.catalogue'],
    ],
    [
      'a seizure (行政强制) the agency lists',
      decision({
        category: '行政强制',
        decisionKind: '扣押',
        content: '扣押涉案食品',
        amounts: undefined,
      }),
      [SEIZURE],
      ['major.catalogue'],
    ],
    [
      'a ¥20,000 fine: the policy’s threshold still applies beside the catalogue',
      decision({ amounts: { fine: { value: '2', unit: '万元' } } }),
      [LOW_FINE],
      ['major.fine-threshold', 'major.catalogue'],
    ],
  ])('%s', (_name, record, catalogue, codes) => {
    const policy = agencyReviewPolicy(NATIONAL_2018_MAJOR, agency(catalogue));
    expect(majorDecisionReasons(record, policy).map((reason) => reason.code)).toEqual(codes);
  });

  it('names the catalogue entry in the reason, and the gate then asks for a review', () => {
    const policy = agencyReviewPolicy(NATIONAL_2018_MAJOR, agency([LOW_FINE]));
    const [reason] = majorDecisionReasons(decision(), policy);
    expect(reason?.message).toBe(
      '属于重大执法决定法制审核目录清单所列事项“较大数额罚款（公民）”（对公民处以5000元以上罚款的）。',
    );
    expect(reason?.catalogueItem).toBe(LOW_FINE);
    const gate = legalReviewGate({ record: decision(), policy });
    expect(gate).toMatchObject({ major: true, allowed: false });
    expect(gate.issues.map((found) => found.code)).toEqual(['review.missing']);
  });
});

describe('reviewPolicyForRecord', () => {
  const agencies = [{ ...agency([SEIZURE]), name: '示例县生态环境局' }, agency([LOW_FINE])];

  it('uses the catalogue of the agency that decided', () => {
    expect(reviewPolicyForRecord(decision(), NATIONAL_2018_MAJOR, agencies).catalogue).toEqual([
      LOW_FINE,
    ]);
  });

  it('leaves the policy as it is when the agency has no profile', () => {
    const elsewhere = decision({ agency: { name: '示例县交通运输局' } });
    expect(reviewPolicyForRecord(elsewhere, NATIONAL_2018_MAJOR, agencies)).toBe(
      NATIONAL_2018_MAJOR,
    );
    expect(reviewPolicyForRecord(elsewhere, NATIONAL_2018_MAJOR)).toBe(NATIONAL_2018_MAJOR);
  });
});
