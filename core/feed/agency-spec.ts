import { AGENCY_LIST_KINDS, PROFILE_CHANGE_KINDS } from '../records/agency-profile';
import { TimeUnit } from '../records/service-guide';
import type { Spec } from '../schema/spec';
import { feedSpecs, list, object, optDate, optList, optText, text } from './feed-spec';

/**
 * The agencies' part of a feed (事前公开: profiles, officers, lists, service guides), apart
 * from feed-spec.ts so that a widget listing records only does not carry it.
 */

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
      certificateValidTo: optDate(),
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
  majorDecisionCatalogue: optList(
    object({
      item: text(),
      category: text(),
      criteria: text(),
      basis: optText(),
      thresholdYuan: { kind: 'decimal', optional: true },
      reviewBody: optText(),
    }),
  ),
  updated: optDate(),
  recordHead: object(
    { seq: { kind: 'integer', min: 1 }, hash: text(), published: optDate() },
    true,
  ),
  listsUpdated: object(
    Object.fromEntries(AGENCY_LIST_KINDS.map((kind) => [kind, optDate()])),
    true,
  ),
  changes: optList(
    object({
      date: { kind: 'date' },
      kind: { kind: 'enum', values: PROFILE_CHANGE_KINDS },
      list: { kind: 'enum', values: AGENCY_LIST_KINDS },
      item: text(),
      fields: optList(text()),
      reason: text(),
      previous: { kind: 'string-map', optional: true },
    }),
  ),
});

/** The whole feed specs, agencies read. */
export const FULL_FEED_SPECS = feedSpecs(AGENCY_SPEC);
export const RECORDS_FEED_SPEC: Spec = FULL_FEED_SPECS.records;
export const INDEX_FEED_SPEC: Spec = FULL_FEED_SPECS.index;
