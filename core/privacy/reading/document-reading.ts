import { detectDelimiter, parseCsv } from '../../spreadsheet/csv';
import { addressValueEnd, countyPrefixLength } from '../address';
import { characterSet, isHanCode } from '../internal/chars';
import type { RawFinding, ScanState } from '../internal/scan-state';
import { ageOn, dateLinesOf, datesIn, type TextDate } from './dates';
import { documentAt, documentStarts } from './documents';
import { dottedGivenName, hasNameDot, isNameDot } from './ethnic-names';
import { foldLabel } from './fields';
import { latinSpellings } from './foreign-names';
import {
  brokenLabelHomes,
  homeAddresses,
  isPublicFacility,
  residenceAddresses,
} from './home-addresses';
import { identityPapers, type PaperNumber } from './identity-papers';
import { LIST_NUMBER, numberedEntryAt } from './list-numbers';
import { listedBefore, listedBeside } from './marked-people';
import { hasNameMask } from './name-masks';
import { nameSpellings, simplifiedName } from './name-variants';
import { inOrganisationBracket } from './organisation-brackets';
import { isOrganisationName } from './organisation-name';
import {
  AGENCY_CONTACT_HOLDER,
  type Holder,
  HolderKind,
  holderAt,
  listsInTitle,
  ORGANISATION_DETAILS_HOLDER,
  type PartyBlocks,
  readPartyBlocks,
  type Span,
  thirdPersonHolder,
} from './party-blocks';
import {
  compoundSurnameAt,
  isSoftStop,
  isSurnameCode,
  personNameBefore,
  personNameEnd,
} from './person-name';
import { personRemarks, remarkAddresses, remarkAt } from './person-remarks';
import { readOnFindings } from './read-on';
import { readingFindings } from './reading-findings';
import { listedHomes, residentPlaces } from './resident-places';
import { type NameMention, roleMentions } from './role-mentions';
import { Role } from './roles';
import { idRows } from './row-addresses';
import { spelledMobiles } from './spelled-numbers';
import { stackedLabelsJoined } from './stacked-fields';
import { CELL_SEPARATOR } from './table-layout';
import { textTablePeople } from './text-tables';
import { organisationOwned, privatelyOwned } from './vehicles';
import { wrappedNumbers } from './wrapped-numbers';

/**
 * A document read the way a reviewer reads it before publication (DOMAIN.md §4b): who the
 * parties are and whether each is a natural person or an organisation, whose block each line
 * is, which natural persons other than the party it names, and whether the party is a minor.
 * The detectors consult it: an address under 地址 is deleted in a person's block and kept in a
 * company's; a name found once after 证人 is replaced everywhere.
 */
export interface DocumentReading {
  /** Whose block `pos` is in (undefined outside blocks: prose, headings). */
  holderAt(pos: number): Holder | undefined;
  readonly holders: readonly Holder[];
  /**
   * Natural persons other than the party, each to be replaced wherever it appears in the
   * document (the stretch [start, end) of a text holding several documents) it was found in.
   */
  readonly thirdPartyNames: readonly ScopedName[];
  /** Names that stay: the party, representatives, officers, lawyers. */
  readonly publicNames: readonly string[];
  /** Address values in natural persons' blocks, whatever their label says. */
  readonly personalAddresses: readonly Span[];
  /**
   * The same addresses as written, each to be removed wherever else its document repeats it
   * (该住房位于泸州市…126号 after 地址：泸州市…126号).
   */
  readonly repeatedAddresses: readonly ScopedName[];
  /** Each party that is a natural person under 18 on its decision's date. */
  readonly minors: readonly MinorParty[];
  /**
   * Whether a plate at `pos` is an organisation's vehicle (DOMAIN §4: only natural persons'
   * plates are deleted): in an organisation's block, or, outside any block and in a driver's
   * block (驾驶人：… 车辆号牌：… says who drove, not whose it is), when every party is an
   * organisation and the sentence does not say a private person owns it (reading/vehicles.ts).
   */
  companyVehicleAt(text: string, pos: number): boolean;
  /**
   * Whether the number starting at `pos` is an officer's credential, written in brackets (or
   * after a space) right after the officer's name in the officer's block (执法人员：孟繁宇
   * （15042920031）): public, though its digits may read as a mobile's. Asked by readOn; absent:
   * none known.
   */
  credentialAt?(pos: number): boolean;
  /**
   * What the reading changes in a scan's findings once the detectors are done (read-on.ts):
   * officers' credentials given back, addresses a PDF's spaces cut read on to their end. `to`:
   * where the scanned range ends.
   */
  readOn(scan: ScanState, to: number): void;
  /** Equal for two readings that decide the same (the incremental scanner compares them). */
  readonly signature: string;
  /**
   * What the reading finds in text[from, to) beyond numbers and labels, in text order: a
   * minor's finding, third persons' names, personal addresses (reading-findings.ts).
   */
  findingsIn(text: string, from: number, to: number): RawFinding[];
}

/** A name and the document it is replaced in. */
export interface ScopedName extends Span {
  readonly name: string;
  /** Set for a minor party's own name (its reason differs). */
  readonly minor?: boolean;
  /** An address found again only where it ends the place named (not …2组机耕道). */
  readonly place?: boolean;
}

export interface MinorParty {
  /** The child's name where the party block gives it, or the party's role word. */
  readonly start: number;
  readonly end: number;
  /** The child's name, when written out (its other occurrences are replaced too). */
  readonly name?: string;
  /** The child's name in the other script (a foreign child's 中文译名), replaced as the name is. */
  readonly otherName?: { readonly start: number; readonly text: string };
  readonly reason: string;
}

/** Under this age on the document's date, a party's decision is not published (DOMAIN §2). */
export const MINOR_AGE = 18;

/**
 * 未满十八周岁 said of a party in the facts (鉴于当事人系未满十八周岁的未成年人), by its role
 * word or by one of `partyNames`: where each such statement stands. Looked for only around
 * the places 周岁 or 未成年 is written.
 */
function minorStatements(text: string, partyNames: readonly string[]): number[] {
  const found: number[] = [];
  for (const word of ['周岁', '未成年']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const before = text.slice(Math.max(0, at - 30), at + word.length + 1);
      // 鉴于赵俊熙系已满十六周岁不满十八周岁的未成年人: the party named, not its role word.
      if (
        DECLARED_MINOR.test(before) ||
        partyNames.some((name) => {
          const named = before.lastIndexOf(name);
          return named >= 0 && SAID_UNDER_18.test(before.slice(named + name.length));
        })
      )
        found.push(at);
    }
  }
  return found;
}

/**
 * What says the person just named is under 18, in the same clause and about no one else (not
 * 赵俊熙的同学马一鸣未满十八周岁: a 的 or a comma in between and it may be someone else's).
 */
const SAID_UNDER_18 = /^[^。；，,\n的]{0,14}(?:(?:未满|不满)(?:十八|18)周岁|未成年)/;

/**
 * A party word, then SAID_UNDER_18; or the reason a decision gives for leniency, said of the
 * party by 其 (鉴于其系已满十六周岁不满十八周岁…: the decision's own party).
 */
// (Not 被处罚人明知其子未满十八周岁: said of a child of the party's.)
const DECLARED_MINOR =
  /(?:当事人|被处罚人|违法行为人|违法嫌疑人|申请人|受送达人|被执行人|行政相对人|(?:鉴于|由于|考虑到)其)(?:(?![其之][子女儿孙]|儿子|女儿|孩子|子女)[^。；\n]){0,20}(?:(?:未满|不满)(?:十八|18)周岁|系未成年)/;

/**
 * The date a party's decision was made: the 落款 after the party's block (a date alone on
 * its line: in a file of many decisions, the next one is this decision's), else the last
 * such line of the text, else the latest date written after the party. Undefined when
 * there is none.
 */
export function documentDate(
  text: string,
  after = 0,
  dateLines: readonly number[] = dateLinesOf(text),
): TextDate | undefined {
  // The first date line at or after `after` (binary search: a long file has thousands).
  let low = 0;
  let high = dateLines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dateLines[middle]! < after) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < dateLines.length; k++) {
    const date = dateOnLine(text, dateLines[k]!);
    if (date) return date;
  }
  for (let k = low - 1; k >= 0; k--) {
    const date = dateOnLine(text, dateLines[k]!);
    if (date) return date;
  }
  let latest: TextDate | undefined;
  for (const date of datesIn(text.slice(after, after + 8000), after)) {
    // A birth date (1985年11月3日出生) is nobody's decision date: with several parties, the
    // youngest one's would make the others minors.
    if (isBirth(text, date.end) || afterBirthLabel(text, date.start)) continue;
    if (date.day === 0) continue;
    // 处罚决定日期：2024-06-24 in a 双公示 record: the decision's date, whatever comes later
    // (处罚有效期：2025-06-24, 公示截止期：…: when the record stops showing, not its date).
    const label = labelBefore(text, date.start);
    if (DECISION_DATE_LABEL.test(label)) return date;
    if (PERIOD_END_LABEL.test(label)) continue;
    if (!latest || compare(date, latest) > 0) latest = date;
  }
  return latest;
}

/** The label a field's date follows (处罚决定日期：), or '' (up to 10 characters, no stop). */
function labelBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i--;
  if (text.charCodeAt(i) !== 0xff1a && text.charCodeAt(i) !== 0x3a) return '';
  return text.slice(Math.max(0, i - 10), i);
}
/** A field holding the decision's own date (处罚决定日期, 作出决定日期, 决定日期). */
const DECISION_DATE_LABEL = /(?:决定日期|決定日期|作出日期|处罚日期|處罚日期|决定时间|決定時間)$/;
/** A field holding when a period ends (处罚有效期, 公示截止期, 期限届满日期). */
const PERIOD_END_LABEL = /(?:有效期|截止期|截止日期|届满日期|屆滿日期|期限至|公示期限)$/;

/** True when the date ending at `end` is followed by 出生 or 生 (a birth date). */
function isBirth(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000) i++;
  const next = text.charCodeAt(i);
  return next === 0x751f || (next === 0x51fa && text.charCodeAt(i + 1) === 0x751f);
}

/** True when the date starting at `start` is a birth field's value (出生日期：1995年3月12日). */
function afterBirthLabel(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i--;
  if (text.charCodeAt(i) === 0xff1a || text.charCodeAt(i) === 0x3a) i--;
  return BIRTH_LABEL_END.test(text.slice(Math.max(0, i - 3), i + 1));
}

/** The end of a birth field's label (出生日期, 出生年月, 出生时间, 生日, 出生). */
const BIRTH_LABEL_END = /(?:出生(?:日期|年月|时间|時間)?|生日)$/;

/** The full date on the line starting at `start`, if it holds one. */
function dateOnLine(text: string, start: number): TextDate | undefined {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return datesIn(text.slice(start, end), start).find((found) => found.day > 0);
}

function compare(a: TextDate, b: TextDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whom a document with no party may be addressed to, in its first block. */
const ADDRESSEE_ROLE = /^(?:举报人|舉報人|检举人|檢舉人|投诉人|投訴人|信访人|信訪人)/;

function minorsOf(text: string, blocks: PartyBlocks): MinorParty[] {
  // A party with a birth date is a natural person, even one trading under a 字号 (经营字号：
  // …（个体工商户）) that also made it read as an organisation.
  let parties = blocks.holders.filter(
    (holder) =>
      holder.role === Role.party &&
      (holder.kind === HolderKind.person ||
        (holder.personEvidence && (holder.birth !== undefined || holder.age !== undefined))),
  );
  // A document addressed to a 举报人 (举报奖励告知书: 举报人：苏日格，…2009年3月2日出生, first of
  // its blocks): the person it is about, a child as any party.
  const first = blocks.holders[0];
  if (
    first?.role === Role.third &&
    first.birth !== undefined &&
    ADDRESSEE_ROLE.test(text.slice(first.roleSpan.start, first.roleSpan.end))
  )
    parties = [first, ...parties];
  const minors: MinorParty[] = [];
  if (parties.length === 0) {
    // 关于受助未成年人“小杰”寻亲结果的公告: a notice about a child, with no party block.
    const child = describedChild(text, blocks);
    if (child) minors.push(child);
    return minors;
  }
  let declared: number[] | undefined;
  for (const party of parties) {
    let reason: string | undefined;
    if (party.birth && party.birth.year > 1900) {
      const date = documentDate(text, party.roleSpan.start, blocks.dateLines);
      // A text whose only date is the birth date has no decision date to age the party on.
      if (date && compare(date, party.birth) > 0) {
        const age = ageOn(party.birth, date);
        if (age < MINOR_AGE) {
          const born = `${party.birth.year}年${party.birth.month}月${party.birth.day ? `${party.birth.day}日` : ''}`;
          reason = `当事人${born}出生，${date.year}年${date.month}月${date.day}日未满${MINOR_AGE}周岁：未成年人的决定不予公开`;
        }
      }
    } else if (party.age !== undefined && party.age < MINOR_AGE) {
      reason = `当事人${party.age}岁，未满${MINOR_AGE}周岁：未成年人的决定不予公开`;
    }
    if (!reason && !party.birth && party.age === undefined) {
      declared ??= minorStatements(
        text,
        parties.flatMap((holder) => (holder.name ? [holder.name.text] : [])),
      );
      // A statement is about the party whose block it follows (in a page of several
      // decisions, the one it stands in), else the first.
      if (party.declaredMinor || declared.some((at) => partyBefore(parties, at) === party))
        reason = `当事人未满${MINOR_AGE}周岁：未成年人的决定不予公开`;
    } else if (!reason && party.declaredMinor) {
      reason = `当事人未满${MINOR_AGE}周岁：未成年人的决定不予公开`;
    }
    if (!reason) continue;
    const name = party.name;
    // The same child named again in another party line (当事人：…, 违法行为人…) is one finding.
    if (name && minors.some((minor) => minor.name === name.text)) continue;
    const other = party.otherName;
    minors.push(
      name
        ? {
            start: name.start,
            end: name.end,
            name: name.text,
            ...(other ? { otherName: { start: other.start, text: other.text } } : {}),
            reason,
          }
        : { start: party.roleSpan.start, end: party.roleSpan.end, reason },
    );
  }
  return minors;
}

/** A title about a child (受助未成年人, 走失儿童): what a notice with no party is about. */
const CHILD_TITLE = /未成年|儿童|兒童/;
/** How far into the document its title is read. */
const MAX_TITLE = 120;
/** A person described in prose: 杨俊杰，男，2010年3月9日出生. */
const DESCRIBED_BIRTH =
  /([\u4e00-\u9fff]{2,4})[，,]\s*[男女][，,]\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月(?:([0-9]{1,2})日)?(?:出生|生)/g;

/**
 * The child a notice with no party is about: its title names a 未成年人 or 儿童, and the first
 * person its prose describes with a birth date is under 18 on the notice's date.
 */
function describedChild(text: string, blocks: PartyBlocks): MinorParty | undefined {
  if (!CHILD_TITLE.test(text.slice(0, MAX_TITLE))) return undefined;
  DESCRIBED_BIRTH.lastIndex = 0;
  const found = DESCRIBED_BIRTH.exec(text);
  if (!found) return undefined;
  const end = found.index + found[1]!.length;
  const start = personNameBefore(text, end);
  if (start < 0) return undefined;
  const birth: TextDate = {
    year: Number(found[2]),
    month: Number(found[3]),
    day: found[4] ? Number(found[4]) : 0,
    start: found.index + found[0].indexOf(found[2]!),
    end: found.index + found[0].length,
  };
  const date = documentDate(text, end, blocks.dateLines);
  if (!date || compare(date, birth) <= 0 || ageOn(birth, date) >= MINOR_AGE) return undefined;
  const born = `${birth.year}年${birth.month}月${birth.day ? `${birth.day}日` : ''}`;
  return {
    start,
    end,
    name: text.slice(start, end),
    reason: `${text.slice(start, end)}${born}出生，${date.year}年${date.month}月${date.day}日未满${MINOR_AGE}周岁：未成年人的信息不予公开`,
  };
}

/** The last of `parties` whose block starts before `at`, or the first. */
function partyBefore(parties: readonly Holder[], at: number): Holder {
  let found = parties[0]!;
  for (const party of parties) if (party.roleSpan.start <= at) found = party;
  return found;
}

/**
 * True when a name read at `end` ends a word: punctuation, or a character that follows names
 * (的, 等, 在…). After a party word the text usually goes on about the party (当事人施放气球,
 * 当事人游泳池周边), so only a name that ends so is read as a co-offender (同案违法行为人
 * 陈国华的陈述).
 */
/**
 * 当事人 in prose, once the party is known, is followed by words far more often than by
 * another party's name (当事人公章, 当事人代理其…, 当事人解释称, but 事故当事人邱德华的陈述);
 * after 被处罚单位 and the like, by words only (被处罚单位全额承担).
 */
const BARE_PARTY = /^(?:当事人|當事人)/;
/** A party word that names an organisation (被处罚单位, 违法单位): no person follows it. */
const ORGANISATION_PARTY = /(?:单位|單位)\s*$/;

/**
 * True when the name read after a bare 当事人 is a person's: three characters or more,
 * written again elsewhere in the text (邱德华承担次要责任), and not the party's name run
 * into the next word (当事人蔡俊均…).
 */
function namedAgain(text: string, mention: NameMention, partyNames: ReadonlySet<string>): boolean {
  // Two characters after 当事人 are a word (代理, 公章) far more often than a name.
  if (mention.name.length < 3) return false;
  for (const party of partyNames) if (mention.name.startsWith(party)) return false;
  const first = text.indexOf(mention.name);
  return first >= 0 && text.indexOf(mention.name, first + 1) >= 0;
}

function endsWord(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  return (
    Number.isNaN(code) || !isHanCode(code) || isSoftStop(code) || PREPOSITION_AFTER[code] === 1
  );
}

/** A preposition or a verb of saying right after a name (申请人邓国庆就其父…): it ends there. */
const PREPOSITION_AFTER = characterSet('就向对對将將在于於与與称稱从從把被因');

/**
 * 王明（执法证号：…）, 赵明远（警号051327）, 邓宇航（税务执法证号：…）: an officer, whatever
 * word came before.
 */
function hasCredential(text: string, end: number): boolean {
  return CREDENTIAL_AFTER.test(text.slice(end, end + MAX_CREDENTIAL_REACH));
}

/**
 * A credential in brackets after the name, or after the names listed with it (邹明、廖静（执法证号：
 * 51032123010112、51032123010127）: both officers, their numbers in one bracket).
 */
const CREDENTIAL_AFTER =
  /^(?:[、和及]\s*[\u4e00-\u9fff·]{2,4}){0,3}\s*[（(]\s*[\u4e00-\u9fff]{0,4}?(?:执法证|執法證|警号|警號|工作证|检查证|监督证)/;
const MAX_CREDENTIAL_REACH = 32;

/** 张三，XX律师事务所律师 / 律师张三: an agent who is a lawyer is named in public. */
/**
 * The lawyer's title said of the name itself: 律师张三, 张三律师, 张三，XX律师事务所律师,
 * 张三（XX律师事务所）. A 律师事务所 named later in the same sentence (张三的询问笔录、…律师
 * 事务所出具的说明) says nothing of 张三.
 */
const LAWYER_AFTER =
  /^(?:律[师師]|[，,（(]\s*[^，,。；;\n（）()]{0,16}(?<![非不])律[师師](?:事务所|事務所)?)/;

/** 苟建军（非律师）: said not to be one. */
function isLawyerAt(text: string, start: number, end: number): boolean {
  return (
    LAWYER_AFTER.test(text.slice(end, end + 24)) ||
    /^律[师師]$/.test(text.slice(Math.max(0, start - 2), start))
  );
}

/** A person the document calls a lawyer at any of the name's occurrences (律师欧阳晨…欧阳晨应携带). */
function isLawyer(text: string, mention: NameMention, known: Map<string, boolean>): boolean {
  if (isLawyerAt(text, mention.start, mention.end)) return true;
  let lawyer = known.get(mention.name);
  if (lawyer === undefined) {
    lawyer = false;
    const { name } = mention;
    for (let at = text.indexOf(name); at >= 0 && !lawyer; at = text.indexOf(name, at + 1)) {
      lawyer = isLawyerAt(text, at, at + name.length);
    }
    known.set(name, lawyer);
  }
  return lawyer;
}

/**
 * The parties a text of several cases names in their titles: a numbered case title that
 * opens with the party and ends in 案 (四、张树林无照经营散装白酒案。, （一）冉光明违法搭建案,
 * 案例二：皇甫秀珍冒用亡夫残疾军人证案, 五、勒流街道江顺荣花盆托盘积水案: a place may come first),
 * and a decision's title or link that gives its number, then its party (（农卫罚〔2024〕17号
 * 李德才）).
 */
function titledParties(text: string): string[] {
  const names: string[] = [];
  for (const [pattern, mark] of TITLE_PATTERNS) {
    // Most documents hold neither shape: a search for its mark first (the patterns would be
    // tried at every line).
    if (!mark.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index + match[0].length - match[1]!.length;
      // 皇甫秀珍, 四郎泽仁 (a compound surname's or a surnameless name's four characters):
      // where the name reader says the name ends, when it ends within the title's name.
      const read = personNameEnd(text, start);
      if (!isSurnameCode(text.charCodeAt(start)) || compoundSurnameAt(text, start)) {
        if (read - start >= 2 && read - start <= match[1]!.length) {
          names.push(simplifiedName(text.slice(start, read)));
          continue;
        }
      }
      for (const length of [3, 2, 4]) {
        const end = start + length;
        if (end <= start + match[1]!.length && personNameEnd(text, start, end) === end) {
          names.push(simplifiedName(text.slice(start, end)));
          break;
        }
      }
    }
  }
  return names;
}

/**
 * The parties of a 双公示 export typed as text (CSV, quoted or not, or tabs): under the
 * 行政相对人名称 and 法定代表人 (负责人, 经营者) columns each row names its decision's party and
 * legal representative, public as they are on the provincial platforms.
 */
function exportedParties(text: string): string[] {
  const headerAt = text.indexOf('行政相对人名称');
  if (headerAt < 0) return [];
  const table = text.slice(text.lastIndexOf('\n', headerAt) + 1);
  const [titles = [], ...rows] = parseCsv(table, detectDelimiter(table));
  if (titles.length < MIN_EXPORT_COLUMNS) return [];
  const columns = titles.flatMap((title, index) =>
    EXPORT_PARTY_COLUMN.test(title.trim()) ? [index] : [],
  );
  const names: string[] = [];
  for (const cells of rows) {
    if (cells.length < MIN_EXPORT_COLUMNS) continue;
    for (const column of columns) {
      const cell = cells[column]?.trim();
      if (
        cell &&
        cell.length >= 2 &&
        cell.length <= 4 &&
        personNameEnd(cell, 0, cell.length) === cell.length
      )
        names.push(simplifiedName(cell));
    }
  }
  return names;
}

/** The columns of a party and its representative in a 双公示 export. */
const EXPORT_PARTY_COLUMN =
  /^(?:行政相对人名称|法定代表人|法定代表人（负责人）|法定代表人\(负责人\)|负责人|经营者)$/;
const MIN_EXPORT_COLUMNS = 5;

/** A numbered case title's opening, up to the name's first characters (its end is checked after). */
const CASE_TITLE =
  /(?:^|\n)[ \t\u3000]*(?:(?:典型)?案例[一二三四五六七八九十]{1,3}[：:、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])[ \u3000]*(?:[\u4e00-\u9fff]{2,6}?(?:街道|镇|鎮|乡|鄉|社区|社區))?(?=[\u4e00-\u9fff]{2,4}[\u4e00-\u9fff]{2,20}?案(?:[。：:\n]|$))([\u4e00-\u9fff]{2,4})/g;
/** A decision's number, a space, then its party's name closing the bracket. */
const NUMBER_THEN_PARTY = /号[ \u3000]+(?=[\u4e00-\u9fff]{2,4}[）)])([\u4e00-\u9fff]{2,4})/g;
const TITLE_PATTERNS: readonly (readonly [RegExp, RegExp])[] = [
  [CASE_TITLE, /案(?:[。：:\n]|$)/],
  [NUMBER_THEN_PARTY, /号[ \u3000]/],
];

function decideNames(
  text: string,
  blocks: PartyBlocks,
  mentions: readonly NameMention[],
  minors: readonly MinorParty[],
  starts: readonly number[],
  listedParties: readonly string[] = [],
): { third: ScopedName[]; public: string[] } {
  // No one named at all (a 文号, a company's name: the static pages read every field so).
  if (
    blocks.holders.length === 0 &&
    mentions.length === 0 &&
    minors.length === 0 &&
    listedParties.length === 0
  )
    return { third: [], public: [] };
  const publicNames = new Set<string>();
  const partyNames = new Set<string>();
  const report = isInvestigationReport(text);
  const partyList = listsPartiesByNumber(text);
  /** Third persons' names, and where each was named (one position per document). */
  const third = new Map<string, number[]>();
  /** Each third person's name as written (周國強 mixes the scripts: 周 is also Traditional). */
  const written = new Map<string, Set<string>>();
  const addThird = (name: string, at: number, asWritten: string) => {
    // A name already masked (刘某某) is not looked for again: it is what redaction writes.
    if (hasNameMask(name)) return;
    const places = third.get(name);
    if (places) places.push(at);
    else third.set(name, [at]);
    const spellings = written.get(name);
    if (spellings) spellings.add(asWritten);
    else written.set(name, new Set([asWritten]));
  };
  const blockNameStarts = new Map<number, Holder>();
  /** The agency's people by where their role word starts (联系人：冯志刚、李娜: both its). */
  const officerRoles = new Set<number>();
  /** Whether each name is called a lawyer somewhere in the text (looked up once per name). */
  const lawyers = new Map<string, boolean>();
  for (const holder of blocks.holders) {
    if (!holder.name) continue;
    blockNameStarts.set(holder.name.start, holder);
    if (holder.role === Role.officer) officerRoles.add(holder.roleSpan.start);
    // One person written in Simplified and Traditional is one name (劉春梅 = 刘春梅).
    const name = simplifiedName(holder.name.text);
    // An accident's investigation report decides on no one: its 驾驶人 is a person named in it.
    // A company named as a third party (户名：…有限公司 in a row of others) is no person.
    const third =
      (holder.role === Role.third && !isOrganisationName(holder.name.text)) ||
      (report && holder.role === Role.party && holder.kind === HolderKind.person);
    // A masked party name (王某某) tells nothing of who else is the party.
    if (holder.role === Role.party && !third && !hasNameMask(name)) partyNames.add(name);
    // 核验人员：刘忠（执法证号：…）: a credential after the name makes it an officer's.
    if (third && !holder.lawyer && !hasCredential(text, holder.name.end))
      addThird(name, holder.name.start, holder.name.text);
    else publicNames.add(name);
  }
  // A roundup's case titles (四、张树林无照经营散装白酒案。) and a listing's titles with their
  // numbers (…决定书（农卫罚〔2024〕17号 李德才）) name each case's party: public, as a party's.
  for (const name of titledParties(text)) publicNames.add(name);
  for (const name of exportedParties(text)) publicNames.add(name);
  // 下列承租人… over a table of 承租人: the people the notice is addressed to, named in public
  // (承租人王建 again in its prose is one of them).
  for (const name of listedParties) publicNames.add(simplifiedName(name));
  /**
   * Names after an officer's word with no credential (承办人郑小兵): public unless read as a
   * third person too (基层法律服务工作者何文斌、郑小兵, 仅审核员姚斌一人在岗，姚斌陈述): 承办人,
   * 审核员 and 工作人员 are posts in any organisation, not only the agency's. A name read only
   * from starting clauses does not outweigh the officer's word.
   */
  const plainOfficers = new Set<string>();
  const calledThird = new Set<string>();
  const nicknames: NameMention[] = [];
  // The post each officer was read under (体育彩票管理中心专管员何建军): the same post before the
  // same name elsewhere (专管员何建军出具的…) is that officer again, not a third person.
  const officerPosts = new Set<string>();
  for (const mention of mentions) {
    if (mention.role === Role.officer && mention.roleStart < mention.start)
      officerPosts.add(text.slice(mention.roleStart, mention.end));
  }
  for (const mention of mentions) {
    const holder = blockNameStarts.get(mention.start);
    if (holder) continue;
    // 一、李正才（…），身份证号…: a notice to 下列当事人 numbers its parties, named in public.
    if (partyList && mention.role !== Role.officer && numberedEntryAt(text, mention.start)) {
      publicNames.add(simplifiedName(mention.name));
      continue;
    }
    if (mention.nicknameOf !== undefined) {
      nicknames.push(mention);
      continue;
    }
    const name = simplifiedName(mention.name);
    // The next name of a list the block read as the agency's is the agency's too.
    const role = officerRoles.has(mention.roleStart) ? Role.officer : mention.role;
    switch (role) {
      case Role.officer:
        if (hasCredential(text, mention.end)) publicNames.add(name);
        else plainOfficers.add(name);
        break;
      case Role.party:
        if (report) {
          addThird(name, mention.start, mention.name);
          break;
        }
        // The party named again in the facts; another name after 违法行为人 is a co-offender.
        if (partyNames.has(name)) break;
        if (partyNames.size === 0 || mention.penalised) {
          partyNames.add(name);
          publicNames.add(name);
        } else if (
          endsWord(text, mention.end) &&
          !ORGANISATION_PARTY.test(text.slice(mention.roleStart, mention.start)) &&
          (!BARE_PARTY.test(text.slice(mention.roleStart, mention.start)) ||
            namedAgain(text, mention, partyNames))
        )
          addThird(name, mention.start, mention.name);
        break;
      case Role.representative: {
        // The party's own representative (公司…（经营者：何美玲）); the head of another
        // business named in the facts (该茶楼经营者贾春燕) is a third person.
        const owner = blocks.holders.length > 0 ? holderAt(blocks, mention.start) : undefined;
        if (
          owner?.role === Role.party ||
          owner?.role === Role.representative ||
          // 下列个体工商户…：一、…奶茶店（…经营者：农凤…）: each party's operator, in public.
          (partyList &&
            NUMBERED_LINE.test(
              text.slice(text.lastIndexOf('\n', mention.start) + 1, mention.start),
            )) ||
          // Any company's 法定代表人 is public (its registration says so), the party's or not.
          /^(?:法定代表人|法人代表)/.test(
            foldLabel(text.slice(mention.roleStart, mention.roleStart + 5)),
          ) ||
          penalisedOperator(text, mention.roleStart)
        )
          publicNames.add(name);
        else addThird(name, mention.start, mention.name);
        break;
      }
      default:
        if (isLawyer(text, mention, lawyers) || hasCredential(text, mention.end))
          publicNames.add(name);
        else if (
          mention.roleStart < mention.start &&
          officerPosts.has(text.slice(mention.roleStart, mention.end))
        )
          plainOfficers.add(name);
        else if (
          // 联系人：钱瑾 on the agency's own contact line above its name and date.
          /^联系人[：:]/.test(text.slice(mention.roleStart, mention.roleStart + 4)) &&
          mention.roleStart < mention.start &&
          holderAt(blocks, mention.roleStart)?.kind === HolderKind.agency
        )
          plainOfficers.add(name);
        else {
          addThird(name, mention.start, mention.name);
          if (!mention.bySubject) calledThird.add(name);
        }
    }
  }
  for (const name of plainOfficers) if (!calledThird.has(name)) publicNames.add(name);
  const minorNames = new Set<string>();
  for (const minor of minors) {
    if (!minor.name || hasNameMask(minor.name)) continue;
    const spellings: [number, string][] = [[minor.start, minor.name]];
    if (minor.otherName) spellings.push([minor.otherName.start, minor.otherName.text]);
    for (const [at, written] of spellings) {
      const name = simplifiedName(written);
      publicNames.delete(name);
      minorNames.add(name);
      addThird(name, at, written);
    }
  }
  // A minor's parent named as a party of the child's matter (申请人：王丽娜（系变更对象之母，
  // 法定监护人）): the parents' names go with the child's (issue 12), whatever their role.
  if (minorNames.size > 0) {
    for (const name of [...publicNames]) {
      const at = parentOfMinorAt(text, name);
      if (at < 0) continue;
      publicNames.delete(name);
      addThird(name, at, name);
    }
  }
  // A nickname goes as its person's name goes: public for the party, deleted for a
  // third person and a minor.
  for (const mention of nicknames) {
    if (publicNames.has(simplifiedName(mention.nicknameOf!)))
      publicNames.add(simplifiedName(mention.name));
    else addThird(simplifiedName(mention.name), mention.start, mention.name);
  }
  listedBesideThird(text, third, written, publicNames, addThird);
  // 买买提江·艾合买提 is called 买买提江 once the document has named him in full: the
  // given name, before the dot, goes wherever the whole name goes.
  for (const [name, places] of hasNameDot(text) ? [...third] : []) {
    // Three characters or more (艾力, 阿里 are also the start of other words: 阿里巴巴), and
    // written alone somewhere.
    const given = dottedGivenName(name);
    if (given === undefined || given.length < 3 || !writtenAlone(text, given)) continue;
    // Not where it is part of a public name too (the party 艾尔肯·吐尔逊, called 吐尔逊).
    if (third.has(given) || [...publicNames].some((known) => known.includes(given))) continue;
    for (const at of places) addThird(given, at, given);
  }
  const scoped: ScopedName[] = [];
  for (const [name, places] of third) {
    if (publicNames.has(name) && !minorNames.has(name)) continue;
    let last = -1;
    for (const at of places.sort((a, b) => a - b)) {
      const [start, end] = documentAt(starts, text.length, at);
      if (start === last) continue;
      last = start;
      const spellings = [
        ...nameSpellings(name),
        ...written.get(name)!,
        ...latinSpellings(text, name),
      ];
      for (const spelling of new Set(spellings)) {
        scoped.push({
          name: spelling,
          start,
          end,
          ...(minorNames.has(name) ? { minor: true } : {}),
        });
      }
    }
  }
  scoped.sort((a, b) => a.start - b.start || b.name.length - a.name.length);
  const publicSpellings = [...publicNames]
    .filter((name) => !minorNames.has(name))
    .flatMap((name) => nameSpellings(name));
  return { third: scoped, public: publicSpellings };
}

/**
 * Where the agency's contact line that goes on at `from` ends: the sentence's end, a closing
 * bracket (（联系人：郭志远，联系电话：⏎0372-8128325）), or a line that starts another field
 * (联系人：邵刚　联系电话：…⏎本局地址：…, and a 送达回证's 受送达人 lines after it).
 */
function contactEnd(text: string, from: number): number {
  CONTACT_END.lastIndex = from;
  for (let stop = CONTACT_END.exec(text); stop; stop = CONTACT_END.exec(text)) {
    if (stop[0] !== '\n' || FIELD_LINE.test(text.slice(stop.index + 1, stop.index + 16)))
      return stop.index;
  }
  return text.length;
}

const CONTACT_END = /[。）)\n]/g;
/** A line that starts with a label (本局地址：, 受送达人：) or is blank. */
const FIELD_LINE = /^\s*(?:$|\n|[^\n：:，。]{1,12}[：:])/;

/**
 * A label for where the public reaches the agency: 受理投诉地址, 举报电话, 咨询地点, read back
 * from a full-width colon after 址, 点 or 话 (one regex with the alternatives over the whole
 * text was a percent of the reading).
 */
const SERVICE_LABEL =
  /(?:受理|投诉|投訴|举报|舉報|咨询|諮詢)[^：:\n，。]{0,6}?(?:地址|地点|地點|电话|電話)：$/;
/** A home's phone (家中固定电话, 家庭电话, 住宅电话). */
const HOME_PHONE_LABEL = /(?:家中|家庭|住宅)(?:固定|座机)?电话：$/;
const HOME_PHONE_END = /[，,。；;\n]/g;
/** The last character of 地址, 地点, 电话 before the colon. */
const PLACE_OR_PHONE_END = characterSet('址点點话話');

/**
 * The people a document says the agency penalised (对段志华作出罚款…的处罚, 对段志华并处行政拘留,
 * 对其处以…): in a 通报 that has no party block, they are the parties of those decisions.
 */
function penalisedParties(text: string): NameMention[] {
  const found: NameMention[] = [];
  // 李梓萌被依法暂扣机动车驾驶证, 黃偉強被依法處行政拘留: the passive says it as well.
  for (let at = text.indexOf(BY_LAW); at >= 0; at = text.indexOf(BY_LAW, at + BY_LAW.length)) {
    // 古志雄已被依法…: the name ends before 已.
    const end = text.charCodeAt(at - 1) === 0x5df2 ? at - 1 : at;
    const start = personNameBefore(text, end, (from) => !isHanCode(text.charCodeAt(from - 1)));
    if (start >= 0)
      found.push({
        name: text.slice(start, end),
        start,
        end,
        role: Role.party,
        roleStart: end,
        penalised: true,
      });
  }
  // 目前，段志鹏、宫少华因殴打他人，已被公安机关依据…分别处以行政拘留…: the people a sentence
  // opens with, then 因 (why) and the passive of a penalty.
  for (let at = text.indexOf('被'); at >= 0; at = text.indexOf('被', at + 1)) {
    if (!PENALTY_AHEAD.test(text.slice(at, at + PENALTY_REACH))) continue;
    let sentence = at;
    while (
      sentence > 0 &&
      at - sentence < PENALTY_REACH &&
      !SENTENCE_ENDS[text.charCodeAt(sentence - 1)]
    )
      sentence--;
    const opening = PENALISED_OPENING.exec(text.slice(sentence, at));
    if (!opening) continue;
    let start = sentence + opening.index + opening[0].length - opening[1]!.length - 1;
    for (const name of opening[1]!.split('、')) {
      const end = start + name.length;
      if (personNameEnd(text, start, end) === end)
        found.push({ name, start, end, role: Role.party, roleStart: end, penalised: true });
      start = end + 1;
    }
  }
  for (const to of ['对', '對'])
    for (let at = text.indexOf(to); at >= 0; at = text.indexOf(to, at + 1)) {
      const start = at + 1;
      if (!isSurnameCode(text.charCodeAt(start))) continue;
      for (const length of [3, 2]) {
        const end = start + length;
        if (PENALISED_FIRSTS[text.charCodeAt(end)] !== 1) continue;
        if (
          PENALISED_AFTER.test(text.slice(end, end + 6)) &&
          personNameEnd(text, start, end) === end
        ) {
          found.push({
            name: text.slice(start, end),
            start,
            end,
            role: Role.party,
            roleStart: at,
            penalised: true,
          });
          break;
        }
      }
    }
  return found;
}

const PENALISED_FIRSTS = characterSet('作并並处處给給予');
/** After 被, within the sentence, a penalty (处以, 给予, 行政拘留, 罚款). */
const PENALTY_AHEAD = /^被[^。；\n]{0,80}?(?:处以|處以|给予|給予|行政拘留|罚款|罰款)/;
const PENALTY_REACH = 100;
const SENTENCE_ENDS = characterSet('。；;\n！？');
/** A sentence's or a clause's first words: names (listed with 、), then 因 or 已. */
const PENALISED_OPENING =
  /(?:^|[，,：:])\s*([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,5})(?:因|已)/;
/** 被依法 after a name that starts a sentence: the person the decision was made on. */
const BY_LAW = '被依法';
/** After the name: the decision made on the person (作出…处罚, 并处, 处以, 给予…). */
const PENALISED_AFTER =
  /^(?:作出|作出了|並處|并处|处以|處以|给予|給予|予以)(?!表扬|表彰|奖励|獎勵)/;

/** A line that a list's number opens, then an organisation's name (一、靖西市…奶茶店（…). */
const NUMBERED_LINE = new RegExp(
  `^\\s*${LIST_NUMBER}[^，。；\\n]{2,40}(?:店|厂|廠|部|社|馆|館|行|坊|场|場|所|中心)[（(][^）)]*$`,
);

/** True when `given` stands in `text` somewhere not followed by a name's dot. */
function writtenAlone(text: string, given: string): boolean {
  for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
    if (!isNameDot(text.charCodeAt(at + given.length))) return true;
  }
  return false;
}

/** How many rounds of list reading: each finds the people listed beside the last found. */
const MAX_LIST_ROUNDS = 3;

/**
 * Everyone listed beside a third person, wherever that person is named (询问笔录（严小峰、
 * 任静、周勇） once 严小峰 is known, 对当事人、吴光荣、黄永贵 once 黄永贵 is): added as third
 * persons too. Redaction turns each third person into a masked name, and a masked name
 * starts such a list (marked-people.ts), so the redacted text must find nobody there that
 * this reading did not.
 */
function listedBesideThird(
  text: string,
  third: ReadonlyMap<string, number[]>,
  written: ReadonlyMap<string, ReadonlySet<string>>,
  publicNames: ReadonlySet<string>,
  addThird: (name: string, at: number, asWritten: string) => void,
): void {
  let round = [...third.keys()];
  for (let count = 0; count < MAX_LIST_ROUNDS && round.length > 0; count++) {
    const found: string[] = [];
    for (const name of round) {
      if (publicNames.has(name)) continue;
      for (const spelling of written.get(name) ?? [name]) {
        for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
          const addListed = (start: number, end: number) => {
            const listed = text.slice(start, end);
            const simplified = simplifiedName(listed);
            if (!third.has(simplified) && !publicNames.has(simplified)) found.push(simplified);
            addThird(simplified, start, listed);
          };
          listedBeside(text, at + spelling.length, addListed);
          listedBefore(text, at, addListed);
        }
      }
    }
    round = found;
  }
}

/** Shortest address worth looking for again: 某村3组18号 is specific, 江阳区 is not. */
const MIN_REPEATED_ADDRESS = 6;

/** A house number, a flat, a building: what makes an address one home. */
const HOUSE_LEVEL = /[号號室栋棟幢]|单元|單元/;

/** The personal addresses as written, scoped to their document, to be found again. */
/** A town or a 街道 heading an address's tail (皋兰路街道, 二郎镇): dropped when written again. */
const TOWN_LEVEL = /^[\u4e00-\u9fff]{1,8}?(?:街道|镇|鎮|乡|鄉)(?![村组組道路街])/;
/** After a street's house number, an estate's name and a flat in it, to the value's end. */
const ESTATE_FLAT_TAIL =
  /(?<=[号號])[\u4e00-\u9fff]{2,12}?(?:小区|小區|花园|花園|家园|家園|苑|公寓|新村|大厦|大廈)[A-Za-z0-9０-９]+\s*(?:[栋棟幢座]|号楼|號樓)[\s\S]*?(?:室|户|戶|房)$/;
/** Shortest street-and-house read again (静宁路236号, 8 characters). */
const MIN_REPEATED_STREET = 8;

function addressesToRepeat(
  text: string,
  spans: readonly Span[],
  starts: readonly number[],
): ScopedName[] {
  const repeated: ScopedName[] = [];
  for (const span of spans) {
    const value = text.slice(span.start, addressValueEnd(text, span.start, span.end));
    const tail = value.slice(countyPrefixLength(value));
    // A value with no word of a place (住所：.00000) is looked for nowhere else.
    if (
      tail.length < MIN_REPEATED_ADDRESS ||
      !/[0-9０-９号號组組室]/.test(tail) ||
      !/[\u4e00-\u9fff]/.test(value) ||
      isPublicFacility(value)
    )
      continue;
    const [start, end] = documentAt(starts, text.length, span.start);
    // A village group's (…关山村2组) only where it ends the place: 关山村2组机耕道 is where an
    // offence happened, not the home; so too a town's village group with no county before it
    // (童寺镇石马村5组村民…, then 石马村5组王家湾田, a field).
    repeated.push(
      tail === value && !HOUSE_LEVEL.test(value)
        ? { name: value, start, end, place: true }
        : { name: value, start, end },
    );
    // Written again without its county (二郎镇太平村五组45号 after 古蔺县二郎镇…45号), a
    // village group's only where it ends the place.
    if (tail !== value) {
      repeated.push(
        HOUSE_LEVEL.test(tail)
          ? { name: tail, start, end }
          : { name: tail, start, end, place: true },
      );
    }
    // Written again from its street (对静宁路236号2号楼3单元402室进行了复查 after 兰州市城关区
    // 皋兰路街道静宁路236号…): a house or a flat only, which no other place shares.
    const town = TOWN_LEVEL.exec(tail);
    if (town) {
      const street = tail.slice(town[0].length);
      if (street.length >= MIN_REPEATED_STREET && HOUSE_LEVEL.test(street))
        repeated.push({ name: street, start, end });
    }
    // …and from its estate (你承租的胜利公租房小区B栋2单元704室 after …胜利路东一巷8号胜利
    // 公租房小区B栋2单元704室): a flat in it, which no other place shares either.
    const estate = ESTATE_FLAT_TAIL.exec(tail);
    if (estate && estate.index > 0) repeated.push({ name: estate[0], start, end });
  }
  return repeated;
}

/** The blocks' addresses and the homes named in prose, in text order, each place once. */
function withHomes(blockAddresses: readonly Span[], homes: readonly Span[]): readonly Span[] {
  if (homes.length === 0) return blockAddresses;
  const taken = new Set(blockAddresses.map((span) => span.start));
  const added: Span[] = [];
  for (const home of homes) {
    // One home may be read twice (a remark's 暂住 and the dwelling word): kept once.
    if (taken.has(home.start)) continue;
    taken.add(home.start);
    added.push(home);
  }
  return [...blockAddresses, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Reads `text` (plain text, or the text projection of an HTML page with its tables read as
 * fields). A text holding several documents (documents.ts: an export of a year's decisions)
 * is read one document at a time: each decision's parties, names and minors are its own.
 */
export function readDocument(text: string): DocumentReading {
  return readDocuments(text);
}

/**
 * readDocument, taking the reading of a document unchanged since the last call from
 * `previous` (keyed by the document's text) instead of reading it again, and putting every
 * document's reading into `next`: an editor changes one document of a long text at a time
 * (IncrementalScanner). The result is the same as readDocument's.
 */
export function readDocuments(
  original: string,
  previous?: ReadonlyMap<string, DocumentReading>,
  next?: Map<string, DocumentReading>,
): DocumentReading {
  const text = stackedLabelsJoined(boxBordersAsCells(original));
  const starts = documentStarts(text, dateLinesOf(text));
  if (starts.length === 1) {
    const reading = previous?.get(text) ?? readOneDocument(text);
    next?.set(text, reading);
    return reading;
  }
  const readings = starts.map((start, k) => {
    const part = text.slice(start, k + 1 < starts.length ? starts[k + 1] : text.length);
    const reading = previous?.get(part) ?? readOneDocument(part);
    next?.set(part, reading);
    return reading;
  });
  return joinedReadings(starts, readings);
}

/** How far back in its bracket a business's registration is read. */
const REGISTRATION_REACH = 60;
const REGISTRATION = /个体工商户|個體工商戶|统一社会信用代码|統一社會信用代碼/;
/** The business's own name before its bracket: Han characters back to a stop. */
const BUSINESS_BEFORE = /([\u4e00-\u9fff]{2,30})$/;

/**
 * True when the 经营者 at `roleStart` is the registered operator of a business the document
 * says it penalised (…茶葉店（個體工商戶，統一社會信用代碼：92…，經營者：岩溫）… 對…茶葉店作出;
 * 该油坊（…，经营者王德山）… 已对该油坊作出): the party of a 通报, named in public. Another
 * business's operator (the shop the party bought from) is a third person.
 */
function penalisedOperator(text: string, roleStart: number): boolean {
  if (!/^(?:经营者|經營者)/.test(text.slice(roleStart, roleStart + 3))) return false;
  const before = text.slice(Math.max(0, roleStart - REGISTRATION_REACH), roleStart);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0 || /[）)]/.test(before.slice(open))) return false;
  const business = BUSINESS_BEFORE.exec(before.slice(0, open))?.[1];
  if (!business) return false;
  // （个体工商户，经营者…）, or a shop's own name right before （经营者：…）: its registration.
  if (!REGISTRATION.test(before.slice(open)) && !BUSINESS_END.test(business)) return false;
  // A roundup tells each case in its paragraph: the business penalised or put on file there
  // (…该厂（个体工商户，经营者冯东发）…，已责令整改并处罚款…).
  let paragraphEnd = text.indexOf('\n', roleStart);
  if (paragraphEnd < 0) paragraphEnd = text.length;
  // (Not the shop it bought from: 其原料从…卤菜店（…经营者赵富强）购进.)
  if (
    PENALISED_HERE.test(text.slice(roleStart, paragraphEnd)) &&
    !SOURCE_BEFORE.test(clauseBefore(before.slice(0, open)))
  )
    return true;
  // Named again (对景洪市勐龍鎮岩溫茶葉店作出: the Han run before the bracket may hold more
  // of the sentence, 直播間由…), or as 该 and its last word (对该油坊作出).
  for (const on of ['对', '對']) {
    for (let length = business.length; length >= MIN_BUSINESS_NAME; length--)
      if (text.includes(`${on}${business.slice(-length)}`)) return true;
    for (const tail of [business.slice(-2), business.slice(-1)])
      if (text.includes(`${on}该${tail}作出`) || text.includes(`${on}該${tail}作出`)) return true;
  }
  return false;
}

/** The clause a business's name ends (back to the last stop). */
function clauseBefore(text: string): string {
  let start = text.length;
  while (start > 0 && !'，,。；;\n：:'.includes(text[start - 1]!)) start--;
  return text.slice(start);
}
/** A source or a place the business is named as, not the case's subject (从…, 向…, 在…). */
const SOURCE_BEFORE = /[从從向自在于於]/;

/** The last characters of a shop's or a small business's name (茶叶经营部, 书店, 五金厂). */
const BUSINESS_END = /(?:店|部|厂|廠|行|坊|馆|館|站|超市|中心|场|場|社|室|所)$/;
/** What the agency did to the business in the paragraph that tells its case. */
const PENALISED_HERE =
  /罚款|罰款|警告|立案|责令|責令|没收|沒收|吊销|吊銷|行政处罚|行政處罰|查处|查處|处罚|處罰/;

/** Shortest end of a business's name looked for again after 对 (…茶葉店, not 店). */
const MIN_BUSINESS_NAME = 4;

/** The vertical lines of a table drawn with box-drawing characters (│ 住址 │ …). */
const BOX_VERTICALS = /[│┃║]/g;
/** Its lines' first and last borders: no cell before or after them. */
const BOX_EDGES = /^([ \t\u3000]*)[│┃║]|[│┃║]([ \t\u3000]*)$/gm;
/**
 * Its lines that draw only the rules between rows (├────┼────┤), with the line break before
 * them: no line at all, so the rows stand together as an HTML table's do (a blank line
 * between two would end the party's block).
 */
const BOX_RULES = /\r?\n[ \t\u3000]*[\u2500-\u257f][\u2500-\u257f \t\u3000]*(?=\r?\n|$)/g;

/**
 * A table typed with box-drawing characters (┌──┬──┐, │ 送达地点 │ 营山县… │), as OCR and
 * word processors export one, read as an HTML table is: each vertical line a cell separator,
 * so a label cell and its value cell are one field. The same length, so every span found
 * stands where it stands in the text.
 */
function boxBordersAsCells(text: string): string {
  BOX_VERTICALS.lastIndex = 0;
  if (!BOX_VERTICALS.test(text)) return text;
  return text
    .replace(BOX_RULES, (rule) => ' '.repeat(rule.length))
    .replace(BOX_EDGES, (_edge, before, after) =>
      before === undefined ? ` ${after}` : `${before} `,
    )
    .replace(BOX_VERTICALS, CELL_SEPARATOR);
}

/** Spans moved by `offset` (a document's reading placed where the document stands). */
function shifted<T extends Span>(items: readonly T[], offset: number): T[] {
  return items.map((item) => ({ ...item, start: item.start + offset, end: item.end + offset }));
}

/**
 * The readings of consecutive documents starting at `starts`, as one reading of the whole
 * text. Holders keep positions within their own document (only their kind and role are
 * asked for).
 */
function joinedReadings(
  starts: readonly number[],
  readings: readonly DocumentReading[],
): DocumentReading {
  const indexAt = (pos: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= pos) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  // Made when asked: scanning asks each document for its findings (findingsIn), and only
  // attributes of an HTML page and the widgets' minor check read the lists joined.
  let holders: readonly Holder[] | undefined;
  let thirdPartyNames: readonly ScopedName[] | undefined;
  let publicNames: readonly string[] | undefined;
  let personalAddresses: readonly Span[] | undefined;
  let repeatedAddresses: readonly ScopedName[] | undefined;
  let minors: readonly MinorParty[] | undefined;
  let signature: string | undefined;
  const organisationParties = readings.some((reading) =>
    reading.holders.some((holder) => holder.role === Role.party),
  )
    ? readings.every((reading) =>
        reading.holders.every(
          (holder) => holder.role !== Role.party || holder.kind === HolderKind.organisation,
        ),
      )
    : false;
  const joined = <T extends Span>(list: (reading: DocumentReading) => readonly T[]) =>
    readings.flatMap((reading, k) => shifted(list(reading), starts[k]!));
  return {
    holderAt(pos) {
      const k = indexAt(pos);
      return readings[k]!.holderAt(pos - starts[k]!);
    },
    get holders() {
      holders ??= readings.flatMap((reading) => reading.holders);
      return holders;
    },
    get thirdPartyNames() {
      thirdPartyNames ??= joined((reading) => reading.thirdPartyNames);
      return thirdPartyNames;
    },
    get publicNames() {
      publicNames ??= [...new Set(readings.flatMap((reading) => reading.publicNames))];
      return publicNames;
    },
    get personalAddresses() {
      personalAddresses ??= joined((reading) => reading.personalAddresses);
      return personalAddresses;
    },
    get repeatedAddresses() {
      repeatedAddresses ??= joined((reading) => reading.repeatedAddresses);
      return repeatedAddresses;
    },
    get minors() {
      minors ??= joined((reading) => reading.minors);
      return minors;
    },
    companyVehicleAt(text, pos) {
      return companyVehicle(text, pos, (at) =>
        vehicleOfOrganisation(this.holderAt(at), organisationParties, text, at),
      );
    },
    readOn(scan, to) {
      readOnFindings(scan, to, (pos) => {
        const k = indexAt(pos);
        return readings[k]!.credentialAt?.(pos - starts[k]!) === true;
      });
    },
    // Each document finds its own, on its own text; the findings are moved to where it stands.
    findingsIn(text, from, to) {
      const found: RawFinding[] = [];
      for (let k = indexAt(from); k < starts.length && starts[k]! < to; k++) {
        const start = starts[k]!;
        const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
        const part = text.slice(start, end);
        const lo = Math.max(from, start) - start;
        const hi = Math.min(to, end) - start;
        for (const finding of readings[k]!.findingsIn(part, lo, hi)) {
          found.push({ ...finding, start: finding.start + start, end: finding.end + start });
        }
      }
      return found;
    },
    // Each document's signature holds positions within it: the same when text before it
    // grew or shrank, so the incremental scanner need not rescan every line for that.
    get signature() {
      signature ??= JSON.stringify([starts.length, readings.map((reading) => reading.signature)]);
      return signature;
    },
  };
}

/** How far into a document its title runs. */
const TITLE_REACH = 120;

/**
 * True when the text is an accident's investigation report (事故调查报告（摘要）): it finds
 * causes and who is to answer for them, and decides on no party, so every natural person it
 * names is a third person (LABELLING.md), the driver and the operator included.
 */
function isInvestigationReport(text: string): boolean {
  return /事故调查报告|事故调查处理报告|调查报告（摘要）/.test(text.slice(0, TITLE_REACH));
}

/**
 * True when the text is a notice to the people it lists (公告 or 公示 in its title, and 下列
 * 当事人, 以下纳税人, 各当事人, 上述户主, 以下5名对象… in it): each numbered entry names one of
 * its parties (1．高志强，男，…享受重度残疾人护理补贴).
 */
function listsPartiesByNumber(text: string): boolean {
  return (
    /公告|公示/.test(text.slice(0, TITLE_REACH)) &&
    (/(?:下列|以下|如下|各|上述)[^，。；\n]{0,14}?(?:当事人|當事人|户主|戶主|纳税人|納稅人|经营者|經營者|经营户|經營戶|个体工商户|個體工商戶|业主|業主|责任人|責任人|单位和个人|個人|个人|人员|人員|对象|對象|申请人|申請人)/.test(
      text,
    ) ||
      // 现将…补贴对象及取消补贴资格情况公示如下: whom the list is about, said before 如下.
      /(?:对象|對象|名单|名單)[^。\n]{0,20}?(?:公示|公告)如下/.test(text))
  );
}

/** Role words of a vehicle's owner. */
const OWNER_WORD = /车主|車主|所有人|卖车人|賣車人|出售人|送修人/;

/** A plate as written at the start of a text (川E61M73, 川E·3M218). */
const PLATE_AT = /^[\u4e00-\u9fff][A-Z][·•・.．\s-]?[A-Z0-9]{5,6}/;

/**
 * True when the plate at `pos` is an organisation's by where it stands (`organisations`),
 * and by everywhere else the document names it: a vehicle a sentence says a person owns
 * (邹大刚使用其本人所有的川E61M73…) is theirs where it is named again (拦查了川E61M73号车辆).
 */
function companyVehicle(
  text: string,
  pos: number,
  organisations: (at: number) => boolean,
): boolean {
  if (!organisations(pos)) return false;
  const plate = PLATE_AT.exec(text.slice(pos, pos + 9))?.[0];
  if (!plate) return true;
  for (let at = text.indexOf(plate); at >= 0; at = text.indexOf(plate, at + 1)) {
    if (at !== pos && !organisations(at)) return false;
  }
  return true;
}

/**
 * Where the credentials in officers' blocks start: a number of 8 to 14 digits in brackets, or
 * after a space, right after a name (执法人员：梁志强（14078120102）、温晓军（14078120115）).
 * A phone there has its label (电话：…) and is not read so.
 */
function officerCredentials(text: string, blocks: PartyBlocks): Set<number> {
  const starts = new Set<number>();
  blocks.spanHolders.forEach((holder, k) => {
    if (holder?.role !== Role.officer) return;
    const from = blocks.spanStarts[k]!;
    CREDENTIAL_AFTER_NAME.lastIndex = 0;
    const block = text.slice(from, blocks.spanEnds[k]!);
    for (
      let found = CREDENTIAL_AFTER_NAME.exec(block);
      found;
      found = CREDENTIAL_AFTER_NAME.exec(block)
    )
      starts.add(from + found.index + found[0].length - found[1]!.length);
  });
  return starts;
}
/** A name, then a bracket or a space, then the credential's digits, to the bracket's end. */
const CREDENTIAL_AFTER_NAME =
  /[\u4e00-\u9fff·]{2,8}(?:[（(]\s*|[ \u3000])([0-9０-９]{8,14})(?=\s*[）)]|[ \u3000、，,；;\n]|$)/g;

/** Whose vehicle a plate at `pos` is, given the block it stands in (companyVehicleAt). */
function vehicleOfOrganisation(
  holder: Holder | undefined,
  organisationParties: boolean,
  text: string,
  pos: number,
): boolean {
  // A vehicle the sentence says a person owns is that person's, in any block (当事人丈夫冉勇
  // 名下的面包车 in the lines a 个体工商户's block still runs over).
  // A person's block holds an organisation's vehicle when the text says so (租用…租赁有限公司所有
  // 的…, ⁣车辆所有人：…有限公司).
  if (holder && holder.role !== Role.third)
    return (
      (holder.kind === HolderKind.organisation || organisationOwned(text, pos)) &&
      !privatelyOwned(text, pos)
    );
  // A car's owner in a row of cars bought (原车主：陈国庆⁣号牌：川K3B57R): the owner's, not
  // the dealer's; a driver's block (驾驶人：…⁣车辆号牌：…) may hold the company's vehicle.
  if (holder && OWNER_WORD.test(text.slice(holder.roleSpan.start, holder.roleSpan.end)))
    return false;
  if (privatelyOwned(text, pos)) return false;
  return organisationParties || organisationOwned(text, pos);
}

const startOf = (span: Span) => span.start;

/** Reads `text` as one document. */
/** Whose details a third person's remark holds: a natural person's, not the party's. */
const REMARK_HOLDER = thirdPersonHolder();

function readOneDocument(text: string): DocumentReading {
  const blocks = readPartyBlocks(text);
  const minors = minorsOf(text, blocks);
  const starts = documentStarts(text, blocks.dateLines);
  // A table typed as text (序号  姓名  住址…) names its people in its 姓名 column.
  const tables = textTablePeople(text);
  const rows = idRows(text);
  // A 通报 with no party block: whom the agency penalised (对段志华作出罚款…) is its party,
  // read first (a taxi's 驾驶人 who called the police is not).
  const mentions = blocks.holders.some((holder) => holder.role === Role.party)
    ? roleMentions(text)
    : [...penalisedParties(text), ...roleMentions(text)];
  // …and a table's row with a resident ID names that ID's holder. A notice that names no
  // other party lists its parties so (准予许可人员名单 | 姓名 | …), named in public, but for
  // a household's members (姓名 | 关系 | …).
  const listed =
    listsInTitle(text) && !blocks.holders.some((holder) => holder.role === Role.party)
      ? new Set(tables.names.filter((name) => !tables.relatives.includes(name)).map(startOf))
      : undefined;
  for (const { start, end } of [...tables.names, ...rows.names]) {
    if (listed?.has(start)) continue;
    mentions.push({ name: text.slice(start, end), start, end, role: Role.third, roleStart: end });
  }
  // 与其相邻的汪大郢36号汪德林家: the neighbour whose home the place is.
  const neighbours: Span[] = [];
  const homes = homeAddresses(text, neighbours);
  for (const { start, end } of neighbours) {
    mentions.push({ name: text.slice(start, end), start, end, role: Role.third, roleStart: end });
  }
  const names = decideNames(
    text,
    blocks,
    mentions,
    minors,
    starts,
    tables.parties.map(({ start, end }) => text.slice(start, end).replace(/\u3000/g, '')),
  );
  // 联系人：杨勇、李佳欣，联系电话：0830-…: the agency's contact, to the sentence's end.
  const contacts: Span[] = [];
  for (const mention of mentions) {
    if (!mention.agencyContact || mention.roleStart >= mention.start) continue;
    if (contacts.at(-1)?.start === mention.roleStart) continue;
    contacts.push({ start: mention.roleStart, end: contactEnd(text, mention.end) });
  }
  // 受理投诉地址：…人社局劳动保障监察大队（…）, 举报投诉电话：…: where the public reaches the agency.
  // Only where a label ends in 地址：, 电话：…: most documents' lines hold none of the words.
  // 受送达人家中固定电话：0577-…: a home's line, a person's whatever block it stands in.
  const homeLines: Span[] = [];
  for (let colon = text.indexOf('：'); colon >= 0; colon = text.indexOf('：', colon + 1)) {
    if (PLACE_OR_PHONE_END[text.charCodeAt(colon - 1)] !== 1) continue;
    const before = text.slice(Math.max(0, colon - 12), colon + 1);
    const label = SERVICE_LABEL.exec(before) ?? HOME_PHONE_LABEL.exec(before);
    if (!label) continue;
    const at = colon + 1 - label[0].length;
    if (HOME_PHONE_LABEL.test(label[0])) {
      // Only the number: the line may go on with the party's business (…，经营场所…).
      HOME_PHONE_END.lastIndex = colon;
      const stop = HOME_PHONE_END.exec(text);
      homeLines.push({ start: at, end: stop ? stop.index : text.length });
      continue;
    }
    const end = text.indexOf('\n', at);
    contacts.push({ start: at, end: end < 0 ? text.length : end });
  }
  contacts.sort((a, b) => a.start - b.start);
  const remarks = personRemarks(
    text,
    names.third.map((scoped) => scoped.name),
  );
  if (homeLines.length > 0) {
    remarks.push(...homeLines);
    remarks.sort((a, b) => a.start - b.start);
  }
  const parties = blocks.holders.filter((holder) => holder.role === Role.party);
  // A 个体工商户 is its operator, a natural person: its 住所 is the operator's home (DOMAIN
  // §4b), as a person's is, and its van the operator's vehicle.
  const organisationParties =
    parties.length > 0 &&
    parties.every(
      (holder) => holder.kind === HolderKind.organisation && !holder.individualBusiness,
    );
  const personalAddresses = withHomes(
    blocks.personalAddresses.filter(
      (span) => !contacts.some(({ start, end }) => span.start >= start && span.start < end),
    ),
    [
      ...homes,
      ...brokenLabelHomes(text),
      ...residentPlaces(text),
      ...listedHomes(text),
      ...residenceAddresses(text, organisationParties),
      ...remarkAddresses(text, remarks),
      ...rows.homes,
      ...tables.homes,
    ],
  );
  const repeatedAddresses = addressesToRepeat(text, personalAddresses, starts);
  return new OneDocumentReading(
    text,
    blocks,
    names,
    remarks,
    organisationParties,
    personalAddresses,
    repeatedAddresses,
    minors,
    contacts,
    [
      ...withRepeats(text, [...identityPapers(text), ...tables.papers]),
      ...wrappedNumbers(text),
      ...spelledMobiles(text),
    ],
  );
}

const LETTER_OR_DIGIT = /[0-9A-Za-z]/;

/**
 * Papers' numbers and every other place the document writes them (撤销…工作许可（许可证号：
 * 3302…）after 工作许可证号：3302…: 许可证号 alone labels a business's licence, public).
 */
function withRepeats(text: string, papers: PaperNumber[]): readonly PaperNumber[] {
  if (papers.length === 0) return papers;
  const all = [...papers];
  for (const paper of papers) {
    const number = text.slice(paper.start, paper.end);
    for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + number.length)) {
      // (Whole only: not the same digits inside a longer number.)
      if (
        at !== paper.start &&
        !LETTER_OR_DIGIT.test(text.charAt(at - 1)) &&
        !LETTER_OR_DIGIT.test(text.charAt(at + number.length)) &&
        !all.some((known) => known.start === at)
      )
        all.push({ start: at, end: at + number.length, kind: paper.kind });
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

/**
 * Where `name` is written with a bracket saying it is a parent or guardian (王丽娜（系变更对象之母，
 * 法定监护人）, 李卫东（其父）), or -1.
 */
function parentOfMinorAt(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + MAX_PARENT_BRACKET);
    if (PARENT_BRACKET.test(after)) return at;
  }
  return -1;
}
const PARENT_BRACKET = /^[（(][^）)]*(?:之[父母]|[其的][父母]|父亲|母亲|监护人|監護人)[^）)]*[）)]/;
const MAX_PARENT_BRACKET = 24;

/**
 * One document's reading (readOneDocument). A class, not an object literal with a getter and
 * closures: a short field is read as a document too (the static pages read every 文号 and
 * name), and building that literal was a third of such a reading's time.
 */
class OneDocumentReading implements DocumentReading {
  private cachedSignature: string | undefined;
  /** Where officers' credentials start (made when the mobile detector first asks). */
  private credentials: Set<number> | undefined;
  readonly holders: readonly Holder[];
  readonly thirdPartyNames: readonly ScopedName[];
  readonly publicNames: readonly string[];

  constructor(
    private readonly text: string,
    private readonly blocks: PartyBlocks,
    names: { readonly third: readonly ScopedName[]; readonly public: readonly string[] },
    private readonly remarks: ReturnType<typeof personRemarks>,
    private readonly organisationParties: boolean,
    readonly personalAddresses: readonly Span[],
    readonly repeatedAddresses: readonly ScopedName[],
    readonly minors: readonly MinorParty[],
    private readonly contacts: readonly Span[],
    private readonly papers: readonly PaperNumber[],
  ) {
    this.holders = blocks.holders;
    this.thirdPartyNames = names.third;
    this.publicNames = names.public;
  }

  // In the bracket after a third person's name, that person's details.
  holderAt(pos: number): Holder | undefined {
    if (
      this.contacts.length > 0 &&
      this.contacts.some(({ start, end }) => pos >= start && pos < end)
    )
      return AGENCY_CONTACT_HOLDER;
    return this.remarks.length > 0 && remarkAt(this.remarks, pos)
      ? REMARK_HOLDER
      : inOrganisationBracket(this.text, pos)
        ? ORGANISATION_DETAILS_HOLDER
        : holderAt(this.blocks, pos);
  }

  companyVehicleAt(text: string, pos: number): boolean {
    return companyVehicle(text, pos, (at) =>
      vehicleOfOrganisation(this.holderAt(at), this.organisationParties, text, at),
    );
  }

  credentialAt(pos: number): boolean {
    this.credentials ??= officerCredentials(this.text, this.blocks);
    return this.credentials.has(pos);
  }

  findingsIn(text: string, from: number, to: number): RawFinding[] {
    return readingFindings(text, from, to, this, this.papers);
  }

  readOn(scan: ScanState, to: number): void {
    readOnFindings(scan, to, (pos) => this.credentialAt(pos));
  }

  // Only the incremental scanner compares readings: made when asked.
  get signature(): string {
    this.cachedSignature ??= JSON.stringify([
      this.thirdPartyNames.map((scoped) => `${scoped.name}@${scoped.start}`),
      [...this.publicNames].sort(),
      // A home found again elsewhere: changing it changes findings on lines not edited.
      this.repeatedAddresses.map((home) => `${home.name}@${home.start}${home.place ? '*' : ''}`),
      this.minors.map((minor) => [minor.name, minor.reason]),
      this.holders.map((holder) => `${holder.role}:${holder.kind}:${holder.name?.text ?? ''}`),
      this.blocks.spanStarts.length,
      this.organisationParties,
      // A table's title decides its rows' papers, on lines an edit may not touch.
      this.papers.map((paper) => paper.start),
    ]);
    return this.cachedSignature;
  }
}

/**
 * The reading of a short text taken from a document at `pos` (an attribute, a comment of an
 * HTML page): every position is where `pos` is, and the names of `pos`'s document are known
 * there.
 */
export function readingAt(reading: DocumentReading, pos: number): DocumentReading {
  const holder = reading.holderAt(pos);
  const scoped = scopedAt(reading, pos);
  return {
    holderAt: () => holder,
    holders: reading.holders,
    thirdPartyNames: scoped.third,
    publicNames: reading.publicNames,
    personalAddresses: [],
    repeatedAddresses: scoped.repeated,
    minors: [],
    companyVehicleAt: (text, at) => reading.companyVehicleAt(text, at),
    get signature() {
      return reading.signature;
    },
    findingsIn(text, from, to) {
      return readingFindings(text, from, to, this);
    },
    // A short text's numbers are no officer's block's: only addresses are read on.
    readOn(scan, to) {
      readOnFindings(scan, to, () => false);
    },
  };
}

interface ScopedLists {
  readonly third: readonly ScopedName[];
  readonly repeated: readonly ScopedName[];
}

interface ScopedCache {
  /** The distinct stretches the names and homes are scoped to (one per document). */
  readonly spans: readonly (readonly [number, number])[];
  readonly lists: Map<string, ScopedLists>;
}

/** Per reading: its documents' stretches, and readingAt's lists for each set of them. */
const scopedCache = new WeakMap<DocumentReading, ScopedCache>();

/**
 * The names and homes of the documents around `pos`, made to apply anywhere. They are the
 * same for every attribute and comment of one document (a page has thousands), so they are
 * made once per document.
 */
function scopedAt(reading: DocumentReading, pos: number): ScopedLists {
  let cache = scopedCache.get(reading);
  if (!cache) {
    const spans = new Map<string, readonly [number, number]>();
    for (const item of [...reading.thirdPartyNames, ...reading.repeatedAddresses])
      spans.set(`${item.start}-${item.end}`, [item.start, item.end]);
    cache = { spans: [...spans.values()], lists: new Map() };
    scopedCache.set(reading, cache);
  }
  let key = '';
  for (const [start, end] of cache.spans) if (start <= pos && pos <= end) key += `${start}-${end},`;
  let lists = cache.lists.get(key);
  if (!lists) {
    const everywhere = (list: readonly ScopedName[]) =>
      list
        .filter((item) => item.start <= pos && pos <= item.end)
        .map((item) => ({ ...item, start: 0, end: Number.MAX_SAFE_INTEGER }));
    lists = {
      third: everywhere(reading.thirdPartyNames),
      repeated: everywhere(reading.repeatedAddresses),
    };
    cache.lists.set(key, lists);
  }
  return lists;
}
