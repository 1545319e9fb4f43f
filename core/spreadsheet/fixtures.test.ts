import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpreadsheet, importSpreadsheet } from './import-spreadsheet';

// Written by scripts/generate-sample-feed.ts: messy on purpose (see the comments there).
const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'spreadsheets', name)),
  );

describe('penalties-gbk.csv (GBK, title row, header variants, bad rows)', () => {
  const result = importSpreadsheet(fixture('penalties-gbk.csv'));

  it('is read as GBK CSV with the header on row 2', () => {
    expect(result).toMatchObject({
      usable: true,
      format: 'csv',
      encoding: 'gb18030',
      columnSet: 'penalty',
      headerRow: 2,
    });
    expect(result.problems.map((problem) => problem.path)).toEqual(['header.内部编号']);
  });

  it.each([
    [3, 'imported', []],
    [4, 'imported', []],
    [5, 'imported', []],
    [6, 'imported', []],
    [7, 'rejected', ['row.minor']],
    [8, 'imported', []],
    [9, 'rejected', ['row.party-name-missing']],
    [10, 'rejected', ['row.decision-date-invalid']],
    [12, 'imported', ['cell.credit-code-invalid']],
    [13, 'imported', ['cell.age-unknown']],
    [14, 'imported', []],
  ])('row %i: %s %j', (row, status, codes) => {
    const report = result.rows.find((entry) => entry.row === row);
    expect(report?.status).toBe(status);
    expect(report?.problems.map((problem) => problem.code)).toEqual(codes);
  });

  it('reads the values right', () => {
    const byNumber = new Map(result.records.map((record) => [record.documentNumber, record]));
    expect(byNumber.get('示市监罚〔2025〕2号')).toMatchObject({
      facts:
        '经查，当事人存在以下违法行为：\n一、销售过期食品，货值120元；\n二、未建立进货查验记录。',
      amounts: {
        fine: { value: '1', unit: '万元' },
        confiscation: { value: '0.012', unit: '万元' },
      },
      decisionDate: '2025-03-10',
    });
    expect(byNumber.get('示市监罚〔2025〕3号')).toMatchObject({
      party: { kind: '个体工商户' },
      amounts: { fine: { value: '3000', unit: '元' } },
      decisionDate: '2025-03-12',
    });
    expect(byNumber.get('示市监罚〔2025〕11号')).toMatchObject({
      party: { identifiers: { businessRegistrationNumber: '519999000012345' } },
      publicityEndDate: '2026-04-08',
      remarks: '当事人已缴纳罚款',
    });
    expect(byNumber.get('示市监罚〔2025〕4号')?.party).toEqual({
      name: '张某',
      kind: '自然人',
      minorAtDecision: false,
    });
  });

  it('keeps no ID number, not even the legal representative’s', () => {
    expect(JSON.stringify(result)).not.toMatch(/519999(?:19|20)\d{9}[\dX]|519999781205003/);
  });
});

describe('licences.xlsx (shared strings, serial dates, 长期)', () => {
  const result = importSpreadsheet(fixture('licences.xlsx'));

  it('imports four licences and rejects the row without a decision date', () => {
    expect(result).toMatchObject({
      usable: true,
      format: 'xlsx',
      sheet: '行政许可',
      columnSet: 'licence',
      headerRow: 2,
    });
    expect(result.counts).toEqual({ imported: 4, rejected: 1 });
    expect(result.rows.find((row) => row.status === 'rejected')).toMatchObject({
      row: 6,
      problems: [
        expect.objectContaining({ code: 'row.decision-date-missing', column: '许可决定日期' }),
      ],
    });
  });

  it('turns serial numbers into dates and 长期 into no end date', () => {
    expect(result.records[0]).toMatchObject({
      category: '行政许可',
      documentNumber: '示市监许〔2025〕1号',
      decisionDate: '2025-03-01',
      validFrom: '2025-03-01',
      validTo: '2030-02-28',
      licence: { certificateName: '食品经营许可证', number: 'JY15199990000001', status: '有效' },
      dataSource: { name: '示例县市场监督管理局', code: '11519999MB00000015' },
    });
    expect(result.records[1]).not.toHaveProperty('validTo');
  });

  it.each(['csv', 'xlsx'] as const)('exports to %s and imports the same records back', (format) => {
    const again = importSpreadsheet(exportSpreadsheet(result.records, 'licence', format));
    expect(again.records).toEqual(result.records);
  });
});

describe('unusable files', () => {
  it.each([
    [
      'a legacy .xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'import.xls-not-supported',
    ],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'xlsx.not-zip'],
    ['a text file', new TextEncoder().encode('hello,world\n1,2\n'), 'import.no-header'],
  ])('%s', (_name, bytes, code) => {
    const result = importSpreadsheet(bytes);
    expect(result.usable).toBe(false);
    expect(result.problems[0]?.code).toBe(code);
  });
});
