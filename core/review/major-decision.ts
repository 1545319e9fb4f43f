import type { MajorDecisionCatalogueItem } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import { DecisionCategory, PartyKind } from '../records/enumerations';
import { matchingCatalogueItems } from '../records/major-decision-catalogue';
import { moneyToFen } from '../records/money';
import type { MajorDecisionPolicy } from './major-decision-policy';

/** What the clerk knows that the record does not say. */
export interface CaseFacts {
  /** A hearing (听证) was held or offered. */
  readonly hearingHeld?: boolean;
  /** Staff marked the decision major (complex case, public interest, social risk…). */
  readonly markedMajor?: boolean;
  /** Decided under the simplified procedure (简易程序, 行政处罚法 Art. 51). */
  readonly simplifiedProcedure?: boolean;
}

export const MajorReasonCode = {
  fine: 'major.fine-threshold',
  licenceRevocation: 'major.licence-revocation',
  suspension: 'major.suspension',
  hearing: 'major.hearing',
  penalty: 'major.penalty',
  marked: 'major.marked',
  catalogue: 'major.catalogue',
} as const;
export type MajorReasonCode = (typeof MajorReasonCode)[keyof typeof MajorReasonCode];

export interface MajorReason {
  readonly code: MajorReasonCode;
  readonly message: string;
  readonly messageEn: string;
  /** For `major.catalogue`: the 目录清单 entry the decision falls under. */
  readonly catalogueItem?: MajorDecisionCatalogueItem;
}

// 吊销许可证件 / 吊销营业执照 (行政处罚法 Art. 9 (3)).
const REVOCATION = /吊销/;
// 责令停产停业、责令关闭、限制从业 (Art. 9 (4)) and the usual wording of business suspension.
const SUSPENSION = /停产停业|停业整顿|责令关闭|暂停营业|停止营业|限制从业/;
const HEARING = /举行(?:了)?听证|听证会/;

/**
 * 简易程序 limits (行政处罚法 2021 Art. 51): a warning, or a fine up to ¥200 for a citizen or
 * ¥3,000 for an organisation. Used only when the clerk did not say which procedure applied.
 */
const SIMPLIFIED_LIMIT_FEN: Readonly<Record<PartyKind, number>> = {
  [PartyKind.naturalPerson]: 20_000,
  [PartyKind.individualBusiness]: 20_000,
  [PartyKind.organisation]: 300_000,
};

function decisionText(record: DecisionRecord): string {
  return [record.decisionKind, record.content, record.suspendedLicence, record.conclusion]
    .filter(Boolean)
    .join('\n');
}

function looksSimplified(record: DecisionRecord): boolean {
  const fine = record.amounts?.fine ? moneyToFen(record.amounts.fine) : 0;
  if (fine === undefined) return false;
  const otherMeasures = /没收|吊销|暂扣|停产停业|责令关闭|拘留|降低资质/.test(decisionText(record));
  return !otherMeasures && fine <= SIMPLIFIED_LIMIT_FEN[record.party.kind];
}

/**
 * Why a decision counts as major under `policy` (empty: it does not). Each reason says what
 * triggered it, so the legal office and the clerk see the same thing.
 */
export function majorDecisionReasons(
  record: DecisionRecord,
  policy: MajorDecisionPolicy,
  facts: CaseFacts = {},
): MajorReason[] {
  const reasons: MajorReason[] = [];
  const text = decisionText(record);

  const threshold = policy.fineThresholdYuan[record.party.kind];
  const fine = record.amounts?.fine ? moneyToFen(record.amounts.fine) : undefined;
  const limit = threshold === undefined ? undefined : moneyToFen({ value: threshold, unit: '元' });
  if (fine !== undefined && limit !== undefined && fine >= limit) {
    reasons.push({
      code: MajorReasonCode.fine,
      message: `罚款金额达到${record.party.kind}的重大执法决定标准（${threshold} 元及以上）。`,
      messageEn: `The fine reaches the major-decision threshold for this party kind (≥ ¥${threshold}).`,
    });
  }
  if (policy.licenceRevocation && REVOCATION.test(text)) {
    reasons.push({
      code: MajorReasonCode.licenceRevocation,
      message: '决定吊销许可证件或执照，属于重大执法决定。',
      messageEn: 'The decision revokes a licence or permit.',
    });
  }
  if (policy.suspension && SUSPENSION.test(text)) {
    reasons.push({
      code: MajorReasonCode.suspension,
      message: '决定责令停产停业或关闭，属于重大执法决定。',
      messageEn: 'The decision suspends production or business, or orders closure.',
    });
  }
  if (
    policy.hearing &&
    (facts.hearingHeld || HEARING.test(record.facts ?? '') || HEARING.test(text))
  ) {
    reasons.push({
      code: MajorReasonCode.hearing,
      message: '案件经过听证，属于重大执法决定。',
      messageEn: 'A hearing was held in the case.',
    });
  }
  if (
    policy.allPenaltiesExceptSimplified &&
    record.category === DecisionCategory.penalty &&
    !(facts.simplifiedProcedure ?? looksSimplified(record))
  ) {
    reasons.push({
      code: MajorReasonCode.penalty,
      message: '本地规定：除简易程序外的行政处罚决定均须法制审核。',
      messageEn: 'Local rule: every penalty outside the simplified procedure is reviewed.',
    });
  }
  for (const entry of matchingCatalogueItems(record, policy.catalogue ?? [])) {
    reasons.push({
      code: MajorReasonCode.catalogue,
      message: `属于重大执法决定法制审核目录清单所列事项“${entry.item}”（${entry.criteria}）。`,
      messageEn: `Listed in the agency's major-decision catalogue: ${entry.item} (${entry.criteria}).`,
      catalogueItem: entry,
    });
  }
  if (facts.markedMajor) {
    reasons.push({
      code: MajorReasonCode.marked,
      message: '经办人员标记为重大执法决定。',
      messageEn: 'Staff marked the decision as major.',
    });
  }
  return reasons;
}
