/**
 * Where a fixed set of trigger words occurs in one text, found in one pass over it.
 *
 * The reading layer looks for about a hundred words that mark a person (委托, 所有, 租住, 自称,
 * 、…). A `String#indexOf` loop per word reads the whole document once per word, and those
 * passes were a fifth of a document's reading. Here the document is read once: every
 * position of a word's first character is noted, and a word's positions are those of its
 * first character where the rest follows.
 */

/** The positions of words in one text. */
export interface WordPositions {
  /** True when no word can occur: none of their first characters is in the text. */
  readonly none: boolean;
  /**
   * Every start of `word` in the text, in order (overlapping ones too, as an indexOf loop
   * stepping by one finds them). `word` must begin with a character the indexer was made for.
   */
  of(word: string): readonly number[];
}

/** The first characters one indexer notes (a slot each; 0 is "not noted"). */
const MAX_SLOTS = 255;

/**
 * An indexer for `words`: called with a text, it returns where each of them occurs in it.
 * Made once per module (the table is 64 KiB), called once per document.
 */
export function wordIndexer(words: Iterable<string>): (text: string) => WordPositions {
  const slots = new Uint8Array(0x10000);
  let count = 0;
  for (const word of words) {
    const code = word.charCodeAt(0);
    if (slots[code] !== 0) continue;
    if (count === MAX_SLOTS) throw new Error('wordIndexer: too many first characters');
    slots[code] = ++count;
  }
  return (text) => {
    // Made on a first character's first occurrence: most documents hold few of them, and a
    // short field (a 文号: the static pages read every field as a document) none.
    const buckets: (number[] | undefined)[] = [];
    let none = true;
    for (let i = 0; i < text.length; i++) {
      const slot = slots[text.charCodeAt(i)]!;
      if (slot === 0) continue;
      none = false;
      const bucket = buckets[slot];
      if (bucket) bucket.push(i);
      else buckets[slot] = [i];
    }
    // Each word is asked for once per document: nothing is cached.
    return {
      none,
      of(word) {
        const slot = slots[word.charCodeAt(0)]!;
        if (slot === 0) throw new Error(`wordIndexer: ${word} was not indexed`);
        return rest(text, word, buckets[slot] ?? NONE);
      },
    };
  };
}

const NONE: readonly number[] = [];

/** The positions in `firsts` (of `word`'s first character) where the rest of it follows. */
function rest(text: string, word: string, firsts: readonly number[]): readonly number[] {
  if (word.length === 1 || firsts.length === 0) return firsts;
  let positions: number[] | undefined;
  const second = word.charCodeAt(1);
  for (const at of firsts) {
    if (text.charCodeAt(at + 1) !== second) continue;
    let k = 2;
    while (k < word.length && text.charCodeAt(at + k) === word.charCodeAt(k)) k++;
    if (k < word.length) continue;
    if (positions) positions.push(at);
    else positions = [at];
  }
  return positions ?? NONE;
}
