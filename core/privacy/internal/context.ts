import {
  LabelCategory,
  NUMBER_LABELS,
  PUBLIC_ACCOUNT_MARKERS,
  SUBJECT_MARKERS,
  type Subject,
} from '../labels';
import { isInvisible } from './chars';
import { ReverseTrie, type TrieMatch } from './reverse-trie';

/** How far back from a number its label may be (联系电话（手机）：…、138…). */
export const LABEL_WINDOW = 28;
/** How far back the subject of a block (a company, a person) is looked for. */
export const SUBJECT_WINDOW = 160;

const NUMBER_LABEL_TRIE = new ReverseTrie<LabelCategory>(NUMBER_LABELS);
const SUBJECT_TRIE = new ReverseTrie<Subject>(SUBJECT_MARKERS);
const PUBLIC_ACCOUNT_TRIE = new ReverseTrie<true>(
  PUBLIC_ACCOUNT_MARKERS.map((word) => [word, true] as const),
);

/** A sentence or line ends here: labels do not reach across it. */
function isClauseEnd(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x3002 || code === 0xff1b || code === 0x3b;
}

function nearest<T>(
  trie: ReverseTrie<T>,
  text: string,
  pos: number,
  window: number,
  stopAtClause: boolean,
): TrieMatch<T> | undefined {
  const floor = Math.max(0, pos - window);
  for (let end = pos; end > floor; end--) {
    const code = text.charCodeAt(end - 1);
    if (stopAtClause && isClauseEnd(code)) return undefined;
    if (isInvisible(code)) continue;
    const match = trie.longestEndingAt(text, end, floor);
    if (match) return match;
  }
  return undefined;
}

/** The label nearest before `pos` in the same sentence, e.g. 联系电话 before a mobile number. */
export function labelBefore(text: string, pos: number): TrieMatch<LabelCategory> | undefined {
  return nearest(NUMBER_LABEL_TRIE, text, pos, LABEL_WINDOW, true);
}

/** Whose block `pos` is in: the subject marker nearest before it (公司 → organisation). */
export function subjectBefore(text: string, pos: number): Subject | undefined {
  return nearest(SUBJECT_TRIE, text, pos, SUBJECT_WINDOW, false)?.value;
}

/** True when the sentence before `pos` says the account is where fines are paid. */
export function isFinePaymentContext(text: string, pos: number): boolean {
  return nearest(PUBLIC_ACCOUNT_TRIE, text, pos, 60, true) !== undefined;
}

export { LabelCategory };
