import { describe, expect, it } from 'vitest';
import { annualReportDeadline, checkAnnualReport } from './annual-report';
import { findProfile, LUZHOU_2018, NATIONAL_2018, parsePolicyProfile } from './policy-profile';

describe('built-in profiles (DOMAIN.md §2)', () => {
  it.each([
    ['luzhou-2018', '行政许可', 7],
    ['luzhou-2018', '行政检查', 7],
    ['national-2018', '行政处罚', 7],
    ['national-2018', '行政强制', 20],
    ['national-2018', '行政征收', 20],
  ] as const)('%s: %s within %i working days', (id, category, days) => {
    expect(findProfile(id)?.publicationDeadline[category]).toBe(days);
  });

  it('round-trips through JSON: a profile is plain data', () => {
    for (const profile of [LUZHOU_2018, NATIONAL_2018]) {
      const { profile: parsed, problems } = parsePolicyProfile(JSON.parse(JSON.stringify(profile)));
      expect(problems).toEqual([]);
      expect(parsed).toEqual(profile);
    }
  });
});

describe('parsePolicyProfile', () => {
  it('extends a built-in profile', () => {
    const { profile, problems } = parsePolicyProfile({
      id: 'shilixian-2025',
      name: '示例县',
      extends: 'national-2018',
      publicationDeadline: { 行政检查: 10 },
      publicity: { naturalPersonMaxMonths: 24 },
    });
    expect(problems).toEqual([]);
    expect(profile?.publicationDeadline.行政检查).toBe(10);
    expect(profile?.publicationDeadline.行政强制).toBe(20);
    expect(profile?.publicity.naturalPersonMaxMonths).toBe(24);
    expect(profile?.publicity.maxMonths).toBe(36);
    expect(profile?.annualReportDue).toEqual({ month: 1, day: 31 });
  });

  it.each([
    ['not an object', 'x', 'profile.not-object', '$'],
    ['unknown base', { id: 'x', extends: 'beijing' }, 'profile.unknown-base', 'extends'],
    [
      'bad days',
      { id: 'x', name: 'x', extends: 'luzhou-2018', atRiskWorkingDays: -1 },
      'profile.not-integer',
      'atRiskWorkingDays',
    ],
    [
      'min above max',
      { id: 'x', name: 'x', extends: 'luzhou-2018', publicity: { minMonths: 40 } },
      'profile.invalid-publicity',
      'publicity',
    ],
    ['incomplete without extends', { id: 'x', name: 'x' }, 'profile.missing', 'source'],
  ])('rejects %s', (_name, json, code, path) => {
    const { profile, problems } = parsePolicyProfile(json);
    expect(profile).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ code, path }));
  });
});

describe('annual report', () => {
  it.each([
    [LUZHOU_2018, 2025, '2026-03-31'],
    [NATIONAL_2018, 2025, '2026-01-31'],
  ])('%s: %i due %s', (profile, year, due) => {
    expect(annualReportDeadline(year, profile)).toBe(due);
  });

  it.each([
    [LUZHOU_2018, undefined, '2026-02-15', []],
    [NATIONAL_2018, undefined, '2026-02-15', ['annual-report.overdue']],
    [NATIONAL_2018, '2026-02-01', '2026-02-15', ['annual-report.late']],
    [LUZHOU_2018, '2026-03-31', '2026-04-15', []],
  ] as const)('%s published %s, checked %s', (profile, publishedOn, today, expected) => {
    const issues = checkAnnualReport(
      { year: 2025, ...(publishedOn ? { publishedOn } : {}) },
      { profile, today },
    );
    expect(issues.map((issue) => issue.code)).toEqual(expected);
  });
});
