/**
 * Feeds for the widget browser tests and benchmarks, in the core/feed format. Fictitious:
 * names, numbers and agencies are invented (the ID numbers are checksum-valid on purpose, so
 * the privacy engine must recognise them).
 */

type Json = Record<string, unknown>;

export const AGENCY = '示例县市场监督管理局';
export const OTHER_AGENCY = '示例县生态环境局';

export function decision(index: number, overrides: Json = {}): Json {
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 27) + 1).padStart(2, '0');
  return {
    id: `d${index}`,
    category: index % 3 === 0 ? '行政许可' : '行政处罚',
    documentNumber: `示市监处罚〔2025〕${index + 1}号`,
    documentTitle: index % 3 === 0 ? '行政许可决定书' : '行政处罚决定书',
    party: { name: `示例县某某商贸有限公司${index}`, kind: '法人及非法人组织' },
    agency: { name: index % 2 === 0 ? AGENCY : OTHER_AGENCY },
    decisionKind: '罚款',
    violationType: '销售不合格产品',
    facts: `经查，当事人销售的产品第${index}批次抽检不合格。`,
    basis: '《中华人民共和国产品质量法》第四十九条',
    content: `罚款人民币${1000 + index}元`,
    amounts: { fine: { value: String(1000 + index), unit: '元' } },
    decisionDate: `2025-${month}-${day}`,
    publicationDate: `2025-${month}-${day}`,
    publicityEndDate: '2028-12-31',
    ...overrides,
  };
}

export function recordsFeed(records: readonly Json[], extra: Json = {}): Json {
  return {
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    generated: '2026-01-05T08:00:00Z',
    publisher: { name: '示例县人民政府' },
    records,
    ...extra,
  };
}

/** `count` records spread over 2025, two agencies, licences and penalties. */
export function manyRecords(count: number): Json[] {
  return Array.from({ length: count }, (_, index) => decision(index));
}

export const AS_OF = '2026-01-10';
