import { characterSet } from '../internal/chars';
import type { Span } from './party-blocks';

/**
 * Every place in text[from, to) where one of `names` is written (a name found once after
 * 证人 or 其妻 is replaced wherever it appears: 推搡王芳勇致其轻微伤). One pass over the range:
 * a table load per character, and a comparison only where a name's first character stands.
 * A name inside a longer public name (王芳 in the officer 王芳勇) is not a match.
 */
export function nameOccurrences(
  text: string,
  from: number,
  to: number,
  names: readonly string[],
  publicNames: readonly string[],
): Span[] {
  if (names.length === 0) return [];
  const firsts = characterSet(names.map((name) => name[0]).join(''));
  // Longest first: 谢文静 before 谢文.
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const keep = publicNames.filter((name) => name.length > 0);
  const found: Span[] = [];
  for (let i = from; i < to; i++) {
    if (firsts[text.charCodeAt(i)] !== 1) continue;
    const name = sorted.find(
      (candidate) => text.startsWith(candidate, i) && i + candidate.length <= to,
    );
    if (!name) continue;
    const end = i + name.length;
    if (keep.some((word) => word.length > name.length && coversAt(text, word, i, end))) continue;
    found.push({ start: i, end });
    i = end - 1;
  }
  return found;
}

/** True when `word` is written somewhere covering [start, end). */
function coversAt(text: string, word: string, start: number, end: number): boolean {
  for (let at = Math.max(0, end - word.length); at <= start; at++) {
    if (text.startsWith(word, at)) return true;
  }
  return false;
}
