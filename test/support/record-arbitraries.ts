/**
 * fast-check arbitraries for valid feed data: every value they produce must parse without
 * problems, so parse(serialise(x)) = x can be checked for any of them.
 */
import { fc } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../core/calendar/iso-date';
import type { RecordsFeed } from '../../core/feed/feed';
import type { DecisionRecord, Party } from '../../core/records/decision-record';
import {
  DECISION_CATEGORIES,
  MoneyUnit,
  PARTY_KINDS,
  REGULATED_AREAS,
  REVOCATION_KINDS,
} from '../../core/records/enumerations';
import type { Money } from '../../core/records/money';

const CHARS = [
  ...'示例县市场监督管理局张某某有限公司罚款警告没收违法所得〔〕号第条ABC0123 ,.;"\\\n',
];

/** Non-empty text that is not only whitespace (the feed treats blank as absent). */
export const textArb = fc
  .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 24 })
  .filter((text) => text.trim() !== '');

export const dateArb = fc
  .integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2030-12-31') })
  .map(fromDayNumber);

export const moneyArb: fc.Arbitrary<Money> = fc.record({
  value: fc
    .tuple(
      fc.nat({ max: 10_000_000 }),
      fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }),
    )
    .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : String(whole))),
  unit: fc.constantFrom(MoneyUnit.wanYuan, MoneyUnit.yuan),
});

const urlArb = fc.constantFrom(
  'https://www.example.gov.cn/xzzf/1.html',
  'http://tyzfpt.example.gov.cn/p?id=42',
  'files/decision-1.pdf',
);

const partyArb: fc.Arbitrary<Party> = fc.record(
  {
    name: textArb,
    kind: fc.constantFrom(...PARTY_KINDS),
    identifiers: fc.record(
      {
        unifiedSocialCreditCode: textArb,
        businessRegistrationNumber: textArb,
        organisationCode: textArb,
        taxRegistrationNumber: textArb,
        institutionCertificateNumber: textArb,
        socialOrganisationNumber: textArb,
      },
      { requiredKeys: [] },
    ),
    legalRepresentative: textArb,
    minorAtDecision: fc.boolean(),
  },
  { requiredKeys: ['name', 'kind'] },
);

export const recordArb: fc.Arbitrary<DecisionRecord> = fc.record(
  {
    id: textArb,
    category: fc.constantFrom(...DECISION_CATEGORIES),
    documentNumber: textArb,
    documentTitle: textArb,
    party: partyArb,
    agency: fc.record({ name: textArb, code: textArb }, { requiredKeys: ['name'] }),
    dataSource: fc.record({ name: textArb, code: textArb }, { requiredKeys: ['name'] }),
    decisionKind: textArb,
    violationType: textArb,
    facts: textArb,
    basis: textArb,
    content: textArb,
    conclusion: textArb,
    amounts: fc.record(
      { fine: moneyArb, confiscation: moneyArb, levy: moneyArb, fee: moneyArb },
      { requiredKeys: [] },
    ),
    licence: fc.record(
      { certificateName: textArb, number: textArb, status: textArb },
      { requiredKeys: [] },
    ),
    suspendedLicence: textArb,
    regulatedArea: fc.constantFrom(...REGULATED_AREAS),
    decisionDate: dateArb,
    publicationDate: dateArb,
    validFrom: dateArb,
    validTo: dateArb,
    publicityEndDate: dateArb,
    fullText: textArb,
    platformUrl: urlArb,
    attachments: fc.array(
      fc.record(
        { title: textArb, url: urlArb, mediaType: textArb },
        { requiredKeys: ['title', 'url'] },
      ),
      { maxLength: 2 },
    ),
    remarks: textArb,
    corrections: fc.array(
      fc.record(
        {
          date: dateArb,
          fields: fc.array(textArb, { maxLength: 3 }),
          reason: textArb,
          previous: fc.dictionary(textArb, fc.string({ maxLength: 10 }), { maxKeys: 2 }),
        },
        { requiredKeys: ['date', 'fields', 'reason'] },
      ),
      { maxLength: 2 },
    ),
    revocation: fc.record(
      { date: dateArb, kind: fc.constantFrom(...REVOCATION_KINDS), reason: textArb },
      { requiredKeys: ['date', 'kind'] },
    ),
    withdrawal: fc.record({ date: dateArb, reason: textArb }),
  },
  { requiredKeys: ['id', 'category', 'party', 'agency', 'decisionDate'] },
);

export const recordsFeedArb: fc.Arbitrary<RecordsFeed> = fc
  .record(
    {
      generated: fc.constantFrom('2026-11-28T08:00:00Z', '2026-11-28T08:00:00.123+08:00'),
      title: textArb,
      publisher: fc.record(
        { name: textArb, url: urlArb, code: textArb },
        { requiredKeys: ['name'] },
      ),
      profile: fc.constantFrom('luzhou-2018', 'national-2018'),
      records: fc.uniqueArray(recordArb, { maxLength: 5, selector: (record) => record.id }),
    },
    { requiredKeys: ['publisher', 'records'] },
  )
  .map((feed) => ({ format: 'gongshi-feed', version: 1, kind: 'records', ...feed }) as RecordsFeed);
