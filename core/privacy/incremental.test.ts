import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { IncrementalScanner } from './incremental';
import { scanText } from './scan';

const PARAGRAPHS = [
  '当事人：张三，男，住址：泸州市江阳区康城路12号，联系电话：13812345678。',
  '当事人：泸州某某酒业有限公司',
  '住所：泸州市江阳区酒城大道一段8号',
  '联系电话：0830-2123456',
  '监督电话：0830-3196001',
  '委托代理人：李四、王五',
  '身份证号码：510502198503150016',
  '罚款缴至泸州市财政局非税收入专户，账号：2201024509000123456',
  '',
  '依据《中华人民共和国食品安全法》第一百二十四条，决定罚款5000元。',
];

describe('IncrementalScanner', () => {
  it('matches scanText after edits', () => {
    const scanner = new IncrementalScanner();
    let text = PARAGRAPHS.join('\n');
    expect(scanner.update(text)).toEqual(scanText(text));
    text = text.replace('13812345678', '13912345678 电话0830-2999999');
    expect(scanner.update(text)).toEqual(scanText(text));
    text = `前言\n${text}`;
    expect(scanner.update(text)).toEqual(scanText(text));
  });

  test.prop([
    fc.array(fc.constantFrom(...PARAGRAPHS), { maxLength: 12 }),
    fc.array(fc.nat(), { maxLength: 5 }),
  ])('gives the same findings as scanText for any sequence of edits', (paragraphs, edits) => {
    const scanner = new IncrementalScanner();
    const lines = [...paragraphs];
    expect(scanner.update(lines.join('\n'))).toEqual(scanText(lines.join('\n')));
    for (const edit of edits) {
      const index = lines.length === 0 ? 0 : edit % (lines.length + 1);
      lines.splice(index, edit % 2, PARAGRAPHS[edit % PARAGRAPHS.length]!);
      const text = lines.join('\n');
      expect(scanner.update(text)).toEqual(scanText(text));
    }
  });
});
