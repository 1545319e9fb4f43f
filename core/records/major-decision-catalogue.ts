import type { MajorDecisionCatalogueItem } from './agency-profile';
import type { DecisionRecord } from './decision-record';
import { PartyKind } from './enumerations';
import { moneyToFen } from './money';

// Who a catalogue entry's amount applies to, as catalogues word it (对公民处以…, 对法人或者其他组织…).
const CITIZENS = /公民|自然人|个人|个体/;
const ORGANISATIONS = /法人|其他组织|单位|企业/;

// Measures a catalogue names in words, and how a decision text says them.
const MEASURES: readonly [RegExp, RegExp][] = [
  [/吊销/, /吊销/],
  [/停产停业|责令关闭|停业整顿/, /停产停业|停业整顿|责令关闭|暂停营业/],
  [/没收/, /没收/],
  [/查封|扣押/, /查封|扣押/],
  [/听证/, /听证/],
];

function appliesToParty(entry: MajorDecisionCatalogueItem, kind: PartyKind): boolean {
  const text = `${entry.item}${entry.criteria}`;
  const citizens = CITIZENS.test(text);
  const organisations = ORGANISATIONS.test(text);
  if (citizens === organisations) return true;
  return citizens ? kind !== PartyKind.organisation : kind === PartyKind.organisation;
}

/**
 * The entries of an agency's 重大执法决定法制审核目录清单 that make `record` a major decision
 * (so it needs legal review before it is made): same 执法类别, and either the fine reaches the
 * entry's 金额标准 (for the party the entry names: 公民 or 法人/其他组织), or the entry names a
 * measure the decision takes (吊销, 停产停业, 没收, 查封扣押, 听证). For the review gate
 * (core/review) to read the catalogue the agency published.
 *
 * Limit: an entry described only in other prose (案情复杂, 涉及重大公共利益) cannot be matched
 * from the record; staff mark such cases major themselves.
 */
export function matchingCatalogueItems(
  record: DecisionRecord,
  catalogue: readonly MajorDecisionCatalogueItem[],
): MajorDecisionCatalogueItem[] {
  const decision = [record.decisionKind, record.content, record.suspendedLicence, record.facts]
    .filter(Boolean)
    .join('\n');
  const fine = record.amounts?.fine ? moneyToFen(record.amounts.fine) : undefined;
  return catalogue.filter((entry) => {
    if (entry.category !== record.category) return false;
    if (entry.thresholdYuan !== undefined) {
      const limit = moneyToFen({ value: entry.thresholdYuan, unit: '元' });
      return (
        fine !== undefined &&
        limit !== undefined &&
        fine >= limit &&
        appliesToParty(entry, record.party.kind)
      );
    }
    const words = `${entry.item}${entry.criteria}`;
    return MEASURES.some(([named, taken]) => named.test(words) && taken.test(decision));
  });
}
