import { countyPrefixLength } from './address';
import { isAlnumCode, isHanCode, isLatinCapital } from './internal/chars';
import { type Finding, PersonalDataKind, RedactionStyle } from './kinds';
import { MASK_CHARACTER, NAME_MASK_CHARACTER, PUBLIC_PLACEHOLDER } from './placeholders';
import { COMPOUND_SURNAMES } from './surnames';

/**
 * Staff-screen masks (Hutool DesensitizedUtil conventions): how many significant characters
 * (digits, letters, Han) stay visible at the start and at the end.
 */
export const STAFF_MASK_KEEP: Readonly<Record<PersonalDataKind, readonly [number, number]>> = {
  [PersonalDataKind.residentId]: [1, 2],
  [PersonalDataKind.mobile]: [3, 4],
  [PersonalDataKind.landline]: [4, 2],
  [PersonalDataKind.address]: [0, 0],
  [PersonalDataKind.bankCard]: [4, 4],
  [PersonalDataKind.email]: [1, 0],
  [PersonalDataKind.passport]: [2, 2],
  [PersonalDataKind.travelPermit]: [2, 2],
  [PersonalDataKind.plate]: [3, 1],
  [PersonalDataKind.name]: [1, 0],
  [PersonalDataKind.minor]: [1, 0],
};

/** Masks the letters and digits (and Han for plates) between the first `keepStart` and the last `keepEnd`. */
function maskMiddle(text: string, keepStart: number, keepEnd: number, han = false): string {
  const isSignificant = (code: number) => isAlnumCode(code) || (han && isHanCode(code));
  let total = 0;
  for (let i = 0; i < text.length; i++) if (isSignificant(text.charCodeAt(i))) total++;
  if (keepStart + keepEnd >= total) {
    keepStart = Math.min(keepStart, Math.max(0, total - 1));
    keepEnd = 0;
  }
  let seen = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!isSignificant(text.charCodeAt(i))) {
      out += ch;
      continue;
    }
    out += seen < keepStart || seen >= total - keepEnd ? ch : MASK_CHARACTER;
    seen++;
  }
  return out;
}

function surname(name: string): string {
  return COMPOUND_SURNAMES.find((compound) => name.startsWith(compound)) ?? name[0]!;
}

/** 张某, 张某某, 欧阳某: the surname kept (court practice); a name in Latin letters goes whole. */
function maskNamePublic(name: string): string {
  if (!isHanCode(name.charCodeAt(0))) return PUBLIC_PLACEHOLDER;
  const family = surname(name);
  return family + NAME_MASK_CHARACTER.repeat(Math.min(Math.max(1, name.length - family.length), 2));
}

/** 张**: the surname kept, a mask character for each other one. */
function maskNameStaff(name: string): string {
  if (!isHanCode(name.charCodeAt(0))) return MASK_CHARACTER.repeat(3);
  const family = surname(name);
  return family + MASK_CHARACTER.repeat(Math.max(1, name.length - family.length));
}

function maskBankCard(text: string): string {
  let digits = '';
  for (let i = 0; i < text.length; i++) if (isAlnumCode(text.charCodeAt(i))) digits += text[i];
  if (digits.length <= 8) return maskMiddle(text, 2, 2);
  const middle = digits.length - 8;
  const groups: string[] = [];
  for (let i = 0; i < middle; i += 4) groups.push(MASK_CHARACTER.repeat(Math.min(4, middle - i)));
  return `${digits.slice(0, 4)} ${groups.join(' ')} ${digits.slice(-4)}`;
}

/**
 * z****@example.com. Seven or more digits in a row in the domain (13812345678.example.com)
 * keep only their first three and last four, as a mobile's mask does: the number is not shown
 * whole, and the masked form is not read as a new number (redaction stays idempotent).
 */
function maskEmail(text: string): string {
  const at = text.search(/[@＠]/);
  const domain = text.slice(at).replace(/\d{7,}/g, (digits) => maskMiddle(digits, 3, 4));
  return `${text[0]}${MASK_CHARACTER.repeat(4)}${domain}`;
}

/**
 * The line breaks inside a number a hard wrap broke (510521⏎198812120020): kept after the
 * placeholder, so redaction does not join two lines of the document.
 */
function lineBreaksIn(text: string): string {
  let breaks = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) breaks += text[i];
  }
  return breaks;
}

/** True when text[start, end) holds a line break (a number read across one). */
export function spansLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/**
 * The replacement text for one finding.
 * - `public` (the strict form for portals): maskPublic.
 * - `staff` (review screens): partial masks — 138****5678, 5***************1X,
 *   6222 **** **** 3256, z****@example.com, 川E1***5, 张**.
 */
export function maskFinding(
  finding: Finding,
  style: RedactionStyle = RedactionStyle.public,
): string {
  return style === RedactionStyle.public ? maskPublic(finding) : maskStaff(finding);
}

/**
 * A minor's finding is the child's name, masked as any protected name (a foreign child's in
 * Latin letters too); where it is the party's role word (no name written), or only reported,
 * nothing is there to replace.
 */
function isMinorsName({ kind, text, reportOnly }: Finding): boolean {
  return (
    kind === PersonalDataKind.minor &&
    !reportOnly &&
    (isHanCode(text.charCodeAt(0)) || isLatinCapital(text.charCodeAt(0)))
  );
}

/**
 * The strict public form, for portals: 【已脱敏】; addresses keep county/district
 * (泸州市江阳区【已脱敏】); names keep the surname (张某, 张某某, 欧阳某). Its own function so a
 * page that only ever shows the public form (the widgets) carries none of the staff masks.
 */
export function maskPublic(finding: Finding): string {
  const { kind, text } = finding;
  if (kind === PersonalDataKind.name || isMinorsName(finding)) return maskNamePublic(text);
  if (kind === PersonalDataKind.minor) return text;
  if (kind === PersonalDataKind.address)
    return text.slice(0, countyPrefixLength(text)) + PUBLIC_PLACEHOLDER;
  return PUBLIC_PLACEHOLDER + lineBreaksIn(text);
}

function maskStaff(finding: Finding): string {
  const { kind, text } = finding;
  if (kind === PersonalDataKind.name || isMinorsName(finding)) return maskNameStaff(text);
  if (kind === PersonalDataKind.minor) return text;
  if (kind === PersonalDataKind.address)
    return text.slice(0, countyPrefixLength(text)) + MASK_CHARACTER.repeat(4);
  if (kind === PersonalDataKind.bankCard) return maskBankCard(text);
  if (kind === PersonalDataKind.email) return maskEmail(text);
  if (kind === PersonalDataKind.mobile) {
    let digits = 0;
    for (let i = 0; i < text.length; i++) if (isAlnumCode(text.charCodeAt(i))) digits++;
    return maskMiddle(text, Math.max(3, digits - 8), 4);
  }
  const [keepStart, keepEnd] = STAFF_MASK_KEEP[kind];
  return maskMiddle(text, keepStart, keepEnd, kind === PersonalDataKind.plate);
}
