import { foldCode, isInvisible } from './chars';

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

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.add(word, value);
  }

  private add(word: string, value: T): void {
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
    let node = this.root;
    let found: TrieMatch<T> | undefined;
    for (let i = end - 1; i >= floor; i--) {
      const code = text.charCodeAt(i);
      if (isInvisible(code)) continue;
      const next = node.children.get(foldCode(code));
      if (!next) break;
      node = next;
      if (node.value !== undefined) found = { value: node.value, start: i };
    }
    return found;
  }
}
