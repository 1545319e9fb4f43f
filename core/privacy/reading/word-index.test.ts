import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wordIndexer } from './word-index';

/** What the index replaces: an indexOf loop stepping by one. */
function indexOfLoop(text: string, word: string): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) positions.push(at);
  return positions;
}

/** The text as it is and repeated past 300 characters (buckets holding many positions). */
const shortAndLong = (text: string) => [text, text.repeat(Math.ceil(300 / (text.length || 1)))];

describe('wordIndexer', () => {
  const words = ['委托', '所有', '所', '、', '租住', '租用', '哈哈'];
  const index = wordIndexer(words);

  it('finds each word where an indexOf loop does, overlaps included', () => {
    for (const text of shortAndLong('受张三委托，租住李四所有的房屋、租用门市；哈哈哈')) {
      const found = index(text);
      for (const word of words) expect(found.of(word), word).toEqual(indexOfLoop(text, word));
    }
    expect(index('哈哈哈').of('哈哈')).toEqual([0, 1]);
  });

  it('finds any word whose first character was indexed, and refuses one whose was not', () => {
    const text = '所以所有所'.repeat(60);
    const found = index(text);
    expect(found.of('所以')).toEqual(indexOfLoop(text, '所以'));
    expect(() => found.of('以')).toThrow(/not indexed/);
  });

  test.prop([
    fc.string({
      unit: fc.constantFrom('委', '托', '所', '有', '、', '租', '住', '用', '哈', 'a'),
      maxLength: 400,
    }),
  ])('agrees with indexOf on any text', (text) => {
    for (const variant of shortAndLong(text)) {
      const found = index(variant);
      for (const word of words) expect(found.of(word)).toEqual(indexOfLoop(variant, word));
    }
  });
});
