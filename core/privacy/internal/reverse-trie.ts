import { FOLD_TABLE, foldCode, isInvisible } from './chars';

interface Node<T> {
  readonly children: Map<number, Node<T>>;
  value?: T;
  length: number;
}

export interface TrieMatch<T> {
  readonly value: T;
  /** Source offset where the matched word starts. */
  readonly start: number;
}

/**
 * Words stored back to front, so that the scanner can ask "which word ends here?" while
 * walking backwards from a number towards its label. Characters are folded (Traditional,
 * full-width, case) and invisible characters are skipped, so 身份證號碼 and 身份\u200b证 match.
 * @internal
 */
export class ReverseTrie<T> {
  private readonly root: Node<T> = { children: new Map(), length: 0 };
  /** Folded codes that end some word: most positions are rejected with one table load. */
  readonly lastCharacters = new Uint8Array(65536);
  /** (last, second-last) folded code pairs of the words, as last * 65536 + second-last. */
  private readonly lastPairs = new Set<number>();
  /** One-character words (局, 厂): the look at the character before does not apply. */
  private readonly singleCharacterWords = new Uint8Array(65536);

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.add(word, value);
  }

  /** True when some word may end with the character `code`. */
  mayEndWith(code: number): boolean {
    return this.lastCharacters[foldCode(code)] === 1 || isInvisible(code);
  }

  private add(word: string, value: T): void {
    this.lastCharacters[foldCode(word.charCodeAt(word.length - 1))] = 1;
    if (word.length > 1) {
      const last = foldCode(word.charCodeAt(word.length - 1));
      this.lastPairs.add(last * 65536 + foldCode(word.charCodeAt(word.length - 2)));
    } else this.singleCharacterWords[foldCode(word.charCodeAt(0))] = 1;
    let node = this.root;
    for (let i = word.length - 1; i >= 0; i--) {
      const code = foldCode(word.charCodeAt(i));
      let next = node.children.get(code);
      if (!next) {
        next = { children: new Map(), length: 0 };
        node.children.set(code, next);
      }
      node = next;
    }
    node.value = value;
    node.length = word.length;
  }

  /** The longest word ending exactly at `end` (exclusive) and starting at or after `floor`. */
  longestEndingAt(text: string, end: number, floor = 0): TrieMatch<T> | undefined {
    if (end <= floor) return undefined;
    const lastCode = text.charCodeAt(end - 1);
    const last = FOLD_TABLE[lastCode]!;
    if (this.lastCharacters[last] === 0) return undefined;
    // A cheap look at the pair of last characters rejects most positions.
    if (end - 2 >= floor && this.singleCharacterWords[last] === 0) {
      const before = text.charCodeAt(end - 2);
      if (!isInvisible(before) && !this.lastPairs.has(last * 65536 + FOLD_TABLE[before]!))
        return undefined;
    }
    let node = this.root;
    let foundValue: T | undefined;
    let foundStart = -1;
    for (let i = end - 1; i >= floor; i--) {
      const code = text.charCodeAt(i);
      if (isInvisible(code)) continue;
      const next = node.children.get(FOLD_TABLE[code]!);
      if (!next) break;
      node = next;
      if (node.value !== undefined) {
        foundValue = node.value;
        foundStart = i;
      }
    }
    return foundStart < 0 ? undefined : { value: foundValue as T, start: foundStart };
  }
}
