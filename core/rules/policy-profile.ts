import type { Problem } from '../diagnostics/problem';
import { DECISION_CATEGORIES, DecisionCategory } from '../records/enumerations';
import { INVALID, readSpec, type Spec } from '../schema/spec';
import { DEFAULT_PROFILE_ID, PUBLICITY_2018, type PublicityRules } from './publicity-rules';

export type { PublicityRules } from './publicity-rules';

/**
 * The publication rules of one jurisdiction as data (DOMAIN.md §2): deadlines, required
 * fields, publicity periods. A deployer adds its own as a JSON file, usually by extending a
 * built-in profile and overriding a few values.
 */
export interface PolicyProfile {
  readonly id: string;
  readonly name: string;
  /** The document the rules come from. */
  readonly source: string;
  /** Working days from the decision to publication, per category. */
  readonly publicationDeadline: Readonly<Record<DecisionCategory, number>>;
  /** Warn when this many working days or fewer remain before a deadline. */
  readonly atRiskWorkingDays: number;
  /** Working days to withdraw a changed or revoked decision (行政处罚法 Art. 48 and Art. 85). */
  readonly withdrawalWorkingDays: number;
  /** Categories published in full text (全文公开). */
  readonly fullTextCategories: readonly DecisionCategory[];
  /** Fields that must be present, per category (error when missing). */
  readonly requiredFields: Readonly<Record<DecisionCategory, readonly string[]>>;
  /** Fields that should be present, per category (warning when missing). */
  readonly recommendedFields: Readonly<Record<DecisionCategory, readonly string[]>>;
  readonly publicity: PublicityRules;
  /** The annual statistics are due on this day of the following year. */
  readonly annualReportDue: { readonly month: number; readonly day: number };
  /** Parties younger than this on the decision date are never published. */
  readonly minorAge: number;
  /**
   * Months an agency's 事前公开 information may go without an update before `check` warns
   * (agency.stale). Absent: 12. The seed says only 及时进行动态调整; local rules may be stricter.
   */
  readonly agencyInfoMaxAgeMonths?: number;
}

const common = ['party.name', 'party.kind', 'agency.name', 'decisionDate', 'content'];

/** Required per category: 双公示 mandatory columns and the 三项制度 minimum content. */
const REQUIRED_FIELDS: Record<DecisionCategory, readonly string[]> = {
  [DecisionCategory.licence]: [
    ...common,
    'documentNumber',
    'decisionKind',
    'validFrom',
    'agency.code',
  ],
  [DecisionCategory.penalty]: [
    ...common,
    'documentNumber',
    'facts',
    'basis',
    'decisionKind',
    'agency.code',
  ],
  [DecisionCategory.coercion]: [...common, 'documentNumber', 'basis', 'decisionKind'],
  [DecisionCategory.levy]: [...common, 'documentNumber', 'basis', 'amounts.levy'],
  [DecisionCategory.inspection]: [...common, 'conclusion'],
  [DecisionCategory.fee]: [...common, 'basis', 'amounts.fee'],
  [DecisionCategory.other]: common,
};

const RECOMMENDED_FIELDS: Record<DecisionCategory, readonly string[]> = {
  [DecisionCategory.licence]: [
    'documentTitle',
    'validTo',
    'licence.certificateName',
    'licence.number',
  ],
  [DecisionCategory.penalty]: ['violationType', 'publicityEndDate'],
  [DecisionCategory.coercion]: ['facts', 'conclusion'],
  [DecisionCategory.levy]: ['conclusion'],
  [DecisionCategory.inspection]: ['basis', 'documentNumber'],
  [DecisionCategory.fee]: ['documentNumber'],
  [DecisionCategory.other]: ['conclusion'],
};

const allCategories = (days: number) =>
  Object.fromEntries(DECISION_CATEGORIES.map((category) => [category, days])) as Record<
    DecisionCategory,
    number
  >;

/** 泸市府办函〔2018〕133号: every category within 7 working days; statistics by 31 March. */
export const LUZHOU_2018: PolicyProfile = {
  id: DEFAULT_PROFILE_ID,
  name: '泸州市行政执法三项制度（2018）',
  source: '泸州市人民政府办公室 泸市府办函〔2018〕133号',
  publicationDeadline: allCategories(7),
  atRiskWorkingDays: 2,
  withdrawalWorkingDays: 3,
  fullTextCategories: [DecisionCategory.licence, DecisionCategory.levy],
  requiredFields: REQUIRED_FIELDS,
  recommendedFields: RECOMMENDED_FIELDS,
  publicity: PUBLICITY_2018,
  annualReportDue: { month: 3, day: 31 },
  minorAge: 18,
};

/** 国办发〔2018〕118号: licences and penalties 7 working days, others 20; statistics by 31 January. */
export const NATIONAL_2018: PolicyProfile = {
  ...LUZHOU_2018,
  id: 'national-2018',
  name: '全面推行行政执法三项制度指导意见（2018）',
  source: '国务院办公厅 国办发〔2018〕118号',
  publicationDeadline: {
    ...allCategories(20),
    [DecisionCategory.licence]: 7,
    [DecisionCategory.penalty]: 7,
  },
  annualReportDue: { month: 1, day: 31 },
};

export const BUILT_IN_PROFILES: readonly PolicyProfile[] = [LUZHOU_2018, NATIONAL_2018];
export const DEFAULT_PROFILE: PolicyProfile = LUZHOU_2018;

const days: Spec = { kind: 'integer', min: 0 };
const byCategory = (of: Spec): Spec => ({
  kind: 'object',
  fields: Object.fromEntries(DECISION_CATEGORIES.map((category) => [category, of])),
});
const categoryList: Spec = { kind: 'list', of: { kind: 'enum', values: DECISION_CATEGORIES } };
const fieldList: Spec = { kind: 'list', of: { kind: 'text' } };

const PROFILE_SPEC: Spec = {
  kind: 'object',
  fields: {
    id: { kind: 'text' },
    name: { kind: 'text' },
    source: { kind: 'text' },
    publicationDeadline: byCategory(days),
    atRiskWorkingDays: days,
    withdrawalWorkingDays: days,
    fullTextCategories: categoryList,
    requiredFields: byCategory(fieldList),
    recommendedFields: byCategory(fieldList),
    publicity: {
      kind: 'object',
      fields: {
        categories: categoryList,
        minMonths: days,
        maxMonths: days,
        regulatedAreaMinMonths: days,
        naturalPersonMaxMonths: { kind: 'integer', min: 1, optional: true },
      },
    },
    annualReportDue: {
      kind: 'object',
      fields: { month: { kind: 'integer', min: 1 }, day: { kind: 'integer', min: 1 } },
    },
    minorAge: days,
    agencyInfoMaxAgeMonths: { kind: 'integer', min: 1, optional: true },
  },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a deployer's profile from JSON. `"extends": "luzhou-2018"` starts from a built-in
 * profile (or one in `known`) and overrides what the file gives; nested objects
 * (`publicationDeadline`, `publicity`…) merge key by key.
 *
 * @example
 * parsePolicyProfile({ id: 'my-county', name: '某县', extends: 'national-2018',
 *   publicity: { naturalPersonMaxMonths: 24 } })
 */
export function parsePolicyProfile(
  json: unknown,
  known: readonly PolicyProfile[] = BUILT_IN_PROFILES,
): { profile?: PolicyProfile; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isObject(json)) {
    return {
      problems: [
        {
          path: '$',
          code: 'profile.not-object',
          message: '规则配置应为 JSON 对象。',
          messageEn: 'a policy profile must be a JSON object.',
        },
      ],
    };
  }
  let merged: Record<string, unknown> = json;
  if (json.extends !== undefined) {
    const base = known.find((profile) => profile.id === json.extends);
    if (!base) {
      const ids = known.map((profile) => profile.id).join(', ');
      return {
        problems: [
          {
            path: 'extends',
            code: 'profile.unknown-base',
            message: `未知的基础规则 ${JSON.stringify(json.extends)}，可选：${ids}。`,
            messageEn: `unknown base profile ${JSON.stringify(json.extends)}; known: ${ids}.`,
          },
        ],
      };
    }
    merged = { ...base };
    for (const [key, value] of Object.entries(json)) {
      if (key === 'extends') continue;
      const current = (base as unknown as Record<string, unknown>)[key];
      merged[key] = isObject(current) && isObject(value) ? { ...current, ...value } : value;
    }
  }
  const read = readSpec(merged, PROFILE_SPEC, '$', problems, 'profile');
  if (read === INVALID) return { problems };
  const profile = read as PolicyProfile;
  if (profile.publicity.minMonths > profile.publicity.maxMonths) {
    problems.push({
      path: 'publicity',
      code: 'profile.invalid-publicity',
      message: '公示期下限不能大于上限。',
      messageEn: 'publicity minMonths must not exceed maxMonths.',
    });
    return { problems };
  }
  return { profile, problems };
}

/** A built-in (or given) profile by id. */
export function findProfile(
  id: string,
  known: readonly PolicyProfile[] = BUILT_IN_PROFILES,
): PolicyProfile | undefined {
  return known.find((profile) => profile.id === id);
}
