import { characterSet } from '../internal/chars';
import type { ScopedName } from './document-reading';
import type { Span } from './party-blocks';

/** Public names by their first character's code (looked up around each match). */
const PUBLIC_INDEXES = new WeakMap<readonly string[], Map<number, string[]>>();

function publicIndex(names: readonly string[]): Map<number, string[]> {
  let index = PUBLIC_INDEXES.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) {
      if (name.length === 0) continue;
      const list = index.get(name.charCodeAt(0)) ?? [];
      list.push(name);
      index.set(name.charCodeAt(0), list);
    }
    PUBLIC_INDEXES.set(names, index);
  }
  return index;
}

/** True when a public name longer than [start, end) is written over it (王芳 in 王芳勇). */
function insidePublicName(
  text: string,
  start: number,
  end: number,
  publicNames: Map<number, string[]>,
): boolean {
  for (let at = Math.max(0, start - 3); at <= start; at++) {
    const candidates = publicNames.get(text.charCodeAt(at));
    if (!candidates) continue;
    for (const word of candidates) {
      if (word.length > end - start && at + word.length >= end && text.startsWith(word, at))
        return true;
    }
  }
  return false;
}

/**
 * True when the place written before `end` goes on (…2组机耕道, …4组“松林坡”): not of 的, 家, 住, nor the
 * place's people (当事人系姑咱镇日地村二组村民: where the party lives).
 */
function runsOnIntoPlace(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  // 大坪村4组“松林坡”: a spot the village calls by name, in quotes.
  if (code === 0x201c || code === 0x300c) return true;
  if (code < 0x4e00 || code > 0x9fff) return false;
  if (RESIDENTS.includes(text.slice(end, end + 2))) return false;
  return code !== 0x7684 && code !== 0x5bb6 && code !== 0x4f4f;
}

const RESIDENTS = ['村民', '居民'];

/**
 * True when [start, end) is written inside an organisation's name (税务 in 国家税务总局, 劳务
 * in 恒达劳务有限公司): a word runs into it and the organisation's own word follows at once.
 */
function insideOrganisationName(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before < 0x4e00 || before > 0x9fff || NAME_MAY_FOLLOW[before] === 1) return false;
  return ORGANISATION_TAIL.test(text.slice(end, end + 3));
}

/** An organisation's own word, right after a name written inside it. */
// (Not 银行卡, 银行账户: 转账至吴小龙银行卡 is his card, not 吴小龙银行.)
const ORGANISATION_TAIL =
  /^(?:总局|總局|分局|有限|公司|委员会|委員會|银行(?![卡账賬])|銀行(?![卡账賬])|集团|集團|协会|協會)/;

/** Characters a name may follow in prose (的王芳, 与王芳, 向王芳…): no organisation's word. */
const NAME_MAY_FOLLOW = characterSet('的与和及向被由在对给将把是为系即经据让叫请同跟替使令');

/** Two Han characters with one space between them: a text that may spell names so. */
const SPACED_HAN = /[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]/;

/** The name with a single space allowed between its characters (向子轩 → 向 子 轩). */
function spacedPattern(name: string): RegExp {
  const parts = [...name].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[ \u3000]?'), 'g');
}

export interface NameOccurrence extends Span {
  readonly name: ScopedName;
}

/**
 * Every place in text[from, to) where a name is written within the document it was found in
 * (a name found once after 证人 or 其妻 is replaced wherever it appears: 推搡王芳勇致其轻微伤).
 * Each name is looked for with the native string search over its document only. A name
 * inside a longer public name (王芳 in the officer 王芳勇) is not a match; where two names
 * overlap, the longer (谢文静 over 谢文) is taken.
 */
export function nameOccurrences(
  text: string,
  from: number,
  to: number,
  names: readonly ScopedName[],
  publicNames: readonly string[],
): NameOccurrence[] {
  if (names.length === 0) return [];
  const keep = publicIndex(publicNames);
  const found: NameOccurrence[] = [];
  // Whether each document part spaces Han characters out, asked once per part.
  const spacedParts = new Map<string, boolean>();
  for (const scoped of names) {
    const start = Math.max(from, scoped.start);
    const end = Math.min(to, scoped.end);
    const { name } = scoped;
    if (end - start < name.length) continue;
    // The search is bounded to the document: a slice (V8 makes no copy) rather than the rest
    // of a long file.
    const part = start === 0 && end === text.length ? text : text.slice(start, end);
    for (let at = part.indexOf(name); at >= 0; at = part.indexOf(name, at + name.length)) {
      const where = start + at;
      if (insidePublicName(text, where, where + name.length, keep)) continue;
      if (scoped.place && runsOnIntoPlace(text, where + name.length)) continue;
      if (insideOrganisationName(text, where, where + name.length)) continue;
      found.push({ start: where, end: where + name.length, name: scoped });
    }
    // 杜 明 华, 王　芳: the name spaced out by OCR or a padded table, where the text has any.
    const key = `${start}:${end}`;
    let spaced = spacedParts.get(key);
    if (spaced === undefined) {
      spaced = SPACED_HAN.test(part);
      spacedParts.set(key, spaced);
    }
    if (!scoped.place && name.length >= 2 && spaced) {
      for (const match of part.matchAll(spacedPattern(name))) {
        const where = start + match.index;
        const matchEnd = where + match[0].length;
        if (match[0] === name || insidePublicName(text, where, matchEnd, keep)) continue;
        found.push({ start: where, end: matchEnd, name: scoped });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameOccurrence[] = [];
  for (const occurrence of found) {
    const last = kept[kept.length - 1];
    if (last && occurrence.start < last.end) continue;
    kept.push(occurrence);
  }
  return kept;
}
