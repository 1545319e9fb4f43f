import { chinaCalendar, type IsoDate } from '../../core/calendar/index';
import type { DecisionRecord } from '../../core/records/index';
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
 */
export function publicationChecklist(
  record: DecisionRecord,
  options: { readonly today: IsoDate; readonly profileId?: string },
): Checklist {
  const profile = profileById(options.profileId);
  const calendar = chinaCalendar();
  const issues = checkRecord(record, {
    profile,
    today: options.today,
    calendar,
    scanText: (text) => scanForPersonalData(text),
  });
  let deadline: PublicationDeadline | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(record.decisionDate)) {
    try {
      deadline = publicationDeadline(record, profile, calendar);
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
