import { describe, expect, it } from 'vitest';
import { completeRecord } from '../../test/support/complete-records';
import { scanText } from '../privacy/scan';
import type { DecisionRecord } from '../records/decision-record';
import { DECISION_CATEGORIES, type DecisionCategory } from '../records/enumerations';
import { checkFeed, checkRecord } from './check-record';
import type { Issue } from './issue';
import { LUZHOU_2018, NATIONAL_2018, type PolicyProfile } from './policy-profile';

const codes = (issues: readonly Issue[]) => issues.map((issue) => issue.code);

function check(record: DecisionRecord, today = '2025-03-20', profile: PolicyProfile = LUZHOU_2018) {
  return checkRecord(record, { profile, today });
}

describe('a complete record of each category', () => {
  it.each(DECISION_CATEGORIES)('%s has no errors or warnings', (category) => {
    expect(check(completeRecord(category)).filter((issue) => issue.severity !== 'info')).toEqual(
      [],
    );
  });
});

describe('required fields per category', () => {
  const cases: [DecisionCategory, string][] = DECISION_CATEGORIES.flatMap((category) =>
    LUZHOU_2018.requiredFields[category].map((field): [DecisionCategory, string] => [
      category,
      field,
    ]),
  );
  it.each(cases)('%s without %s', (category, field) => {
    const record = structuredClone(completeRecord(category)) as unknown as Record<string, unknown>;
    const path = field.split('.');
    let target = record;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    delete target[path.at(-1)!];
    const issues = check(record as unknown as DecisionRecord);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'field.required', field, severity: 'error' }),
    );
  });

  it.each([
    ['行政处罚', 'facts'],
    ['行政处罚', 'agency.code'],
    ['行政许可', 'validFrom'],
    ['行政征收', 'amounts.levy'],
    ['行政检查', 'conclusion'],
    ['行政收费', 'amounts.fee'],
  ] as const)('%s requires %s (spot check of the table)', (category, field) => {
    expect(LUZHOU_2018.requiredFields[category]).toContain(field);
  });
});

describe('publication deadline', () => {
  it.each<[string, Partial<DecisionRecord>, string, PolicyProfile, string[]]>([
    // Friday before 国庆 2024: 09-29 (Sunday make-up) counts, 10-01..07 do not, 10-12 (Saturday make-up) is day 7.
    [
      'on the last day after 国庆',
      { decisionDate: '2024-09-27', publicationDate: '2024-10-12' },
      '2024-10-20',
      LUZHOU_2018,
      [],
    ],
    [
      'one day late after 国庆',
      { decisionDate: '2024-09-27', publicationDate: '2024-10-14' },
      '2024-10-20',
      LUZHOU_2018,
      ['deadline.overdue'],
    ],
    [
      'unpublished, 1 working day left',
      { decisionDate: '2024-09-27', publicationDate: undefined },
      '2024-10-11',
      LUZHOU_2018,
      ['deadline.at-risk'],
    ],
    [
      'unpublished, plenty of time over 国庆',
      { decisionDate: '2024-09-27', publicationDate: undefined },
      '2024-10-07',
      LUZHOU_2018,
      [],
    ],
    [
      'unpublished and overdue',
      { decisionDate: '2024-09-27', publicationDate: undefined },
      '2024-10-14',
      LUZHOU_2018,
      ['deadline.overdue'],
    ],
    [
      'inspection at 15 working days: late in 泸州',
      { category: '行政检查', decisionDate: '2025-03-03', publicationDate: '2025-03-24' },
      '2025-04-01',
      LUZHOU_2018,
      ['deadline.overdue'],
    ],
    [
      'inspection at 15 working days: on time nationally',
      { category: '行政检查', decisionDate: '2025-03-03', publicationDate: '2025-03-24' },
      '2025-04-01',
      NATIONAL_2018,
      [],
    ],
    [
      'a deadline in 2027 is uncertain',
      { decisionDate: '2026-12-28', publicationDate: undefined },
      '2026-12-29',
      LUZHOU_2018,
      ['calendar.not-loaded'],
    ],
    [
      'published before the decision',
      { decisionDate: '2025-03-03', publicationDate: '2025-03-01' },
      '2025-03-20',
      LUZHOU_2018,
      ['date.published-before-decision'],
    ],
    [
      'withdrawn records have no deadline',
      {
        decisionDate: '2024-09-27',
        publicationDate: undefined,
        withdrawal: { date: '2024-10-08', reason: '决定被撤销' },
      },
      '2024-11-20',
      LUZHOU_2018,
      [],
    ],
  ])('%s', (_name, patch, today, profile, expected) => {
    const record = completeRecord(patch.category ?? '行政处罚', {
      publicityEndDate: '2025-12-31',
      ...patch,
    });
    const found = codes(check(record, today, profile)).filter((code) =>
      /^(deadline|calendar|date)\./.test(code),
    );
    expect(found).toEqual(expected);
  });

  it('says which calendar year is missing', () => {
    const record = completeRecord('行政处罚', {
      decisionDate: '2026-12-28',
      publicationDate: undefined,
      publicityEndDate: '2027-12-28',
    });
    const issue = check(record, '2026-12-29').find((i) => i.code === 'calendar.not-loaded');
    expect(issue?.messageEn).toContain('calendar for 2027 not loaded');
  });
});

describe('withdrawal', () => {
  const revoked = { date: '2025-04-30', kind: '撤销' as const, reason: '复议决定撤销' };
  it.each<[string, Partial<DecisionRecord>, string, string[]]>([
    // 3 working days after 2025-04-30 skip 劳动节 (05-01..05): due 2025-05-08.
    ['revoked, withdrawal still due', { revocation: revoked }, '2025-05-06', ['withdrawal.due']],
    [
      'revoked, not withdrawn in time',
      { revocation: revoked },
      '2025-05-09',
      ['withdrawal.overdue'],
    ],
    [
      'withdrawn on the last day',
      { revocation: revoked, withdrawal: { date: '2025-05-08', reason: '处罚决定已被撤销' } },
      '2025-06-01',
      [],
    ],
    [
      'withdrawn late',
      { revocation: revoked, withdrawal: { date: '2025-05-12', reason: '处罚决定已被撤销' } },
      '2025-06-01',
      ['withdrawal.late'],
    ],
    [
      'withdrawn without a reason',
      { withdrawal: { date: '2025-05-12', reason: ' ' } },
      '2025-06-01',
      ['withdrawal.reason-missing'],
    ],
    [
      'revoked before it was ever published',
      { revocation: revoked, publicationDate: undefined },
      '2025-06-01',
      [],
    ],
  ])('%s', (_name, patch, today, expected) => {
    const found = codes(check(completeRecord('行政处罚', patch), today)).filter((code) =>
      code.startsWith('withdrawal.'),
    );
    expect(found).toEqual(expected);
  });
});

describe('publicity period and expiry', () => {
  it.each<[string, Partial<DecisionRecord>, string, string[]]>([
    [
      '3 months is the minimum',
      { decisionDate: '2025-03-03', publicityEndDate: '2025-06-03' },
      '2025-03-20',
      [],
    ],
    [
      'shorter than 3 months',
      { decisionDate: '2025-03-03', publicityEndDate: '2025-06-02' },
      '2025-03-20',
      ['publicity.too-short'],
    ],
    [
      '3 years is the maximum',
      { decisionDate: '2025-03-03', publicityEndDate: '2028-03-03' },
      '2025-03-20',
      [],
    ],
    [
      'longer than 3 years',
      { decisionDate: '2025-03-03', publicityEndDate: '2028-03-04' },
      '2025-03-20',
      ['publicity.too-long'],
    ],
    [
      'fire safety needs a year',
      { regulatedArea: '消防安全', publicityEndDate: '2026-03-02' },
      '2025-03-20',
      ['publicity.too-short'],
    ],
    [
      'special equipment for a year is fine',
      { regulatedArea: '特种设备', publicityEndDate: '2026-03-03' },
      '2025-03-20',
      [],
    ],
    ['no end date', { publicityEndDate: undefined }, '2025-03-20', ['publicity.end-missing']],
    ['expired', { publicityEndDate: '2025-09-03' }, '2025-09-04', ['publicity.expired']],
    ['last day is not expired', { publicityEndDate: '2025-09-03' }, '2025-09-03', []],
  ])('%s', (_name, patch, today, expected) => {
    const found = codes(check(completeRecord('行政处罚', patch), today)).filter((code) =>
      code.startsWith('publicity.'),
    );
    expect(found).toEqual(expected);
  });

  it('applies a local limit for natural persons when the profile sets one', () => {
    const profile = {
      ...LUZHOU_2018,
      publicity: { ...LUZHOU_2018.publicity, naturalPersonMaxMonths: 24 },
    };
    const record = completeRecord('行政处罚', {
      party: { name: '张某', kind: '自然人', minorAtDecision: false },
      publicityEndDate: '2028-03-03',
    });
    expect(codes(check(record, '2025-03-20', profile))).toContain(
      'publicity.natural-person-too-long',
    );
  });

  it('only applies to penalties', () => {
    const record = completeRecord('行政许可', { publicityEndDate: undefined });
    expect(codes(check(record)).filter((code) => code.startsWith('publicity.'))).toEqual([]);
  });
});

describe('minors and personal data', () => {
  it.each<[string, Partial<DecisionRecord['party']>, string[]]>([
    [
      'a minor natural person',
      { name: '李某', kind: '自然人', minorAtDecision: true },
      ['party.minor'],
    ],
    ['an adult natural person', { name: '李某', kind: '自然人', minorAtDecision: false }, []],
    ['age unknown', { name: '李某', kind: '自然人' }, ['party.age-unknown']],
    ['an organisation (the flag means nothing)', { minorAtDecision: true }, []],
  ])('%s', (_name, party, expected) => {
    const record = completeRecord('行政处罚', {
      party: { ...completeRecord('行政处罚').party, ...party } as DecisionRecord['party'],
    });
    const found = codes(check(record)).filter(
      (code) => code.startsWith('party.') && code !== 'party.identifier-missing',
    );
    expect(found).toEqual(expected);
  });

  it('puts the minors error first: it outranks everything else', () => {
    const record = completeRecord('行政处罚', {
      party: { name: '李某', kind: '自然人', minorAtDecision: true },
      facts: undefined,
    });
    expect(check(record)[0]?.code).toBe('party.minor');
  });

  it('reports personal data found by the injected scanner, with where it is', () => {
    const scanText = (text: string) => {
      const start = text.indexOf('13812345678');
      return start < 0 ? [] : [{ kind: 'mobile', start, end: start + 11 }];
    };
    const record = completeRecord('行政处罚', { facts: '当事人电话13812345678，经查…' });
    const issues = checkRecord(record, { today: '2025-03-20', scanText });
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'personal-data.found',
        field: 'facts',
        severity: 'error',
        received: 'mobile@5-16',
      }),
    );
  });

  describe('with the privacy engine', () => {
    const closing = '\n\n示例县市场监督管理局\n2025年3月3日';
    it('makes a decision whose text shows a minor party an error, even unflagged', () => {
      const record = completeRecord('行政处罚', {
        party: { name: '王某', kind: '自然人' },
        fullText: `当事人：王小明\n出生日期：2009年5月3日\n住址：示例县幸福路12号${closing}`,
      });
      const issues = checkRecord(record, { today: '2025-03-20', scanText });
      expect(issues[0]).toMatchObject({
        code: 'party.minor',
        severity: 'error',
        field: 'fullText',
      });
      expect(issues.map((issue) => issue.code)).not.toContain('party.age-unknown');
    });

    it('finds a person’s address in a party table written into the full text', () => {
      const record = completeRecord('行政许可', {
        party: { name: '张某', kind: '自然人', minorAtDecision: false },
        fullText: `申请人\t张三\n性别\t男\n地址\t示例县城关镇幸福路12号3单元602室${closing}`,
      });
      const issues = checkRecord(record, { today: '2025-03-20', scanText });
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'personal-data.found', field: 'fullText' }),
      );
    });

    it('keeps a company’s address in its party table', () => {
      const record = completeRecord('行政许可', {
        fullText: `申请人\t示例县某某商贸有限公司\n统一社会信用代码\t91519999MA00000A02\n地址\t示例县城关镇幸福路12号${closing}`,
      });
      const issues = checkRecord(record, { today: '2025-03-20', scanText });
      expect(issues.map((issue) => issue.code)).not.toContain('personal-data.found');
    });
  });

  it('scans the values kept in correction history', () => {
    const scanText = (text: string) =>
      text.includes('519999') ? [{ kind: 'resident-id', start: 0, end: 18 }] : [];
    const record = completeRecord('行政处罚', {
      corrections: [
        {
          date: '2025-03-10',
          fields: ['facts'],
          reason: '删除个人信息',
          previous: { facts: '519999200901010018' },
        },
      ],
    });
    const issues = checkRecord(record, { today: '2025-03-20', scanText });
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'corrections[0].previous.facts' }),
    );
  });
});

describe('full text, identifiers', () => {
  it.each<[string, DecisionCategory, Partial<DecisionRecord>, string[]]>([
    ['licence without full text', '行政许可', { fullText: undefined }, ['full-text.missing']],
    [
      'licence with the document attached',
      '行政许可',
      { fullText: undefined, attachments: [{ title: '决定书', url: 'a.pdf' }] },
      [],
    ],
    ['levy without full text', '行政征收', { fullText: undefined }, ['full-text.missing']],
    ['penalty without full text is fine', '行政处罚', { fullText: undefined }, []],
  ])('%s', (_name, category, patch, expected) => {
    expect(
      codes(check(completeRecord(category, patch))).filter((c) => c.startsWith('full-text')),
    ).toEqual(expected);
  });

  it.each<[string, Partial<DecisionRecord['party']>, string[]]>([
    ['a company without codes', { identifiers: {} }, ['party.identifier-missing']],
    [
      'a company with a legacy code only',
      { identifiers: { businessRegistrationNumber: '519999000012345' } },
      [],
    ],
    [
      'a typo in the credit code',
      { identifiers: { unifiedSocialCreditCode: '91519999MA00000A01' } },
      ['party.credit-code-invalid'],
    ],
  ])('%s', (_name, party, expected) => {
    const record = completeRecord('行政处罚', {
      party: { ...completeRecord('行政处罚').party, ...party },
    });
    const issues = check(record);
    expect(codes(issues).filter((c) => c.startsWith('party.'))).toEqual(expected);
    if (expected[0] === 'party.credit-code-invalid') {
      expect(issues.find((issue) => issue.code === expected[0])?.expected).toBe(
        '91519999MA00000A02',
      );
    }
  });
});

describe('checkFeed', () => {
  it('counts issues by severity', () => {
    const report = checkFeed(
      {
        format: 'gongshi-feed',
        version: 1,
        kind: 'records',
        publisher: { name: '示例县人民政府' },
        records: [completeRecord('行政处罚'), completeRecord('行政许可', { fullText: undefined })],
      },
      { today: '2025-03-20' },
    );
    expect(report.counts.error).toBe(1);
    expect(report.records.map((record) => record.issues.length)).toEqual([0, 1]);
  });
});

describe('scanning a record', () => {
  it('scans each text of a record once, for the minors and the personal-data rules alike', () => {
    const scanned: string[] = [];
    const counting = (text: string) => {
      scanned.push(text);
      return scanText(text);
    };
    const fullText = '当事人：王小明\n出生日期：2009年5月3日\n\n示例县市场监督管理局\n2025年3月3日';
    const record = completeRecord('行政处罚', {
      party: { name: '王某', kind: '自然人' },
      facts: fullText,
      fullText,
    });
    const issues = checkRecord(record, { today: '2025-03-20', scanText: counting });
    expect(issues[0]).toMatchObject({ code: 'party.minor', field: 'fullText' });
    expect(scanned.length).toBe(new Set(scanned).size);
    expect(scanned.filter((text) => text === fullText)).toHaveLength(1);
  });
});
