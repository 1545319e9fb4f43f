import { foldCode, isHanCode, isSpace } from '../internal/chars';
import { type FieldKind, fieldKindOf, foldLabel, MAX_LABEL_LENGTH } from './fields';
import { isOrganisationName } from './organisation-name';
import { personNameEnd } from './person-name';
import { ROLE_WORDS, type Role } from './roles';

/**
 * A document read as a reviewer reads a party block: lines, and in each line clauses
 * separated by table cells (a tab in the text projection), sentence ends and commas. A
 * clause may be a field (`label：value`), a role with a name (`当事人：张三`, `委托代理人刘小芳`),
 * or a plain description (男, 汉族, 1985年3月7日出生).
 */
export interface Clause {
  readonly start: number;
  readonly end: number;
  /** The role word the clause starts with (当事人, 监护人…), if any. */
  readonly role?: Role;
  /** Where the role word (or the label) starts, after numbering and spaces. */
  readonly roleStart: number;
  readonly roleEnd: number;
  /** What the label says the value is (身份证号 → identity), if the clause has a label. */
  readonly field?: FieldKind;
  /** Where the value starts: after the colon, or after the role word. */
  readonly valueStart: number;
  /** True when a colon ends the label. */
  readonly labelled: boolean;
}

/** Characters that end a clause: cells, sentences, commas. */
const CLAUSE_ENDS = new Set([0x09, 0x3002, 0xff1b, 0x3b, 0xff0c, 0x2c]);

/** Words that lead a clause without being part of its label: 一、, 1., （一）, bullets. */
const LEADING_MARKS = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[•·\-—])\s*/;

interface RoleEntry {
  readonly folded: string;
  readonly role: Role;
}

/** Role words by their first (folded) character, longest first. */
const ROLES_BY_FIRST = (() => {
  const map = new Map<number, RoleEntry[]>();
  for (const [word, role] of ROLE_WORDS) {
    const folded = foldLabel(word);
    const first = folded.charCodeAt(0);
    const list = map.get(first) ?? [];
    list.push({ folded, role });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  return map;
})();

/** The longest role word at `at` (folded comparison), as [role, end]. */
export function roleAt(text: string, at: number, limit: number): [Role, number] | undefined {
  const candidates = ROLES_BY_FIRST.get(foldCode(text.charCodeAt(at)));
  if (!candidates) return undefined;
  for (const { folded, role } of candidates) {
    if (at + folded.length > limit) continue;
    let k = 1;
    while (k < folded.length && foldCode(text.charCodeAt(at + k)) === folded.charCodeAt(k)) k++;
    if (k === folded.length) return [role, at + k];
  }
  return undefined;
}

function skipLeading(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const lead = LEADING_MARKS.exec(text.slice(i, Math.min(end, i + 8)));
  return lead ? i + lead[0].length : i;
}

/** Reads the clause text[start, end). */
export function readClause(text: string, start: number, end: number): Clause {
  const from = skipLeading(text, start, end);
  // The label: up to a colon within MAX_LABEL_LENGTH characters.
  let colon = -1;
  const labelLimit = Math.min(end, from + MAX_LABEL_LENGTH + 1);
  for (let i = from; i < labelLimit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff1a || code === 0x3a) {
      colon = i;
      break;
    }
    // A label is words: digits or redacted data before a colon make it no label.
    if (!isLabelCode(code)) break;
  }
  const roleMatch = roleAt(text, from, colon >= 0 ? colon : end);
  let role = roleMatch?.[0];
  const roleEnd = roleMatch?.[1] ?? from;
  if (colon >= 0) {
    // 监护人身份证号：… is the guardian's ID: the field is what follows the role word.
    const rest = foldLabel(text.slice(roleEnd, colon)).replace(/[（(][^）)]*[）)]$/, '');
    const field = fieldKindOf(rest);
    // 被处罚人家属通知情况：… starts with a role word but names no field of anyone.
    if (role !== undefined && rest !== '' && field === undefined) role = undefined;
    if (role !== undefined || field !== undefined) {
      let valueStart = colon + 1;
      while (valueStart < end && isSpace(text.charCodeAt(valueStart))) valueStart++;
      return { start, end, role, roleStart: from, roleEnd, field, valueStart, labelled: true };
    }
  }
  if (role !== undefined) {
    let valueStart = roleEnd;
    while (valueStart < end && isSpace(text.charCodeAt(valueStart))) valueStart++;
    // 当事人陈建国，男… opens a block; 当事人未经批准擅自… and 当事人的行为… are prose.
    if (
      personNameEnd(text, valueStart, end) > 0 ||
      isOrganisationName(text.slice(valueStart, end))
    ) {
      return { start, end, role, roleStart: from, roleEnd, valueStart, labelled: false };
    }
  }
  // A label without a colon (身份证号码510…, 住址泸州市…) is still a field.
  let labelEnd = from;
  while (labelEnd < end && labelEnd - from < 8 && !isDigitOrSpace(text.charCodeAt(labelEnd)))
    labelEnd++;
  const field = labelEnd > from ? fieldPrefix(text, from, labelEnd) : undefined;
  return {
    start,
    end,
    roleStart: from,
    roleEnd: from,
    field,
    valueStart: field ? labelEnd : from,
    labelled: false,
  };
}

/** Han characters, spaces, brackets and slashes: what a label is written with. */
function isLabelCode(code: number): boolean {
  return (
    isHanCode(code) ||
    isSpace(code) ||
    code === 0xff08 ||
    code === 0xff09 ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x2f ||
    code === 0x3001
  );
}

function isDigitOrSpace(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || isSpace(code);
}

/** An identity label right before digits (身份证号码510…): the other fields need a colon. */
function fieldPrefix(text: string, from: number, labelEnd: number): FieldKind | undefined {
  if (labelEnd >= text.length || !isDigitOrSpace(text.charCodeAt(labelEnd))) return undefined;
  const kind = fieldKindOf(foldLabel(text.slice(from, labelEnd)));
  return kind === 'identity' ? kind : undefined;
}

/** An ideographic space, or two spaces: the gap between two fields on one line. */
function isWideSpace(text: string, i: number, end: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x3000) return true;
  return (code === 0x20 || code === 0xa0) && i + 1 < end && isSpace(text.charCodeAt(i + 1));
}

/** The clauses of the line text[start, end), in order. */
export function clausesOf(text: string, start: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : -1;
    if (code === 0xff08 || code === 0x28) depth++;
    else if ((code === 0xff09 || code === 0x29) && depth > 0) depth--;
    // Commas inside brackets (唐建军（系当事人之父，住…）) do not end the clause.
    let boundary = code === -1 || (CLAUSE_ENDS.has(code) && (depth === 0 || code === 0x09));
    // Fields set side by side with wide spaces (性别：男　　出生日期：…) are clauses too.
    let width = 1;
    if (!boundary && isWideSpace(text, i, end)) {
      boundary = true;
      while (i + width < end && isSpace(text.charCodeAt(i + width))) width++;
    }
    if (boundary) {
      if (i > from) clauses.push(readClause(text, from, i));
      from = i + width;
      if (code === 0x09) depth = 0;
      i += width - 1;
    }
  }
  return clauses;
}
