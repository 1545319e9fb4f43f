import { describe, expect, it } from 'vitest';
import { PUBLIC_PLACEHOLDER } from '../privacy/index';
import type { DecisionRecord } from '../records/decision-record';
import { formatCsv, parseCsv } from './csv';
import { exportRows } from './export-rows';
import { importRows } from './import-rows';

// Fictitious: the mobile is one no carrier assigns to a party in these tests' county.
const MOBILE = '13912345678';
const penalty: DecisionRecord = {
  id: 'p1',
  category: '行政处罚',
  documentNumber: '示市监处罚〔2025〕12号',
  party: { name: '张某', kind: '自然人' },
  agency: { name: '示例县市场监督管理局', code: '11519999MB00000015' },
  decisionKind: '罚款',
  violationType: '销售不合格产品',
  facts: `经查，当事人张某（联系电话${MOBILE}）销售不合格商品。`,
  basis: '《中华人民共和国产品质量法》第四十九条',
  content: '罚款人民币五千元',
  amounts: { fine: { value: '0.5', unit: '万元' } },
  decisionDate: '2025-03-03',
  remarks: `当事人手机 ${MOBILE.slice(0, 3)}-${MOBILE.slice(3, 7)}-${MOBILE.slice(7)}`,
};

const cellOf = (rows: string[][], title: string) => rows[1]![rows[0]!.indexOf(title)]!;

describe('exportRows', () => {
  it('replaces a party’s mobile copied into 违法事实 and 备注', () => {
    const rows = exportRows([penalty], 'penalty');
    expect(JSON.stringify(rows)).not.toMatch(/139\D?1234\D?5678/);
    expect(cellOf(rows, '违法事实')).toBe(
      `经查，当事人张某（联系电话${PUBLIC_PLACEHOLDER}）销售不合格商品。`,
    );
    expect(cellOf(rows, '备注')).toContain(PUBLIC_PLACEHOLDER);
    // Public figures stay as they were.
    expect(cellOf(rows, '行政处罚决定书文号')).toBe('示市监处罚〔2025〕12号');
    expect(cellOf(rows, '处罚依据')).toBe('《中华人民共和国产品质量法》第四十九条');
  });

  it('keeps a number the caller declares public (the agency’s own hotline)', () => {
    const hotline = { ...penalty, remarks: '咨询电话 0830-1234567' };
    const rows = exportRows([hotline], 'penalty', { allow: ['0830-1234567'] });
    expect(cellOf(rows, '备注')).toBe('咨询电话 0830-1234567');
  });

  it('fills what the standard requires and the record implies, so the import takes it back', () => {
    const rows = exportRows([penalty], 'penalty');
    // No dataSource: the deciding agency supplied the data itself. No end date: 长期.
    expect(cellOf(rows, '数据来源单位')).toBe('示例县市场监督管理局');
    expect(cellOf(rows, '数据来源单位统一社会信用代码')).toBe('11519999MB00000015');
    expect(cellOf(rows, '处罚有效期')).toBe('长期');
    expect(importRows(rows).counts).toEqual({ imported: 1, rejected: 0 });
  });

  it('writes a would-be formula as text in CSV, and the import reads it back as written', () => {
    const hostile = { ...penalty, violationType: '=HYPERLINK("http://example.invalid","详情")' };
    const csv = formatCsv(exportRows([hostile], 'penalty'));
    expect(csv).toContain(`"'=HYPERLINK(`);
    const [record] = importRows(parseCsv(csv, ',')).records;
    expect(record?.violationType).toBe(hostile.violationType);
  });
});
