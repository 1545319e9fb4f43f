import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, formatCsv, guardFormula, parseCsv } from './csv';
import { decodeSpreadsheetText } from './decode-text';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"罚款，警告","第一行\n第二行"\n', [['罚款，警告', '第一行\n第二行']]],
    ['"a,b",c', [['a,b', 'c']]],
    ['"他说""是""",x', [['他说"是"', 'x']]],
    ['a,,c', [['a', '', 'c']]],
    ['a,b\n\nc', [['a', 'b'], [''], ['c']]],
    ['"unclosed,x', [['unclosed,x']]],
    [
      'a\tb\tc\n1\t2\t3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    ['', []],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('detects tabs only when they outnumber commas', () => {
    expect(detectDelimiter('a,b\tc,d')).toBe(',');
    expect(detectDelimiter('a\tb\tc,d')).toBe('\t');
  });

  test.prop([
    fc.array(
      fc.array(fc.string({ unit: fc.constantFrom('a', '罚', ',', '"', '\n', '\r', ' ') }), {
        minLength: 2,
        maxLength: 4,
      }),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
  ])('parse(format(rows)) = rows, would-be formulas guarded', (rows) => {
    expect(parseCsv(formatCsv(rows), ',')).toEqual(rows.map((row) => row.map(guardFormula)));
  });

  it('writes a would-be formula as text (an agency named =HYPERLINK(…))', () => {
    expect(formatCsv([['=HYPERLINK("http://x","点击")', '+86', '-', '@a', '泸县']])).toBe(
      `"'=HYPERLINK(""http://x"",""点击"")","'+86","'-","'@a",泸县\r\n`,
    );
  });
});

describe('decodeSpreadsheetText', () => {
  const gbk = new Uint8Array([0xd0, 0xd0, 0xd5, 0xfe, 0xb4, 0xa6, 0xb7, 0xa3]); // 行政处罚 in GBK
  it.each([
    ['UTF-8', new TextEncoder().encode('行政处罚'), 'utf-8'],
    [
      'UTF-8 with BOM',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('行政处罚')]),
      'utf-8',
    ],
    ['GBK', gbk, 'gb18030'],
    [
      'UTF-16LE with BOM',
      new Uint8Array([0xff, 0xfe, 0x4c, 0x88, 0x3f, 0x65, 0x04, 0x59, 0x5a, 0x7f]),
      'utf-16le',
    ],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodeSpreadsheetText(bytes)).toEqual({ text: '行政处罚', encoding });
  });

  // The encoding is told from the file's first bytes when they rule UTF-8 out; these pin the
  // cases where the answer depends on bytes further in, or on a character cut at that point.
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];
  const long = '行政处罚决定书'.repeat(400); // 8,400 bytes: past the first 4 KiB
  it.each([
    ['UTF-8, two stray bytes far in', [...utf8(long), 0xff, ...utf8('罚款'), 0xfe], 'utf-8'],
    ['UTF-8, five stray bytes far in', [...utf8(long), 0xff, 0xfe, 0xff, 0xfe, 0xff], 'gb18030'],
    ['UTF-8, a stray byte at 4 KiB', [...utf8(long).slice(0, 4095), 0xff, ...utf8(long)], 'utf-8'],
    ['GBK, long', [...Array(2000)].flatMap(() => [...gbk]), 'gb18030'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeSpreadsheetText(new Uint8Array(bytes));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(new TextDecoder(encoding).decode(new Uint8Array(bytes)));
  });
});
