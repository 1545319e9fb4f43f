import {
  DECISION_CATEGORIES,
  MoneyUnit,
  PARTY_KINDS,
  REGULATED_AREAS,
  REVOCATION_KINDS,
} from '../records/enumerations';
import { TimeUnit } from '../records/service-guide';
import type { Spec } from '../schema/spec';

/** The `format` value every Gongshi feed carries. */
export const FEED_FORMAT = 'gongshi-feed';
/** The feed version this code reads and writes. A reader refuses a newer version. */
export const FEED_VERSION = 1;

const text = (): Spec => ({ kind: 'text' });
const optText = (): Spec => ({ kind: 'text', optional: true });
const optDate = (): Spec => ({ kind: 'date', optional: true });
const list = (of: Spec): Spec => ({ kind: 'list', of });
const optList = (of: Spec): Spec => ({ kind: 'list', of, optional: true });
const object = (fields: Record<string, Spec>, optional = false): Spec => ({
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

const timeLimit = (optional: boolean): Spec =>
  object(
    {
      value: { kind: 'integer', min: 0 },
      unit: { kind: 'enum', values: Object.values(TimeUnit) },
      note: optText(),
    },
    optional,
  );

const procedureFlow: Spec = object({
  name: text(),
  steps: list(
    object({
      name: text(),
      actor: text(),
      timeLimit: timeLimit(true),
      description: optText(),
    }),
  ),
});

/** One AgencyProfile (事前公开) with its service guides. */
export const AGENCY_SPEC: Spec = object({
  name: text(),
  code: optText(),
  bodyType: optText(),
  address: optText(),
  website: { kind: 'url', optional: true },
  duties: list(text()),
  powers: list(object({ name: text(), category: text(), basis: optText(), code: optText() })),
  legalBasis: list(
    object({
      title: text(),
      articles: optText(),
      url: { kind: 'url', optional: true },
      discretionStandard: { kind: 'boolean', optional: true },
    }),
  ),
  officers: list(
    object({
      name: text(),
      certificateNumber: text(),
      enforcementCategory: text(),
      area: text(),
    }),
  ),
  randomInspections: list(
    object({
      item: text(),
      basis: text(),
      body: text(),
      content: text(),
      method: text(),
      ratio: text(),
      frequency: text(),
    }),
  ),
  procedures: list(procedureFlow),
  serviceGuides: list(
    object({
      itemName: text(),
      acceptingBody: text(),
      approvingBody: text(),
      legalBasis: list(text()),
      conditions: list(text()),
      materials: list(
        object({
          name: text(),
          copies: { kind: 'integer', min: 1, optional: true },
          note: optText(),
        }),
      ),
      flow: procedureFlow,
      timeLimit: timeLimit(false),
      fees: text(),
      consultationPhone: optText(),
      complaintPhone: optText(),
    }),
  ),
  supervision: list(object({ kind: text(), value: text(), hours: optText() })),
  remedies: list(object({ kind: text(), body: text(), deadline: text() })),
  updated: optDate(),
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
  agencies: optList(AGENCY_SPEC),
};

/** A feed with the records themselves (a whole portal, or one shard). */
export const RECORDS_FEED_SPEC: Spec = object({
  ...header,
  kind: { kind: 'const', value: 'records' },
  records: list(RECORD_SPEC),
});

/** An index feed: which shard holds which month and agency, so a widget loads only those. */
export const INDEX_FEED_SPEC: Spec = object({
  ...header,
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
});
