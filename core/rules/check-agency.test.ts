import { describe, expect, it } from 'vitest';
import { scanText } from '../privacy/scan';
import type { AgencyProfile, Officer } from '../records/agency-profile';
import { checkAgency } from './check-agency';
import { LUZHOU_2018 } from './policy-profile';

const officer = (certificateValidTo?: string): Officer => ({
  name: '王某',
  certificateNumber: '5199990101',
  enforcementCategory: '市场监管',
  area: '示例县全域',
  ...(certificateValidTo ? { certificateValidTo } : {}),
});

function profile(overrides: Partial<AgencyProfile> = {}): AgencyProfile {
  return {
    name: '示例县市场监督管理局',
    duties: ['负责全县市场监管领域的行政执法工作'],
    powers: [{ name: '食品经营许可', category: '行政许可' }],
    legalBasis: [],
    officers: [officer()],
    randomInspections: [],
    procedures: [],
    serviceGuides: [],
    supervision: [{ kind: '投诉举报电话', value: '13800000000' }],
    remedies: [],
    updated: '2026-01-05',
    ...overrides,
  };
}

const codes = (agency: AgencyProfile, today: string, profileMonths?: number) =>
  checkAgency(agency, {
    today,
    ...(profileMonths
      ? { profile: { ...LUZHOU_2018, agencyInfoMaxAgeMonths: profileMonths } }
      : {}),
  }).map((issue) => [issue.code, issue.field]);

describe('staleness: 事前公开 information not updated for 12 months', () => {
  it.each([
    ['2027-01-04', []],
    ['2027-01-05', [['agency.stale', 'updated']]],
    ['2028-06-01', [['agency.stale', 'updated']]],
  ])('updated 2026-01-05, checked on %s', (today, expected) => {
    expect(codes(profile(), today)).toEqual(expected);
  });

  it('follows a profile that allows fewer months', () => {
    expect(codes(profile(), '2026-08-01', 6)).toEqual([['agency.stale', 'updated']]);
  });

  it('names each stale list when the lists carry their own dates', () => {
    const agency = profile({
      updated: '2026-03-01',
      listsUpdated: { powers: '2024-12-01', officers: '2026-03-01', profile: '2026-03-01' },
    });
    expect(codes(agency, '2026-04-01')).toEqual([['agency.stale', 'listsUpdated.powers']]);
    const [issue] = checkAgency(agency, { today: '2026-04-01' });
    expect(issue!.message).toContain('「权责清单」最近更新于 2024-12-01');
  });

  it('warns when nothing says when the information was updated', () => {
    expect(codes(profile({ updated: undefined }), '2026-04-01')).toEqual([
      ['agency.updated-unknown', 'updated'],
    ]);
  });
});

describe('expired credentials', () => {
  it.each([
    ['2026-03-01', '2026-03-01', []],
    [
      '2026-03-01',
      '2026-03-02',
      [['officer.credential-expired', 'officers[0].certificateValidTo']],
    ],
    [undefined, '2030-01-01', []],
  ])('valid to %s, checked on %s', (validTo, today, expected) => {
    const agency = profile({ officers: [officer(validTo)], updated: today });
    expect(codes(agency, today)).toEqual(expected);
  });
});

describe('personal data in what the agency publishes', () => {
  it('is an error in a duty or a guide, never in the agency’s own numbers or officers', () => {
    const agency = profile({ duties: ['联系人张三，手机13912345678'] });
    const issues = checkAgency(agency, { today: '2026-02-01', scanText: (text) => scanText(text) });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.field])).toEqual([
      ['personal-data.found', 'error', 'duties[0]'],
    ]);
  });
});
