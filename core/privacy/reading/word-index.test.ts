import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wordIndexer } from './word-index';

/** What the index replaces: an indexOf loop stepping by one. */
function indexOfLoop(text: string, word: string): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) positions.push(at);
  return positions;
}

describe('wordIndexer', () => {
  const words = ['委托', '所有', '所', '、', '租住', '租用', '哈哈'];
  const index = wordIndexer(words);

  it('finds each word where an indexOf loop does, overlaps included', () => {
    const text = '受张三委托，租住李四所有的房屋、租用门市；哈哈哈';
    const found = index(text);
    for (const word of words) expect(found.of(word), word).toEqual(indexOfLoop(text, word));
    expect(found.of('哈哈')).toEqual([21, 22]);
  });

  it('finds any word whose first character was indexed, and refuses one whose was not', () => {
    const found = index('所以所有所');
    expect(found.of('所以')).toEqual([0]);
    expect(() => found.of('以')).toThrow(/not indexed/);
  });

  test.prop([
    fc.string({ unit: fc.constantFrom('委', '托', '所', '有', '、', '租', '住', '用', '哈', 'a') }),
  ])('agrees with indexOf on any text', (text) => {
    const found = index(text);
    for (const word of words) expect(found.of(word)).toEqual(indexOfLoop(text, word));
  });
});
