import { isHanCode } from '../internal/chars';

/**
 * Whether two characters read as a name are a word of the language instead (工人施工, 员工包装,
 * 工人严重…): after a role word the next two characters are a name as often as a verb or a
 * noun, and no list of such words written here would cover an agency's prose. The Unicode
 * word segmenter carries a Chinese dictionary (ICU's): it splits 周敏, 王芳 into their
 * characters and keeps 施工, 项目 whole. Where the runtime has no segmenter (old browsers),
 * nothing is a dictionary word and the name is read as before.
 */

type WordSegmenter = { segment(text: string): Iterable<{ segment: string; index: number }> };

let segmenter: WordSegmenter | null | undefined;

function wordSegmenter(): WordSegmenter | null {
  if (segmenter === undefined) {
    const Segmenter = (
      Intl as { Segmenter?: new (locale: string, options: object) => WordSegmenter }
    ).Segmenter;
    segmenter =
      typeof Segmenter === 'function' ? new Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** How much text around the two characters the segmenter is given: its choice depends on it. */
const CONTEXT = 4;

/** True when the segmenter reads text[start, end) as one word in its context. */
export function isDictionaryWord(text: string, start: number, end: number): boolean {
  const words = wordSegmenter();
  if (!words) return false;
  const from = Math.max(0, start - CONTEXT);
  for (const word of words.segment(text.slice(from, Math.min(text.length, end + CONTEXT)))) {
    if (word.index + from === start) return word.segment.length === end - start;
    if (word.index + from > start) return false;
  }
  return false;
}

/**
 * Where a name of three or more characters with no break after it ends, by where the next
 * word of the language starts (王晓燕、赵丽上前劝阻: 上前 starts after 赵丽): `short` or `long`
 * when the segmenter reads the name's characters one by one (as it reads names: no
 * dictionary holds them) and a word of two characters or more right after them; else -1.
 */
export function nameEndBeforeWord(text: string, at: number, short: number, long: number): number {
  const words = wordSegmenter();
  if (!words) return -1;
  let singles = at;
  for (const word of words.segment(text.slice(at, Math.min(text.length, long + CONTEXT)))) {
    const start = at + word.index;
    if (start !== singles) return -1;
    if (word.segment.length > 1) return start === short || start === long ? start : -1;
    singles = start + 1;
    if (singles > long) return -1;
  }
  return -1;
}

/** True when a word of two characters or more starts at `at` (上前 in 赵丽上前劝阻). */
export function wordStartsAt(text: string, at: number): boolean {
  const words = wordSegmenter();
  if (!words) return false;
  for (const word of words.segment(text.slice(at, Math.min(text.length, at + CONTEXT + 2))))
    return word.segment.length > 1 && isHanCode(word.segment.charCodeAt(0));
  return false;
}

/**
 * How many characters from `at` the segmenter reads one by one (as it reads a transliterated
 * name: 昂|觉|敏, no dictionary holds them), up to `limit`, stopping before any character in
 * `stops`; -1 when a word of the language comes first (入境|后) or right after them (务|工|期间).
 */
export function singleCharactersAt(
  text: string,
  at: number,
  limit: number,
  stops: Uint8Array,
): number {
  const words = wordSegmenter();
  if (!words) return -1;
  let count = 0;
  for (const word of words.segment(text.slice(at, Math.min(text.length, at + limit + CONTEXT)))) {
    const code = word.segment.charCodeAt(0);
    if (!isHanCode(code) || stops[code] === 1) return count;
    if (word.segment.length > 1) return -1;
    if (++count > limit) return -1;
  }
  return count;
}
