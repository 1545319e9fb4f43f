/** Records that satisfy every required and recommended field, one per category, for tests. */
import type { DecisionRecord } from '../../core/records/decision-record';
import { type DecisionCategory, MoneyUnit } from '../../core/records/enumerations';

const AGENCY = { name: '示例县市场监督管理局', code: '11519999MB00000015' };

export function completeRecord(
  category: DecisionCategory,
  patch: Partial<DecisionRecord> = {},
): DecisionRecord {
  return {
    id: `test-${category}`,
    category,
    documentNumber: '示市监〔2025〕1号',
    documentTitle: `${category}决定书`,
    party: {
      name: '示例县某某商贸有限公司',
      kind: '法人及非法人组织',
      identifiers: { unifiedSocialCreditCode: '91519999MA00000A02' },
      legalRepresentative: '王某',
    },
    agency: AGENCY,
    decisionKind: category === '行政许可' ? '普通' : '罚款',
    violationType: '销售不合格商品',
    facts: '经查，当事人销售的商品经抽检不合格。',
    basis: '《中华人民共和国产品质量法》第四十九条',
    content: '罚款人民币五千元',
    conclusion: '已结案',
    amounts: {
      fine: { value: '0.5', unit: MoneyUnit.wanYuan },
      levy: { value: '1200', unit: MoneyUnit.yuan },
      fee: { value: '30', unit: MoneyUnit.yuan },
    },
    licence: { certificateName: '食品经营许可证', number: 'JY15199990000001' },
    decisionDate: '2025-03-03',
    publicationDate: '2025-03-05',
    validFrom: '2025-03-03',
    validTo: '2030-03-02',
    publicityEndDate: '2026-03-03',
    fullText: '决定书全文……',
    ...patch,
  };
}
