import {
  LabelCategory,
  NUMBER_LABELS,
  PUBLIC_ACCOUNT_MARKERS,
  SUBJECT_MARKERS,
  type Subject,
} from '../labels';
import { characterSet, isHanCode } from './chars';
import { ReverseTrie, type TrieMatch } from './reverse-trie';

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
const LABEL_STOPS = characterSet('\n\r。；;，,】*某');
/**
 * 罚款缴至…专户，开户银行…，账号…: the fine-payment words reach across commas and the
 * semicolons of a payment instruction (户名：…非税收入汇缴结算户；开户行：…；账号：…).
 */
const SENTENCE_STOPS = characterSet('\n\r。】*某');

/** Excludes matches inside personal data already found (a 局 inside someone's address). */
export type Excluded = (start: number, end: number) => boolean;

/**
 * The word nearest before `pos` that starts at or after `limit`, looking at the word ends in
 * (`walkTo`, pos] only (`walkTo` ≥ limit: the caller already knows the answer below it).
 * `null` when a stop character ended the search, `undefined` when it reached `walkTo`.
 */
function nearest<T>(
  trie: ReverseTrie<T>,
  text: string,
  pos: number,
  limit: number,
  walkTo: number,
  stops: Uint8Array | undefined,
  excluded?: Excluded,
): TrieMatch<T> | null | undefined {
  for (let end = pos; end > walkTo; end--) {
    if (stops !== undefined && stops[text.charCodeAt(end - 1)] === 1) return null;
    // Most characters end no word: two table loads, no walk.
    if (!trie.mayEndAt(text, end, limit)) continue;
    const match = trie.longestEndingAt(text, end, limit);
    if (match && !excluded?.(match.start, end)) return match;
  }
  return undefined;
}

/**
 * The label nearest before a number in the same sentence (联系电话 before a mobile), not reaching
 * before `floor` (the end of the last finding), for the look-ups of one scan, which move forward
 * through the text: the number
 * after 执法证号：51050544257、 asks again over the first one's digits. The last answer is
 * kept, and a look-up further on (with the same floor) reads only the characters after the
 * last one's position; below it, the last answer still holds when its label starts inside the
 * new window (a higher window start only rules words out, and no stop was met, or the last
 * answer would have been none).
 * @internal
 */
export class LabelLookup {
  private pos = -1;
  private floor = -1;
  private answer: TrieMatch<LabelCategory> | undefined;

  constructor(private readonly text: string) {}

  before(pos: number, floor: number): TrieMatch<LabelCategory> | undefined {
    const limit = Math.max(0, pos - LABEL_WINDOW, floor);
    let answer: TrieMatch<LabelCategory> | null | undefined;
    if (floor === this.floor && pos >= this.pos && this.pos > limit) {
      answer = nearest(NUMBER_LABEL_TRIE, this.text, pos, limit, this.pos, LABEL_STOPS);
      if (answer === undefined && this.answer !== undefined) {
        answer =
          this.answer.start >= limit
            ? this.answer
            : nearest(NUMBER_LABEL_TRIE, this.text, this.pos, limit, limit, LABEL_STOPS);
      }
    } else answer = nearest(NUMBER_LABEL_TRIE, this.text, pos, limit, limit, LABEL_STOPS);
    if (answer === null) answer = labelAboveLineBreak(this.text, pos, floor);
    this.pos = pos;
    this.floor = floor;
    this.answer = answer ?? undefined;
    return this.answer;
  }
}

/** A label's colon ending the line above (执法证号：⏎…), the value's line opening with spaces. */
const LABEL_ABOVE = /[：:][ \t\u3000\u00a0]*\r?\n[ \t\u3000\u00a0]*$/;

/**
 * 执法证号：⏎15010523052 — a PDF's or an editor's line break put the value at the start of the
 * next line, under a label that ends the line above with its colon. The label is the one right
 * before that colon; any other line above says nothing about the number.
 */
function labelAboveLineBreak(
  text: string,
  pos: number,
  floor: number,
): TrieMatch<LabelCategory> | undefined {
  const from = Math.max(floor, pos - 12);
  const cut = LABEL_ABOVE.exec(text.slice(from, pos));
  if (!cut) return undefined;
  const colon = from + cut.index;
  return NUMBER_LABEL_TRIE.longestEndingAt(text, colon, Math.max(0, colon - LABEL_WINDOW, floor));
}

/** Whose block `pos` is in: the subject marker nearest before it (公司 → organisation). */
export function subjectBefore(text: string, pos: number, excluded?: Excluded): Subject | undefined {
  const limit = Math.max(0, pos - SUBJECT_WINDOW);
  return nearest(SUBJECT_TRIE, text, pos, limit, limit, undefined, excluded)?.value;
}

/** True when the sentence before `pos` says the account is where fines are paid. */
export function isFinePaymentContext(text: string, pos: number, floor = 0): boolean {
  const limit = Math.max(0, pos - FINE_PAYMENT_WINDOW, floor);
  // …由财政部门支付至赔偿请求人本人账户（…账号…）: money paid to a person, whatever pays it.
  if (OWN_ACCOUNT.test(text.slice(limit, pos))) return false;
  if (nearest(PUBLIC_ACCOUNT_TRIE, text, pos, limit, limit, SENTENCE_STOPS) != null) return true;
  // …罚款缴至古蔺县财政局指定⏎账户（…账号：…）: a PDF's line cut the sentence (no stop before
  // the break); the words before it are the same sentence's.
  const cut = text.lastIndexOf('\n', pos - 1);
  if (
    cut > limit &&
    isHanCode(text.charCodeAt(cut - 1)) &&
    nearest(PUBLIC_ACCOUNT_TRIE, text, cut, limit, limit, SENTENCE_STOPS) != null
  )
    return true;
  // 收款单位：泸州市财政局⏎开户银行：…⏎账号：… — the payment fields written one per line.
  let lineStart = text.lastIndexOf('\n', pos - 1);
  for (let lines = 0; lines < PAYMENT_FIELD_LINES && lineStart > floor; lines++) {
    const previous = text.lastIndexOf('\n', lineStart - 1) + 1;
    if (!PAYMENT_FIELDS.some((field) => text.startsWith(field, previous))) return false;
    if (nearest(PUBLIC_ACCOUNT_TRIE, text, lineStart, previous, previous, SENTENCE_STOPS) != null)
      return true;
    lineStart = previous - 1;
  }
  return false;
}

/** A person's own account, said in the sentence before the number. */
const OWN_ACCOUNT = /(?:本人|个人|個人)(?:银行|銀行)?(?:账户|帐户|賬戶)/;

/**
 * Words that make an account label the party's own (被处罚人收款账户为：…): the party's
 * account is deleted like any other, whatever the label says.
 */
const ACCOUNT_OWNERS = ['被处罚人', '当事人', '违法行为人', '本人', '个人', '其', '你', '您'];
/** How far before an account label its owner may be named (当事人的收款账户). */
const ACCOUNT_OWNER_REACH = 6;

/** True when a party word stands right before the account label at `labelStart`. */
export function isPartysAccount(text: string, labelStart: number): boolean {
  let end = labelStart;
  if (text.charCodeAt(end - 1) === 0x7684) end--;
  const from = Math.max(0, labelStart - ACCOUNT_OWNER_REACH);
  return ACCOUNT_OWNERS.some((word) => end - word.length >= from && text.endsWith(word, end));
}

/** The fields of a payment instruction written one per line above the account number. */
const PAYMENT_FIELDS = ['收款单位', '收款人', '户名', '账户名称', '开户银行', '开户行', '收款银行'];
const PAYMENT_FIELD_LINES = 3;

export { LabelCategory };
