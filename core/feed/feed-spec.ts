import {
  DECISION_CATEGORIES,
  MoneyUnit,
  PARTY_KINDS,
  REGULATED_AREAS,
  REVOCATION_KINDS,
} from '../records/enumerations';
import type { Spec } from '../schema/spec';

/** The `format` value every Gongshi feed carries. */
export const FEED_FORMAT = 'gongshi-feed';
/** The feed version this code reads and writes. A reader refuses a newer version. */
export const FEED_VERSION = 1;

/** Spec builders, shared with agency-spec.ts. */
export const text = (): Spec => ({ kind: 'text' });
export const optText = (): Spec => ({ kind: 'text', optional: true });
export const optDate = (): Spec => ({ kind: 'date', optional: true });
export const list = (of: Spec): Spec => ({ kind: 'list', of });
export const optList = (of: Spec): Spec => ({ kind: 'list', of, optional: true });
export const object = (fields: Record<string, Spec>, optional = false): Spec => ({
  kind: 'object',
  fields,
  ...(optional ? { optional } : {}),
});

const money = (): Spec =>
  object(
    {
      value: { kind: 'decimal' },
      unit: { kind: 'enum', values: Object.values(MoneyUnit) },
    },
    true,
  );

const agencyRef = (optional = false): Spec => object({ name: text(), code: optText() }, optional);

/** One DecisionRecord (core/records/decision-record.ts): the order here is the JSON order. */
export const RECORD_SPEC: Spec = object({
  id: text(),
  category: { kind: 'enum', values: DECISION_CATEGORIES },
  documentNumber: optText(),
  documentTitle: optText(),
  party: object({
    name: text(),
    kind: { kind: 'enum', values: PARTY_KINDS },
    identifiers: object(
      {
        unifiedSocialCreditCode: optText(),
        businessRegistrationNumber: optText(),
        organisationCode: optText(),
        taxRegistrationNumber: optText(),
        institutionCertificateNumber: optText(),
        socialOrganisationNumber: optText(),
      },
      true,
    ),
    legalRepresentative: optText(),
    minorAtDecision: {
      kind: 'boolean',
      optional: true,
    },
  }),
  agency: agencyRef(),
  dataSource: agencyRef(true),
  decisionKind: optText(),
  violationType: optText(),
  facts: optText(),
  basis: optText(),
  content: optText(),
  conclusion: optText(),
  amounts: object(
    {
      fine: money(),
      confiscation: money(),
      levy: money(),
      fee: money(),
    },
    true,
  ),
  licence: object(
    {
      certificateName: optText(),
      number: optText(),
      status: optText(),
    },
    true,
  ),
  suspendedLicence: optText(),
  regulatedArea: {
    kind: 'enum',
    values: REGULATED_AREAS,
    optional: true,
  },
  decisionDate: { kind: 'date' },
  publicationDate: optDate(),
  validFrom: optDate(),
  validTo: optDate(),
  publicityEndDate: optDate(),
  fullText: optText(),
  platformUrl: { kind: 'url', optional: true },
  attachments: optList(
    object({
      title: text(),
      url: { kind: 'url' },
      mediaType: optText(),
    }),
  ),
  remarks: optText(),
  corrections: optList(
    object({
      date: { kind: 'date' },
      fields: list(text()),
      reason: text(),
      previous: { kind: 'string-map', optional: true },
    }),
  ),
  revocation: object(
    {
      date: { kind: 'date' },
      kind: { kind: 'enum', values: REVOCATION_KINDS },
      reason: optText(),
    },
    true,
  ),
  withdrawal: object({ date: { kind: 'date' }, reason: text() }, true),
});

const publisher: Spec = object({
  name: text(),
  url: { kind: 'url', optional: true },
  code: optText(),
});

const header: Record<string, Spec> = {
  format: { kind: 'const', value: FEED_FORMAT },
  version: { kind: 'const', value: FEED_VERSION },
  kind: { kind: 'enum', values: ['records', 'index'] },
  generated: { kind: 'timestamp', optional: true },
  title: optText(),
  publisher,
  profile: optText(),
};

/** The specs of a records feed and of an index feed. */
export interface FeedSpecs {
  readonly records: Spec;
  readonly index: Spec;
}

/**
 * The feed specs, with `agencies` read by `agency` (agency-spec.ts), or left out unread:
 * a listing shows records only, and the agencies' spec is a large part of the widgets'
 * first view (parse-listing-feed.ts).
 */
export function feedSpecs(agency?: Spec): FeedSpecs {
  const agencies: Record<string, Spec> = agency ? { agencies: optList(agency) } : {};
  return {
    // A feed with the records themselves (a whole portal, or one shard).
    records: object({
      ...header,
      ...agencies,
      kind: { kind: 'const', value: 'records' },
      records: list(RECORD_SPEC),
    }),
    // An index feed: which shard holds which month and agency, so a widget loads only those.
    index: object({
      ...header,
      ...agencies,
      kind: { kind: 'const', value: 'index' },
      shards: list(
        object({
          url: { kind: 'url' },
          month: optText(),
          agency: optText(),
          recordCount: { kind: 'integer', min: 0 },
          categories: optList({ kind: 'enum', values: DECISION_CATEGORIES }),
        }),
      ),
    }),
  };
}
