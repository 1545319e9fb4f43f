import { FOLD_TABLE, FOLDED_CODES, foldCode, isInvisible, isSpace } from './chars';

export interface TrieMatch<T> {
  readonly value: T;
  /** Source offset where the matched word starts. */
  readonly start: number;
}

function pairHash(last: number, before: number): number {
  return (Math.imul(last, 0x9e3779b1) ^ before) & 0xffff;
}

/**
 * Words looked up back to front, so that the scanner can ask "which word ends here?" while
 * walking backwards from a number towards its label. Characters are folded (Traditional,
 * full-width, case) and invisible characters are skipped, so 身份證號碼 and 身份\u200b证 match.
 *
 * Most positions are rejected by two table loads (last character, hashed last pair); the
 * few left walk the trie backwards once, whatever the number of words sharing an ending
 * (thirteen labels end in 码): the deepest word reached is the longest.
 * @internal
 */
export class ReverseTrie<T> {
  /** (last, second-last) folded pairs, hashed: a collision only costs a comparison. */
  private readonly lastPairs = new Uint8Array(65536);
  /** One-character words (局, 厂): the pair filter does not apply. */
  private readonly singleCharacterWords = new Uint8Array(65536);
  /**
   * Code units, as written (Traditional, full-width), whose folded form ends some word: 1 in
   * the table. A caller's own loop may skip to these before asking mayEndAt.
   */
  readonly rawLastCharacters: Uint8Array;
  /** The folded codes that end some word. */
  private readonly lastCodes = new Set<number>();
  /** Trie edges while building: node * 65536 + folded code → child node (root is 0). */
  private readonly edges = new Map<number, number>();
  /** The word's value at each node where a word ends (undefined elsewhere). */
  private readonly values: (T | undefined)[] = [undefined];
  private readonly isWordList: boolean[] = [false];
  /** 1 at each node where a word ends (packed from isWordList). */
  private readonly isWord: Uint8Array;
  /**
   * The same edges packed for look-ups: open addressing in typed arrays (key + 1, 0 = empty),
   * a multiply and a load or two per character instead of a Map look-up.
   */
  private readonly edgeKeys: Int32Array;
  private readonly edgeChildren: Int32Array;
  private readonly edgeShift: number;

  /**
   * `spaced`: spaces between a word's characters are skipped too (联 系 人, 当 事 人: forms
   * spread a label over a cell with spaces).
   */
  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly spaced = false,
  ) {
    for (const [word, value] of entries) this.add(word, value);
    this.rawLastCharacters = this.buildRawLastCharacters();
    this.isWord = Uint8Array.from(this.isWordList, (word) => (word ? 1 : 0));
    let bits = 4;
    while (1 << bits < this.edges.size * 4) bits++;
    this.edgeKeys = new Int32Array(1 << bits);
    this.edgeChildren = new Int32Array(1 << bits);
    this.edgeShift = 32 - bits;
    const mask = (1 << bits) - 1;
    for (const [key, child] of this.edges) {
      let slot = Math.imul(key, 0x9e3779b1) >>> this.edgeShift;
      while (this.edgeKeys[slot] !== 0) slot = (slot + 1) & mask;
      this.edgeKeys[slot] = key + 1;
      this.edgeChildren[slot] = child;
    }
  }

  /**
   * Every code unit whose folded form ends a word: the folded last characters themselves,
   * plus the few hundred code units that fold to one of them (built at import, so no loop
   * over all 65,536).
   */
  private buildRawLastCharacters(): Uint8Array {
    const table = new Uint8Array(65536);
    for (const last of this.lastCodes) if (FOLD_TABLE[last] === last) table[last] = 1;
    for (const code of FOLDED_CODES) if (this.lastCodes.has(FOLD_TABLE[code]!)) table[code] = 1;
    return table;
  }

  /** The child of `node` along folded `code`, or -1. */
  private child(node: number, code: number): number {
    const key = node * 65536 + code;
    const keys = this.edgeKeys;
    const mask = keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.edgeShift;
    for (;;) {
      const stored = keys[slot]!;
      if (stored === key + 1) return this.edgeChildren[slot]!;
      if (stored === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  private add(word: string, value: T): void {
    const codes: number[] = [];
    for (let i = word.length - 1; i >= 0; i--) codes.push(foldCode(word.charCodeAt(i)));
    const last = codes[0]!;
    this.lastCodes.add(last);
    if (codes.length > 1) this.lastPairs[pairHash(last, codes[1]!)] = 1;
    else this.singleCharacterWords[last] = 1;
    let node = 0;
    for (const code of codes) {
      const key = node * 65536 + code;
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.values.length;
        // Node ids times 65536 must stay below 2^31 (labels are a few hundred characters).
        if (next >= 32767) throw new RangeError('ReverseTrie: too many characters');
        this.values.push(undefined);
        this.isWordList.push(false);
        this.edges.set(key, next);
      }
      node = next;
    }
    // Two words folding to the same codes: the first listed wins, as it always has.
    if (!this.isWordList[node]) {
      this.isWordList[node] = true;
      this.values[node] = value;
    }
  }

  /**
   * False when no word can end at `end` (exclusive): two table loads for most positions. Small
   * enough to be inlined where the scanner decides whether to call a detector at all.
   */
  mayEndAt(text: string, end: number, floor = 0): boolean {
    if (end <= floor) return false;
    const code = text.charCodeAt(end - 1);
    if (this.rawLastCharacters[code] === 0) return false;
    if (end - 2 < floor) return true;
    const last = FOLD_TABLE[code]!;
    const before = text.charCodeAt(end - 2);
    return (
      this.singleCharacterWords[last] === 1 ||
      isInvisible(before) ||
      (this.spaced && isSpace(before)) ||
      this.lastPairs[pairHash(last, FOLD_TABLE[before]!)] === 1
    );
  }

  /** The longest word ending exactly at `end` (exclusive) and starting at or after `floor`. */
  longestEndingAt(text: string, end: number, floor = 0): TrieMatch<T> | undefined {
    if (!this.mayEndAt(text, end, floor)) return undefined;
    const last = FOLD_TABLE[text.charCodeAt(end - 1)]!;
    let node = this.child(0, last);
    let found = this.isWord[node] === 1 ? node : -1;
    let start = end - 1;
    for (let k = end - 2; k >= floor; k--) {
      const code = text.charCodeAt(k);
      if (isInvisible(code) || (this.spaced && isSpace(code))) continue;
      node = this.child(node, FOLD_TABLE[code]!);
      if (node < 0) break;
      if (this.isWord[node] === 1) {
        found = node;
        start = k;
      }
    }
    if (found >= 0) return { value: this.values[found] as T, start };
    return undefined;
  }
}
