import { readResidentId } from '../../identifiers/resident-id';
import { isHanCode, isSpace } from '../internal/chars';
import { type Clause, clausesOf } from './clauses';
import { ageIn, datesIn, type TextDate } from './dates';
import { FieldKind, foldLabel } from './fields';
import { isOrganisationName } from './organisation-name';
import { personNameEnd } from './person-name';
import { AGENCY_SELF_WORDS, Role } from './roles';

/**
 * Whose data a stretch of a document is (DOMAIN.md §4b). A party block opens at a party role
 * (当事人：, 被处罚人, a table row 当事人 | 张三) and runs over the field lines that follow it;
 * a representative (法定代表人, 经营者) opens a sub-block of the organisation's; any other
 * person's role (委托代理人, 监护人, 证人) opens a block of that person's; the agency's own
 * lines (执法人员, 本局地址, its 联系人) are the agency's. Prose ends a block.
 */
export const HolderKind = {
  person: 'person',
  organisation: 'organisation',
  agency: 'agency',
  unknown: 'unknown',
} as const;
export type HolderKind = (typeof HolderKind)[keyof typeof HolderKind];

/** A span of the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Holder {
  readonly role: Role;
  kind: HolderKind;
  /** The name the block gives (张三, 泸州某某化工有限公司), where it stands. */
  name?: Span & { readonly text: string };
  /** For a representative: the organisation it speaks for. */
  readonly parent?: Holder;
  personEvidence: boolean;
  organisationEvidence: boolean;
  /** A lawyer acting as agent (XX律师事务所律师): named in public. */
  lawyer: boolean;
  birth?: TextDate;
  age?: number;
  /** The block says outright the person is under 18 (未满十八周岁). */
  declaredMinor: boolean;
  /** Where the block's own role word stands (the minor finding falls back to it). */
  readonly roleSpan: Span;
}

export interface PartyBlocks {
  readonly holders: readonly Holder[];
  /** Clause spans in text order, and the holder each belongs to. */
  readonly spanStarts: Int32Array;
  readonly spanEnds: Int32Array;
  readonly spanHolders: readonly Holder[];
  /** Address values in natural persons' blocks, under any label (or none, in a run-on block). */
  readonly personalAddresses: readonly Span[];
}

/** 省市县区镇乡村路街巷 + a house number: an address written without a label. */
const PLACE = /[省市县区镇乡村路街巷道]/;
const HOUSE_NUMBER = /[0-9０-９一二三四五六七八九十]+\s*(?:号|栋|幢|单元|室|组|楼|弄|社)/;

function looksLikeAddress(value: string): boolean {
  return value.length >= 6 && PLACE.test(value) && HOUSE_NUMBER.test(value);
}

/** The end of a name value: before a bracket, comma or space. */
function valueEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28 || isSpace(code)) break;
    i++;
  }
  return i;
}

function newHolder(role: Role, roleSpan: Span, parent?: Holder): Holder {
  return {
    role,
    kind:
      role === Role.officer
        ? HolderKind.agency
        : role === Role.party
          ? HolderKind.unknown
          : HolderKind.person,
    parent,
    personEvidence: false,
    organisationEvidence: false,
    lawyer: false,
    declaredMinor: false,
    roleSpan,
  };
}

/** The person ID in a value (full-width, spaces and dashes allowed), for its birth date. */
function birthFromId(value: string): TextDate | undefined {
  const compact = value.replace(/[^0-9０-９Xx]/g, '');
  const match = /[0-9０-９]{17}[0-9０-９Xx]|^[0-9０-９]{15}$/.exec(compact);
  if (!match) return undefined;
  const birth = readResidentId(match[0]).birthDate;
  if (!birth) return undefined;
  const [year, month, day] = birth.split('-').map(Number) as [number, number, number];
  return { year, month, day, start: 0, end: 0 };
}

/** What a clause tells about its holder: person, organisation, birth, age. */
function recordEvidence(holder: Holder, clause: Clause, text: string): void {
  const value = text.slice(clause.valueStart, clause.end);
  const whole = text.slice(clause.start, clause.end);
  switch (clause.field) {
    case FieldKind.identity: {
      holder.personEvidence = true;
      holder.birth ??= birthFromId(value);
      break;
    }
    case FieldKind.birth: {
      holder.personEvidence = true;
      holder.birth ??= datesIn(value)[0];
      if (/未满|不满|未成年/.test(value)) holder.declaredMinor = true;
      break;
    }
    case FieldKind.age: {
      holder.personEvidence = true;
      const age = ageIn(value) ?? (/^\s*\d{1,3}\s*$/.test(value) ? Number(value) : undefined);
      if (age !== undefined) holder.age ??= age;
      break;
    }
    case FieldKind.personal:
      holder.personEvidence = true;
      break;
    case FieldKind.organisationCode:
      holder.organisationEvidence = true;
      break;
    case FieldKind.name:
      if (isOrganisationName(value)) holder.organisationEvidence = true;
      break;
    default: {
      if (clause.field !== undefined || clause.labelled) break;
      // Descriptions in a run-on block: 男, 女, 汉族, 1985年3月7日出生, 现年16岁, 个体工商户.
      const bare = whole.trim();
      if (/^(?:男|女|男性|女性)$/.test(bare) || /^.{1,4}族$/.test(bare))
        holder.personEvidence = true;
      if (/出生|生于/.test(bare)) {
        holder.personEvidence = true;
        holder.birth ??= datesIn(bare)[0];
      }
      if (/岁/.test(bare)) {
        const age = ageIn(bare);
        if (age !== undefined) {
          holder.personEvidence = true;
          holder.age ??= age;
        }
      }
      if (/个体工商户|统一社会信用代码|有限公司/.test(bare)) holder.organisationEvidence = true;
    }
  }
  if (/未满十八周岁|不满十八周岁|未满18周岁|不满18周岁|系未成年人/.test(whole))
    holder.declaredMinor = true;
  if (/律师/.test(whole) && holder.role === Role.third) holder.lawyer = true;
}

/**
 * Which holder a field of the block belongs to: a representative keeps the fields only a
 * person has (身份证号, 性别) and, once it has shown to be described as a person, its own
 * address and phone; the organisation's code, premises and name go back to the organisation.
 */
function fieldOwner(current: Holder, field: FieldKind | undefined): Holder {
  const parent = current.parent;
  if (!parent) return current;
  switch (field) {
    case FieldKind.identity:
    case FieldKind.personal:
    case FieldKind.birth:
    case FieldKind.age:
    case undefined:
      return current;
    case FieldKind.address:
    case FieldKind.phone:
      return current.personEvidence ? current : parent;
    default:
      return parent;
  }
}

function startsWithAgencyWord(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return AGENCY_SELF_WORDS.some((word) => text.startsWith(word, i));
}

/** Reads the party blocks of a document (see the module comment). */
export function readPartyBlocks(text: string): PartyBlocks {
  const holders: Holder[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const owners: Holder[] = [];
  const addresses: { span: Span; holder: Holder; labelled: boolean }[] = [];
  /** The open block: its holder (a representative's, or the organisation's). */
  let current: Holder | undefined;
  /** The party of the open block, which representatives speak for. */
  let party: Holder | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = lineEnd;
    if (!hasContent(text, lineStart, lineEnd)) {
      current = undefined;
      party = undefined;
    } else if (mayOpenOrContinue(text, lineStart, lineEnd, current !== undefined)) {
      const clauses = clausesOf(text, lineStart, lineEnd);
      const first = clauses[0];
      if (first && first.role === undefined && first.field === undefined) {
        // A block line starts with a field or a role; anything else is prose.
        if (current === undefined || !isDescription(text, first)) {
          current = undefined;
          party = undefined;
        }
      }
      if (
        current === undefined &&
        first &&
        first.role === undefined &&
        first.field !== undefined &&
        startsWithAgencyWord(text, lineStart, lineEnd)
      ) {
        current = newHolder(Role.officer, { start: first.start, end: first.start });
        holders.push(current);
      }
      for (const clause of clauses) {
        if (clause.role !== undefined) {
          const opened = openHolder(text, clause, current, party, holders);
          current = opened;
          if (opened.role === Role.party) party = opened;
          else if (opened.role !== Role.representative) party = undefined;
        }
        if (current === undefined) continue;
        const owner = clause.role !== undefined ? current : fieldOwner(current, clause.field);
        if (owner !== current && clause.role === undefined) current = owner;
        recordEvidence(owner, clause, text);
        starts.push(clause.start);
        ends.push(clause.end);
        owners.push(owner);
        if (clause.field === FieldKind.address && clause.labelled) {
          addresses.push({
            span: { start: clause.valueStart, end: clause.end },
            holder: owner,
            labelled: true,
          });
        } else if (clause.field === undefined && clause.role === undefined) {
          // A home written with no label we know (or none at all: 当事人张三，男，泸州市…12号).
          const start = clause.labelled ? clause.valueStart : valueAfterColon(text, clause);
          if (looksLikeAddress(text.slice(start, clause.end))) {
            addresses.push({ span: { start, end: clause.end }, holder: owner, labelled: false });
          }
        }
      }
    } else {
      current = undefined;
      party = undefined;
    }
    if (line >= text.length) break;
    lineStart = line + 1;
  }
  for (const holder of holders) settleKind(holder);
  const personalAddresses = addresses
    .filter(
      ({ holder, labelled }) =>
        holder.kind === HolderKind.person && (labelled || holder.role === Role.party),
    )
    .map(({ span }) => trimSpan(text, span));
  return {
    holders,
    spanStarts: Int32Array.from(starts),
    spanEnds: Int32Array.from(ends),
    spanHolders: owners,
    personalAddresses,
  };
}

/** Where a clause's value starts: after its label's colon (序号：…), else at its start. */
function valueAfterColon(text: string, clause: Clause): number {
  for (let i = clause.start; i < Math.min(clause.end, clause.start + 17); i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff1a || code === 0x3a) return i + 1;
  }
  return clause.start;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && code !== 0x0d && code !== 0x09) return true;
  }
  return false;
}

/**
 * A cheap look at the line's start before it is read clause by clause: most lines of a
 * decision are prose and are skipped here. A line may open a block when a colon or a role
 * word comes early; an open block also continues over description lines.
 */
function mayOpenOrContinue(text: string, start: number, end: number, open: boolean): boolean {
  if (open) return true;
  const limit = Math.min(end, start + 24);
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff1a || code === 0x3a || code === 0x09) return true;
  }
  // 当事人陈建国，男… : a role word with no colon, at the line's start.
  let i = start;
  while (i < limit && (isSpace(text.charCodeAt(i)) || !isHanCode(text.charCodeAt(i)))) i++;
  return i < limit && clausesOf(text, i, Math.min(end, i + 12))[0]?.role !== undefined;
}

function isDescription(text: string, clause: Clause): boolean {
  const bare = text.slice(clause.start, clause.end).trim();
  return bare.length <= 24 &&
    !/[。；]/.test(bare) &&
    bare.length > 0 &&
    !/^\d{4}年\d{1,2}月\d{1,2}日[^出生]*$/.test(bare)
    ? /^(?:男|女|男性|女性|.{1,4}族|.*出生|.*岁|住.*|个体工商户)$/.test(bare)
    : false;
}

function openHolder(
  text: string,
  clause: Clause,
  current: Holder | undefined,
  party: Holder | undefined,
  holders: Holder[],
): Holder {
  let role = clause.role!;
  const roleSpan = { start: clause.roleStart, end: clause.roleEnd };
  // 监护人身份证号：… is a field of the guardian named just before, not a new guardian.
  if (clause.field !== undefined && clause.field !== FieldKind.name && current) {
    const same =
      current.role === role ? current : current.parent?.role === role ? current.parent : undefined;
    if (same) return same;
  }
  // 联系人 outside a party's block is the agency's (联系人：王科长，联系电话：0830-…).
  if (role === Role.third && current?.kind === HolderKind.agency && isContactWord(text, clause))
    role = Role.officer;
  if (role === Role.third && current === undefined && isContactWord(text, clause))
    role = Role.officer;
  const parent =
    role === Role.representative && party && party.kind !== HolderKind.person ? party : undefined;
  const holder = newHolder(role, roleSpan, parent);
  if (parent) parent.organisationEvidence = true;
  const nameStart = clause.valueStart;
  const nameEnd = valueEnd(text, nameStart, clause.end);
  // 监护人身份证号：… names no one; 当事人：… and 当事人名称：… do.
  const naming = clause.field === undefined || clause.field === FieldKind.name;
  if (naming && nameEnd > nameStart) {
    const value = text.slice(nameStart, nameEnd);
    const personEnd = personNameEnd(text, nameStart, nameEnd);
    if (isOrganisationName(value) && role === Role.party) {
      holder.organisationEvidence = true;
      holder.name = { start: nameStart, end: nameEnd, text: value };
    } else if (personEnd > 0) {
      holder.name = { start: nameStart, end: personEnd, text: text.slice(nameStart, personEnd) };
    } else if (role === Role.party && /^[\u4e00-\u9fff（）()·]{2,40}$/.test(value)) {
      holder.name = { start: nameStart, end: nameEnd, text: value };
    }
  }
  holders.push(holder);
  return holder;
}

/** 联系人 and 经办人: the agency's in its closing lines, a company's in the company's block. */
function isContactWord(text: string, clause: Clause): boolean {
  const word = foldLabel(text.slice(clause.roleStart, clause.roleEnd));
  return word.endsWith('联系人') || word.endsWith('经办人');
}

/** Decides a holder's kind once its whole block has been read. */
function settleKind(holder: Holder): void {
  if (holder.role !== Role.party) return;
  if (holder.organisationEvidence) holder.kind = HolderKind.organisation;
  else if (holder.personEvidence) holder.kind = HolderKind.person;
  else if (holder.name && personNameEnd(holder.name.text, 0) === holder.name.text.length)
    holder.kind = HolderKind.person;
}

/** The holder of the block `pos` is in, if any. */
export function holderAt(blocks: PartyBlocks, pos: number): Holder | undefined {
  const { spanStarts, spanEnds } = blocks;
  let low = 0;
  let high = spanStarts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spanStarts[middle]! > pos) high = middle - 1;
    else if (spanEnds[middle]! <= pos) low = middle + 1;
    else return blocks.spanHolders[middle];
  }
  return undefined;
}
