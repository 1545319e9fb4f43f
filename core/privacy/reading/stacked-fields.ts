import { isSpace } from '../internal/chars';
import { roleAt } from './clauses';
import { FieldKind, fieldKindAt } from './fields';
import { isHomeShaped } from './home-addresses';
import { maskedNameLength } from './name-masks';
import type { Span } from './party-blocks';
import { personNameEnd } from './person-name';
import { Role } from './roles';

/**
 * A form's cells copied one to a line, as a 送达回证 or a party table pasted out of a word
 * processor comes (受 送 达 人⏎慕容晓雯⏎送 达 地 址⏎醴陵市…1203室⏎送 达 方 式⏎直接送达): a line
 * holding a label alone, spaced out or not, and the next line its value. An address so
 * given is a home when the person the form is about, named the same way above it, is a
 * natural person.
 */
export function stackedHomes(text: string): Span[] {
  const homes: Span[] = [];
  const lines = linesOf(text);
  // Whether the last role named so (受送达人⏎慕容晓雯) named a natural person.
  let person = false;
  let sinceRole = MAX_FORM_LINES;
  for (let k = 0; k + 1 < lines.length; k++) {
    sinceRole++;
    const label = compact(text, lines[k]!);
    if (label.length < 2 || label.length > MAX_LABEL) continue;
    const value = lines[k + 1]!;
    const role = roleAt(label, 0, label.length);
    if (role && role[1] === label.length) {
      const name = text.slice(value.start, value.end);
      person =
        role[0] !== Role.officer &&
        (personNameEnd(name, 0) === name.length || maskedNameLength(name, 0) === name.length);
      sinceRole = 0;
      continue;
    }
    if (!person || sinceRole > MAX_FORM_LINES) continue;
    if (fieldKindAt(label, 0, label.length) !== FieldKind.address) continue;
    if (isHomeShaped(text.slice(value.start, value.end))) homes.push(value);
  }
  return homes;
}

/** Longest label read alone on its line (spaces left out): 受送达人（代收人）, 现居住地址. */
const MAX_LABEL = 10;
/** How many lines below its person a form's address may stand (a form's rows, no more). */
const MAX_FORM_LINES = 8;

/** Each line's text without the spaces around it. */
function linesOf(text: string): Span[] {
  const lines: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let from = start;
    let to = end;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    lines.push({ start: from, end: to });
    start = end + 1;
  }
  return lines;
}

/** A line's text with its spaces left out (送 达 地 址 → 送达地址). */
function compact(text: string, line: Span): string {
  return text.slice(line.start, line.end).replace(/[ \u3000\u00a0]/g, '');
}
