import {
  LabelCategory,
  NUMBER_LABELS,
  PUBLIC_ACCOUNT_MARKERS,
  SUBJECT_MARKERS,
  type Subject,
} from '../labels';
import { FOLD_TABLE, isInvisible } from './chars';
import { pairHash, ReverseTrie, type TrieMatch } from './reverse-trie';

/** How far back from a number its label may be (联系电话（手机）：…、138…). */
export const LABEL_WINDOW = 28;
/** How far back the subject of a block (a company, a person) is looked for. */
export const SUBJECT_WINDOW = 160;
/** How far back 缴至…非税收入专户 may stand before the fine-payment account number. */
export const FINE_PAYMENT_WINDOW = 60;

const NUMBER_LABEL_TRIE = new ReverseTrie<LabelCategory>(NUMBER_LABELS);
const SUBJECT_TRIE = new ReverseTrie<Subject>(SUBJECT_MARKERS);
const PUBLIC_ACCOUNT_TRIE = new ReverseTrie<true>(
  PUBLIC_ACCOUNT_MARKERS.map((word) => [word, true] as const),
);

/**
 * A label does not reach across a comma, a sentence or line end, nor across redacted data (】 ends
 * 【已脱敏】, * and 某 are masks): so a redacted text reads the same as its original, where
 * labels do not reach across the data found.
 */
function stopTable(characters: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const ch of characters) table[ch.charCodeAt(0)] = 1;
  return table;
}

const LABEL_STOPS = stopTable('\n\r。；;，,】*某');
/** 罚款缴至…专户，开户银行…，账号…: the fine-payment words reach across commas. */
const SENTENCE_STOPS = stopTable('\n\r。；;】*某');

/** Excludes matches inside personal data already found (a 局 inside someone's address). */
export type Excluded = (start: number, end: number) => boolean;

function end0(text: string, pos: number): number {
  return pos >= 1 ? text.charCodeAt(pos - 1) : 0;
}

function nearest<T>(
  trie: ReverseTrie<T>,
  text: string,
  pos: number,
  window: number,
  floor: number,
  stops: Uint8Array | undefined,
  excluded?: Excluded,
): TrieMatch<T> | undefined {
  const limit = Math.max(0, pos - window, floor);
  const { lastCharacters, lastPairs, singleCharacterWords } = trie;
  let before = end0(text, pos);
  for (let end = pos; end > limit; end--) {
    const code = before;
    before = end - 2 >= 0 ? text.charCodeAt(end - 2) : 0;
    if (stops !== undefined && stops[code] === 1) return undefined;
    // Inline filters: most characters end no word, most pairs end none either.
    const last = FOLD_TABLE[code]!;
    if (lastCharacters[last] === 0) continue;
    if (
      singleCharacterWords[last] === 0 &&
      !isInvisible(before) &&
      lastPairs[pairHash(last, FOLD_TABLE[before]!)] === 0
    ) {
      continue;
    }
    const match = trie.longestEndingAt(text, end, limit);
    if (match && !excluded?.(match.start, end)) return match;
  }
  return undefined;
}

/**
 * The label nearest before `pos` in the same sentence, e.g. 联系电话 before a mobile
 * number, not reaching before `floor` (the end of the last finding).
 */
export function labelBefore(
  text: string,
  pos: number,
  floor = 0,
): TrieMatch<LabelCategory> | undefined {
  return nearest(NUMBER_LABEL_TRIE, text, pos, LABEL_WINDOW, floor, LABEL_STOPS);
}

/** Whose block `pos` is in: the subject marker nearest before it (公司 → organisation). */
export function subjectBefore(text: string, pos: number, excluded?: Excluded): Subject | undefined {
  return nearest(SUBJECT_TRIE, text, pos, SUBJECT_WINDOW, 0, undefined, excluded)?.value;
}

/** True when the sentence before `pos` says the account is where fines are paid. */
export function isFinePaymentContext(text: string, pos: number, floor = 0): boolean {
  return (
    nearest(PUBLIC_ACCOUNT_TRIE, text, pos, FINE_PAYMENT_WINDOW, floor, SENTENCE_STOPS) !==
    undefined
  );
}

export { LabelCategory };
