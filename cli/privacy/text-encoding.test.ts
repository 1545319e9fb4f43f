import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeText, TextEncoding } from './text-encoding';

const BOM = [0xef, 0xbb, 0xbf];

describe('decodeText', () => {
  it.each([
    ['empty', new Uint8Array(), '', TextEncoding.utf8],
    ['ASCII', Buffer.from('tel 13812345678\n'), 'tel 13812345678\n', TextEncoding.utf8],
    ['Chinese UTF-8', Buffer.from('当事人：张三\r\n'), '当事人：张三\r\n', TextEncoding.utf8],
    ['a character outside the BMP', Buffer.from('𠮷野家 a'), '𠮷野家 a', TextEncoding.utf8],
    ['UTF-8 with BOM', Buffer.from([...BOM, ...Buffer.from('张三')]), '张三', TextEncoding.utf8Bom],
    ['a lone BOM', new Uint8Array(BOM), '', TextEncoding.utf8Bom],
    [
      'GBK',
      iconv.encode('当事人：张三，身份证号码 510502197806120039', 'gbk'),
      '当事人：张三，身份证号码 510502197806120039',
      TextEncoding.gb18030,
    ],
    ['GB18030 four-byte', iconv.encode('㐀当事人', 'gb18030'), '㐀当事人', TextEncoding.gb18030],
  ])('%s', (_, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('reads bytes that are a view into a larger buffer', () => {
    const whole = Buffer.from('xx当事人yy');
    expect(decodeText(whole.subarray(2, whole.length - 2)).text).toBe('当事人');
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 200 })])(
    'reads any UTF-8 text as Buffer#toString does',
    (text) => {
      const bytes = Buffer.from(text, 'utf8');
      expect(decodeText(bytes).text).toBe(bytes.toString('utf8'));
    },
  );
});

describe('encodeText', () => {
  it.each([
    ['UTF-8', Buffer.from('张三 138')],
    ['UTF-8 with BOM', Buffer.from([...BOM, ...Buffer.from('张三 138')])],
    ['GBK', iconv.encode('张三，罚款人民币5000元', 'gbk')],
  ])('writes %s back byte for byte', async (_, bytes) => {
    const { text, encoding } = decodeText(bytes);
    expect(Buffer.from(await encodeText(text, encoding)).equals(Buffer.from(bytes))).toBe(true);
  });
});
