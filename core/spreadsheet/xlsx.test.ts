import { fc, test } from '@fast-check/vitest';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnIndex, looksLikeXlsx, readXlsx, XlsxReadError } from './xlsx-read';
import { writeXlsx } from './xlsx-write';

describe('xlsx', () => {
  it.each([
    ['A', 0],
    ['Z', 25],
    ['AA', 26],
    ['AB12', 27],
  ])('column %s → %i', (reference, index) => {
    expect(columnIndex(reference)).toBe(index);
  });

  it('reads shared strings, rich text, numbers, gaps and escapes as Excel writes them', () => {
    const sheet = `<worksheet><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
      <row r="3"><c r="A3"><v>45717</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="str"><f>A3</f><v>x&amp;y</v></c><c r="D3" s="2"/></row>
    </sheetData></worksheet>`;
    const shared = `<sst><si><t>罚款金额（万元）</t></si><si><r><t>示例</t></r><r><rPr/><t xml:space="preserve">县_x000D_</t></r><rPh><t>ignored</t></rPh></si></sst>`;
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook><sheets><sheet name="处罚" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(shared),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    expect(readXlsx(bytes)).toEqual([
      {
        name: '处罚',
        rows: [['罚款金额（万元）', '', '示例县\r'], [], ['45717', 'TRUE', 'x&y', '']],
      },
    ]);
  });

  // One plain run is read apart from the other shapes (textOf): each shape, both ways.
  it.each([
    ['a plain run', '<t>罚款</t>', '罚款'],
    ['a run keeping spaces', '<t xml:space="preserve"> 罚款 </t>', ' 罚款 '],
    ['a run after a tab', '<t\txml:space="preserve">罚款</t>', '罚款'],
    ['an empty run', '<t></t>', ''],
    ['an empty string', '<t/>', ''],
    ['escapes and a >', '<t>a&lt;b&gt;c>d_x000D_</t>', 'a<b>c>d\r'],
    ['rich text runs', '<r><t>示例</t></r><r><t>县</t></r>', '示例县'],
    ['a phonetic run', '<t>示例</t><rPh sb="0" eb="1"><t>shi</t></rPh>', '示例'],
    ['not a <t> at all', '<text>x</text>', ''],
  ])('reads a shared string that is %s', (_name, fragment, text) => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="a"/></sheets></workbook>'),
      'xl/sharedStrings.xml': strToU8(`<sst><si>${fragment}</si></sst>`),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
      ),
    });
    expect(readXlsx(bytes)[0]!.rows).toEqual([[text]]);
  });

  // Rows and cells are found by searching for their tags (not a regular expression): the
  // shapes a sheet may take, malformed ones included, read as the pattern read them.
  it('reads inline strings, empty and unclosed elements and look-alike tags', () => {
    const sheet = `<worksheet><cols><col min="1"/></cols><sheetData>
<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>甲</t></is></c><c\tr="B1" t="inlineStr"><is><r><t>乙</t></r><r><t xml:space="preserve">丙 </t></r></is></c><c r="C1"/></row>
<row r="2"/>
<row r="4"><c t="inlineStr"><is><t>丁&amp;</t></is></c><c><v>5</v></c><c t="b"><v>0</v></c></row>
<rowx r="9"><c r="A9"><v>x</v></rowx>
<row r="6"><c r="B6"><v>1</v><c r="D6"><v>2</v></c></row>
<row r="7" x=">"><c r="A7"><v>7</v></c></row>
<row r="8"><c r="A8"><v>unclosed</c></row>
<row r="10"><cx><v>1</v></cx><c r="A10" t="inlineStr"><is></is></c><c r="B10" t="inlineStr"><is><t/></is></c></row>
<row r="11"><c r="A11"/><c r="C11" xr="Z1" t="s"><v>0</v></c></row>
</sheetData></worksheet>`;
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="a"/></sheets></workbook>'),
      'xl/sharedStrings.xml': strToU8('<sst><si><t>共享</t></si></sst>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    expect(readXlsx(bytes)[0]!.rows).toEqual([
      ['甲', '乙丙 ', ''],
      [],
      [],
      ['丁&', '5', 'FALSE'],
      [],
      ['', '1'],
      ['7'],
      [''],
      [],
      ['', ''],
      ['', '', '共享'],
    ]);
  });

  it.each([
    ['not a zip', new Uint8Array([1, 2, 3]), 'xlsx.not-zip'],
    ['a zip without a workbook', zipSync({ 'a.txt': strToU8('x') }), 'xlsx.no-workbook'],
  ])('rejects %s with a coded error', (_name, bytes, code) => {
    expect(() => readXlsx(bytes)).toThrow(XlsxReadError);
    try {
      readXlsx(bytes);
    } catch (error) {
      expect((error as XlsxReadError).code).toBe(code);
    }
  });

  test.prop([
    fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 5,
    }),
  ])('read(write(rows)) = rows (trailing empty cells aside)', (rows) => {
    const bytes = writeXlsx(rows);
    expect(looksLikeXlsx(bytes)).toBe(true);
    const trim = (row: readonly string[]) => {
      const copy = [...row];
      while (copy.length > 0 && copy.at(-1) === '') copy.pop();
      return copy;
    };
    const read = readXlsx(bytes)[0]!.rows.map(trim);
    const expected = rows.map(trim);
    while (read.length < expected.length) read.push([]);
    expect(read).toEqual(expected);
  });
});

describe('xlsx escapes', () => {
  it('keeps literal _xHHHH_ text and control characters', () => {
    const rows = [['_x0041_', 'a\u0001b', '<&>"']];
    expect(readXlsx(writeXlsx(rows))[0]!.rows).toEqual(rows);
  });
});

describe('xlsx size limit', () => {
  it('refuses a part that would unpack beyond the limit instead of allocating it', () => {
    const bytes = writeXlsx([['罚款金额'], ['x'.repeat(5000)]]);
    expect(() => readXlsx(bytes, { maxPartBytes: 1000 })).toThrow(
      expect.objectContaining({ code: 'xlsx.too-large' }),
    );
    expect(readXlsx(bytes)[0]!.rows[1]![0]).toHaveLength(5000);
  });
});
