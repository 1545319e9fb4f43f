import { characterSet, isHanCode, isInvisible, isSpace, skipSpaces } from './internal/chars';
import { ReverseTrie } from './internal/reverse-trie';
import type { TextDetector } from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { THIRD_PARTY_NAME_LABELS } from './labels';

/** 百家姓 two-character surnames, Simplified and Traditional: the name keeps both before 某 (欧阳某). */
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '申屠',
  '轩辕',
  // The same surnames on pages put through a 简/繁 converter (the seed file is one).
  '歐陽',
  '司馬',
  '諸葛',
  '東方',
  '尉遲',
  '公孫',
  '長孫',
  '獨孤',
  '南宮',
  '西門',
  '軒轅',
] as const;
/** First characters of the compound surnames: most names are ruled out by one look-up. */
const COMPOUND_SURNAME_FIRSTS = COMPOUND_SURNAMES.map((surname) => surname[0]).join('');
/** Characters that end a name in running text (张三系…, 李四，男…). */
const NAME_STOP_CHARACTERS = '系男女是为等住身电联现年出称在于与和及的之均向将已并因经律';
/** Values after a name label that are not names. */
const NOT_NAMES = new Set(['无', '不详', '本人', '同上', '暂无', '未知', '略', '见上']);
/** Characters a redacted name contains: such a name is never reported again. */
const MASK_CHARACTERS = '某×*＊X○〇';

const NAME_LABEL_TRIE = new ReverseTrie<string>(
  THIRD_PARTY_NAME_LABELS.map((label) => [label, `${label}姓名`] as const),
);

const MASK_TABLE = characterSet(MASK_CHARACTERS);
const STOP_TABLE = characterSet(NAME_STOP_CHARACTERS);
const COMPOUND_FIRST_TABLE = characterSet(COMPOUND_SURNAME_FIRSTS);

function hasMaskCharacter(name: string): boolean {
  for (let k = 0; k < name.length; k++) if (MASK_TABLE[name.charCodeAt(k)] === 1) return true;
  return false;
}

/** Length of the name at the start of `han` (2–4 characters), or 0. */
export function nameLength(han: string): number {
  const compound =
    han.length > 0 &&
    COMPOUND_FIRST_TABLE[han.charCodeAt(0)] === 1 &&
    COMPOUND_SURNAMES.some((surname) => han.startsWith(surname));
  const max = compound ? 4 : 3;
  if (han.length <= max) return han.length >= 2 ? han.length : 0;
  for (let i = compound ? 3 : 2; i < max; i++) {
    if (STOP_TABLE[han.charCodeAt(i)] === 1) return i;
  }
  return STOP_TABLE[han.charCodeAt(max)] === 1 ? max : 0;
}

/** Where the Han characters of a value sit (a shared buffer: one value is read at a time). */
const hanOffsets = new Int32Array(8);

function labelEndBefore(text: string, colon: number, from: number): number {
  let labelEnd = colon;
  while (labelEnd > from && isSpace(text.charCodeAt(labelEnd - 1))) labelEnd--;
  return labelEnd;
}

/** False when the colon at `colon` ends no name label (most colons): matchName need not run. */
export function mayFollowNameLabel(text: string, colon: number, from: number): boolean {
  return NAME_LABEL_TRIE.mayEndAt(text, labelEndBefore(text, colon, from), from);
}

/**
 * Names of natural persons other than the party (法释〔2016〕19号 第八条: agents, witnesses,
 * relatives), found after their label and a colon: 委托代理人：李四, 证人：王五、赵六.
 * Names already masked (张某, 张*) are not reported again.
 *
 * Limits: only labelled names with a colon are found (委托代理人李四认为… is not); a name
 * longer than three characters followed by more text is read only when a stop character
 * (系, 男, 女…) marks its end; the names of lawyers after 委托代理人 are treated like any agent's.
 */
export const matchName: TextDetector = (text, at, from, to) => {
  // `at` is a colon; the label ends before it and any spaces.
  const labelEnd = labelEndBefore(text, at, from);
  const label = NAME_LABEL_TRIE.longestEndingAt(text, labelEnd, from);
  if (!label) return undefined;
  let i = skipSpaces(text, at + 1, to);
  const findings: {
    kind: PersonalDataKind;
    start: number;
    end: number;
    confidence: number;
    reason: string;
  }[] = [];
  const reason = label.value;
  for (;;) {
    // The Han characters of the value (invisible characters skipped, offsets kept).
    const offsets = hanOffsets;
    let count = 0;
    let j = i;
    while (j < to && count < 8) {
      const code = text.charCodeAt(j);
      if (isInvisible(code)) {
        j++;
        continue;
      }
      if (!isHanCode(code)) break;
      offsets[count++] = j;
      j++;
    }
    if (count < 2) break;
    const han =
      offsets[count - 1]! - offsets[0]! === count - 1
        ? text.slice(offsets[0]!, offsets[count - 1]! + 1)
        : Array.from(offsets.subarray(0, count), (offset) => text[offset]).join('');
    const length = nameLength(han);
    if (length === 0) break;
    const name = han.slice(0, length);
    if (NOT_NAMES.has(name) || hasMaskCharacter(name)) break;
    // 欧阳** (a staff mask): the surname alone before the mask is no name to report again.
    if (length === count && MASK_TABLE[text.charCodeAt(j)] === 1) break;
    const end = offsets[length - 1]! + 1;
    findings.push({
      kind: PersonalDataKind.name,
      start: offsets[0]!,
      end,
      confidence: 0.8,
      reason,
    });
    i = end;
    if (length !== count || text.charCodeAt(i) !== 0x3001) break;
    i = skipSpaces(text, i + 1, to);
  }
  return findings.length > 0 ? { resume: i, findings } : undefined;
};
