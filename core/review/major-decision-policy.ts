import type { MajorDecisionCatalogueItem } from '../records/agency-profile';
import { PartyKind } from '../records/enumerations';

/**
 * What makes a decision major (重大执法决定) for one jurisdiction: data, so a deployer can
 * change it without a release (DOMAIN.md §1.3 marks thresholds as local practice).
 */
export interface MajorDecisionPolicy {
  /** Fines at or above this many 元 are major, per party kind. Absent kind: no threshold. */
  readonly fineThresholdYuan: Readonly<Partial<Record<PartyKind, string>>>;
  /** Revoking a licence or permit (吊销许可证件/营业执照) is major. */
  readonly licenceRevocation: boolean;
  /** Ordering suspension of production or business, or closure (责令停产停业/关闭) is major. */
  readonly suspension: boolean;
  /** A hearing (听证) was held or had to be offered. */
  readonly hearing: boolean;
  /** The source document: every penalty except the simplified (简易) procedure is reviewed. */
  readonly allPenaltiesExceptSimplified: boolean;
  /**
   * 审核时限: working days after submission (送审) within which the legal office completes the
   * review. Local practice; most 法制审核办法 say 5 working days.
   */
  readonly reviewWorkingDays: number;
  /**
   * A 重大执法决定法制审核目录清单: a decision that one of its entries matches is major (see
   * `matchingCatalogueItems`), on top of the triggers above. Absent in the built-in policies;
   * `agencyReviewPolicy` puts the agency's published catalogue here.
   */
  readonly catalogue?: readonly MajorDecisionCatalogueItem[];
}

/**
 * One county's practice, cited in DOMAIN.md: ≥ ¥10,000 on a citizen, ≥ ¥100,000 on an
 * organisation. 个体工商户 are natural persons in law, so they share the citizen threshold.
 */
const COUNTY_THRESHOLDS = {
  [PartyKind.naturalPerson]: '10000',
  [PartyKind.individualBusiness]: '10000',
  [PartyKind.organisation]: '100000',
};

/** 泸市府办函〔2018〕133号: all penalties except the simplified procedure, plus the triggers. */
export const LUZHOU_2018_MAJOR: MajorDecisionPolicy = {
  fineThresholdYuan: COUNTY_THRESHOLDS,
  licenceRevocation: true,
  suspension: true,
  hearing: true,
  allPenaltiesExceptSimplified: true,
  reviewWorkingDays: 5,
};

/** 国办发〔2018〕118号 with the county thresholds as the default local standard. */
export const NATIONAL_2018_MAJOR: MajorDecisionPolicy = {
  fineThresholdYuan: COUNTY_THRESHOLDS,
  licenceRevocation: true,
  suspension: true,
  hearing: true,
  allPenaltiesExceptSimplified: false,
  reviewWorkingDays: 5,
};

/** The built-in policy per policy profile id. */
export const MAJOR_DECISION_POLICIES: Readonly<Record<string, MajorDecisionPolicy>> = {
  'luzhou-2018': LUZHOU_2018_MAJOR,
  'national-2018': NATIONAL_2018_MAJOR,
};
