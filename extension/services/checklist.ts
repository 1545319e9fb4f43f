import { chinaCalendar, type IsoDate } from '../../core/calendar/index';
import { type DecisionRecord, PartyKind } from '../../core/records/index';
import {
  BUILT_IN_PROFILES,
  checkRecord,
  DEFAULT_PROFILE,
  type Issue,
  type PolicyProfile,
  type PublicationDeadline,
  publicationDeadline,
} from '../../core/rules/index';
import { scanForPersonalData } from './privacy';

export interface Checklist {
  readonly profile: PolicyProfile;
  readonly issues: readonly Issue[];
  /** Undefined when the record has no valid decision date. */
  readonly deadline?: PublicationDeadline;
}

export function profileById(id: string | undefined): PolicyProfile {
  return BUILT_IN_PROFILES.find((profile) => profile.id === id) ?? DEFAULT_PROFILE;
}

/**
 * The core publication rules over the record being published: category, decision date →
 * deadline in working days, required fields, minors, personal data left in the text.
 *
 * `minorOnPage` says the page's own text showed a decision on a minor (the privacy engine's
 * `minor` finding, PageSummary.minor). The record is read from the redacted body, which
 * may no longer show it (the ID that gave the birth date is gone): the record's party is
 * then taken as what the engine read, a natural person under 18 on the decision date, and
 * the minors rule fails.
 */
export function publicationChecklist(
  record: DecisionRecord,
  options: { readonly today: IsoDate; readonly profileId?: string; readonly minorOnPage?: boolean },
): Checklist {
  const profile = profileById(options.profileId);
  const calendar = chinaCalendar();
  const checked: DecisionRecord = options.minorOnPage
    ? {
        ...record,
        party: { ...record.party, kind: PartyKind.naturalPerson, minorAtDecision: true },
      }
    : record;
  const issues = checkRecord(checked, {
    profile,
    today: options.today,
    calendar,
    scanText: (text) => scanForPersonalData(text),
  });
  let deadline: PublicationDeadline | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(record.decisionDate)) {
    try {
      deadline = publicationDeadline(checked, profile, calendar);
    } catch {
      deadline = undefined;
    }
  }
  return { profile, issues, ...(deadline ? { deadline } : {}) };
}

/** Today in China (UTC+8), YYYY-MM-DD: the deadlines count in China's calendar days. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
