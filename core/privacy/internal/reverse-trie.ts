import { FOLD_TABLE, foldCode, isInvisible } from './chars';

export interface TrieMatch<T> {
  readonly value: T;
  /** Source offset where the matched word starts. */
  readonly start: number;
}

interface Word<T> {
  /** Folded codes, last character first. */
  readonly codes: readonly number[];
  readonly value: T;
}

export function pairHash(last: number, before: number): number {
  return (Math.imul(last, 0x9e3779b1) ^ before) & 0xffff;
}

/**
 * Words looked up back to front, so that the scanner can ask "which word ends here?" while
 * walking backwards from a number towards its label. Characters are folded (Traditional,
 * full-width, case) and invisible characters are skipped, so 身份證號碼 and 身份\u200b证 match.
 *
 * Most positions are rejected by two table loads (last character, hashed last pair); the
 * few left compare the words ending in that character, longest first.
 * @internal
 */
export class ReverseTrie<T> {
  /** Folded codes that end some word. */
  readonly lastCharacters = new Uint8Array(65536);
  /** (last, second-last) pairs, hashed: a collision only costs a comparison. */
  readonly lastPairs = new Uint8Array(65536);
  /** One-character words (局, 厂): the pair filter does not apply. */
  readonly singleCharacterWords = new Uint8Array(65536);
  /** Words by their last folded code, longest first. */
  private readonly byLast = new Map<number, Word<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.add(word, value);
    for (const words of this.byLast.values()) words.sort((a, b) => b.codes.length - a.codes.length);
  }

  /** True when some word may end with the character `code`. */
  mayEndWith(code: number): boolean {
    return this.lastCharacters[foldCode(code)] === 1 || isInvisible(code);
  }

  private add(word: string, value: T): void {
    const codes: number[] = [];
    for (let i = word.length - 1; i >= 0; i--) codes.push(foldCode(word.charCodeAt(i)));
    const last = codes[0]!;
    this.lastCharacters[last] = 1;
    if (codes.length > 1) this.lastPairs[pairHash(last, codes[1]!)] = 1;
    else this.singleCharacterWords[last] = 1;
    const list = this.byLast.get(last) ?? [];
    list.push({ codes, value });
    this.byLast.set(last, list);
  }

  /** The longest word ending exactly at `end` (exclusive) and starting at or after `floor`. */
  longestEndingAt(text: string, end: number, floor = 0): TrieMatch<T> | undefined {
    if (end <= floor) return undefined;
    const last = FOLD_TABLE[text.charCodeAt(end - 1)]!;
    if (this.lastCharacters[last] === 0) return undefined;
    if (end - 2 >= floor && this.singleCharacterWords[last] === 0) {
      const before = text.charCodeAt(end - 2);
      if (!isInvisible(before) && this.lastPairs[pairHash(last, FOLD_TABLE[before]!)] === 0)
        return undefined;
    }
    const words = this.byLast.get(last)!;
    for (const word of words) {
      const codes = word.codes;
      let k = end - 2;
      let j = 1;
      while (j < codes.length && k >= floor) {
        const code = text.charCodeAt(k);
        if (isInvisible(code)) {
          k--;
          continue;
        }
        if (FOLD_TABLE[code] !== codes[j]) break;
        j++;
        k--;
      }
      if (j === codes.length) return { value: word.value, start: k + 1 };
    }
    return undefined;
  }
}
