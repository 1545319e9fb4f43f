import { PartyKind } from '../records/enumerations';
import { type Issue, Severity } from './issue';
import type { Rule } from './rule';

/**
 * A natural person under 18 on the decision date is never published (未成年人保护法 Art. 110;
 * DOMAIN.md §2). The import derives `minorAtDecision` from the ID number before dropping it.
 */
export const minorPartyRule: Rule = (record, { profile }): Issue[] => {
  if (record.party.kind !== PartyKind.naturalPerson) return [];
  if (record.party.minorAtDecision === true) {
    return [
      {
        code: 'party.minor',
        severity: Severity.error,
        field: 'party',
        message: `行政相对人在决定时未满 ${profile.minorAge} 周岁，依法不予公开：请勿发布，已发布的立即撤下。`,
        messageEn: `the party was under ${profile.minorAge} on the decision date: never publish this record; withdraw it if already published.`,
      },
    ];
  }
  if (record.party.minorAtDecision === undefined) {
    return [
      {
        code: 'party.age-unknown',
        severity: Severity.info,
        field: 'party',
        message: `无法确认行政相对人决定时是否已满 ${profile.minorAge} 周岁（导入时未提供身份证号），公开前请核实。`,
        messageEn: `could not confirm the party was ${profile.minorAge} or older on the decision date (no ID at import); verify before publishing.`,
      },
    ];
  }
  return [];
};
