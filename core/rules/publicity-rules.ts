import { DecisionCategory } from '../records/enumerations';

/** 公示期 (信用修复, 国家发展改革委令第58号). */
export interface PublicityRules {
  /** Categories the publicity period applies to. */
  readonly categories: readonly DecisionCategory[];
  readonly minMonths: number;
  readonly maxMonths: number;
  /** Minimum for 特种设备, 安全生产, 消防安全. */
  readonly regulatedAreaMinMonths: number;
  /** Local practice: natural persons' results come down sooner (e.g. 24). Absent: no limit. */
  readonly naturalPersonMaxMonths?: number;
}

/** The id of the profile used when neither the page nor the feed names one. */
export const DEFAULT_PROFILE_ID = 'luzhou-2018';

/** The publicity period both built-in profiles share (泸市府办函〔2018〕133号, 国办发〔2018〕118号). */
export const PUBLICITY_2018: PublicityRules = {
  categories: [DecisionCategory.penalty],
  minMonths: 3,
  maxMonths: 36,
  regulatedAreaMinMonths: 12,
};

// Kept apart from policy-profile.ts so the widgets, which need only the publicity period of a
// built-in profile, do not ship every profile's deadlines and field lists (issue 5).
const BUILT_IN_PUBLICITY: readonly (readonly [string, PublicityRules])[] = [
  ['luzhou-2018', PUBLICITY_2018],
  ['national-2018', PUBLICITY_2018],
];

/** The publicity period of the built-in profile `id`, as `findProfile(id)?.publicity` gives it. */
export function builtInPublicity(id: string): PublicityRules | undefined {
  return BUILT_IN_PUBLICITY.find(([known]) => known === id)?.[1];
}
