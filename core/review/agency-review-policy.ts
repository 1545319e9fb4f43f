import type { AgencyProfile, MajorDecisionCatalogueItem } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import type { MajorDecisionPolicy } from './major-decision-policy';

// 审核事项 as agencies type them: full-width brackets and stray spaces must not make two entries.
function entryKey(entry: MajorDecisionCatalogueItem): string {
  const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  return `${words(entry.category)}\u0000${words(entry.item)}`;
}

/**
 * The catalogue a decision of this agency is judged against: every entry the agency published
 * (its 重大执法决定法制审核目录清单, in its own words), then each entry of the policy's own
 * catalogue (a county-wide list a deployer supplies) that the agency did not publish under the
 * same 执法类别 and 审核事项. The agency's wording wins where both name an entry; nothing the
 * county lists is dropped because an agency left it out.
 *
 * @example
 *   effectiveReviewCatalogue(LUZHOU_2018_MAJOR, agency.majorDecisionCatalogue)
 *   // the agency's entries (the built-in policies carry no catalogue of their own)
 */
export function effectiveReviewCatalogue(
  policy: MajorDecisionPolicy,
  published: readonly MajorDecisionCatalogueItem[] = [],
): MajorDecisionCatalogueItem[] {
  const listed = new Set(published.map(entryKey));
  return [
    ...published,
    ...(policy.catalogue ?? []).filter((entry) => !listed.has(entryKey(entry))),
  ];
}

/**
 * The review policy for one agency: `policy` with the agency's published catalogue as its
 * catalogue (`effectiveReviewCatalogue`). The policy's own triggers (fine thresholds,
 * revocation, suspension, hearing) still apply: a catalogue adds major decisions, it never
 * lets one skip review that the jurisdiction's rules catch.
 *
 * Limit: an agency whose catalogue sets a higher fine threshold than the policy's still has
 * its fines judged by the policy's threshold; change the policy for that agency if the
 * catalogue is meant to replace it.
 */
export function agencyReviewPolicy(
  policy: MajorDecisionPolicy,
  agency: Pick<AgencyProfile, 'majorDecisionCatalogue'> | undefined,
): MajorDecisionPolicy {
  const published = agency?.majorDecisionCatalogue;
  if (!published?.length) return policy;
  return { ...policy, catalogue: effectiveReviewCatalogue(policy, published) };
}

/**
 * The review policy for `record`: `agencyReviewPolicy` for the agency that decided it (matched
 * by 执法主体名称 among `agencies`, as a feed lists them), or `policy` unchanged when that
 * agency publishes no profile.
 */
export function reviewPolicyForRecord(
  record: Pick<DecisionRecord, 'agency'>,
  policy: MajorDecisionPolicy,
  agencies: readonly AgencyProfile[] = [],
): MajorDecisionPolicy {
  const name = record.agency.name.trim();
  return agencyReviewPolicy(
    policy,
    agencies.find((agency) => agency.name.trim() === name),
  );
}
