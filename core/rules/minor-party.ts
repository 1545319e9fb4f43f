import type { DecisionRecord } from '../records/decision-record';
import { PartyKind } from '../records/enumerations';
import { type Issue, Severity } from './issue';
import type { Rule, ScanText } from './rule';

/** The record's texts that hold a whole decision (its party block with a birth date). */
export const DECISION_TEXTS = ['fullText', 'facts'] as const;

/**
 * The field whose text shows a decision on a minor (a `minor` finding of the privacy
 * engine: the party block's birth date or ID against the document's date), or undefined.
 */
export function minorShownInText(
  record: DecisionRecord,
  scanText: ScanText | undefined,
): (typeof DECISION_TEXTS)[number] | undefined {
  if (!scanText) return undefined;
  for (const field of DECISION_TEXTS) {
    const text = record[field];
    if (text && scanText(text).some((finding) => finding.kind === 'minor')) return field;
  }
  return undefined;
}

/**
 * A natural person under 18 on the decision date is never published (未成年人保护法 Art. 110;
 * DOMAIN.md §2). The import derives `minorAtDecision` from the ID number before dropping it.
 */
export const minorPartyRule: Rule = (record, { profile, scanText }): Issue[] => {
  // The decision's own text may say so even when the import could not (no ID column, a
  // party typed in as an organisation): the privacy engine reads its party block.
  const shown = minorShownInText(record, scanText);
  if (shown) {
    return [
      {
        code: 'party.minor',
        severity: Severity.error,
        field: shown,
        message: `决定书内容显示当事人在决定时未满 ${profile.minorAge} 周岁，依法不予公开：请勿发布，已发布的立即撤下。`,
        messageEn: `the decision's text shows the party was under ${profile.minorAge} on the decision date: never publish this record; withdraw it if already published.`,
      },
    ];
  }
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
