import { isRealDate } from '../../identifiers/resident-id';
import { addressValueEnd } from '../address';
import { characterSet, isHanCode, isSpace, skipSpaces } from '../internal/chars';
import { PUBLIC_PLACEHOLDER } from '../placeholders';
import {
  type Clause,
  clausesOf,
  headsPeople,
  opensWithSpacedLabel,
  readClause,
  roleAt,
} from './clauses';
import { ageIn, datesIn, isClosingDateLine, type TextDate } from './dates';
import { FieldKind, fieldKindAt, foldLabel } from './fields';
import { latinNameEnd, otherSpelling } from './foreign-names';
import { HolderKind } from './holder-kind';
import { addressAcrossBreak, afterWhoseHome, HOME_END } from './home-addresses';
import { continuationAfter, isLineBreak } from './line-breaks';
import { listedAs, opensOwnDecision } from './list-leads';
import { LIST_NUMBER } from './list-numbers';
import { hasNameMask, maskedNameBefore, maskedNameLength } from './name-masks';
import { isOrganisationName } from './organisation-name';
import { personNameBefore, personNameEnd, spacedNameEnd } from './person-name';
import { AGENCY_SELF_WORDS, Role, sendsPublicToAgency } from './roles';
import { isRowTitle } from './table-layout';

/**
 * Whose data a stretch of a document is (DOMAIN.md §4b). A party block opens at a party role
 * (当事人：, 被处罚人, a table row 当事人 | 张三) and runs over the field lines that follow it;
 * a representative (法定代表人, 经营者) opens a sub-block of the organisation's; any other
 * person's role (委托代理人, 监护人, 证人) opens a block of that person's; the agency's own
 * lines (执法人员, 本局地址, its 联系人) are the agency's. Prose ends a block.
 */
export { HolderKind };

/** A span of the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Holder {
  /** Set once, except for a notice's addressees found to be complainants (readPartyBlocks). */
  role: Role;
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
  /**
   * A 个体工商户 (credit code 92…, or said so): its 住所 is its operator's home (DOMAIN §4b:
   * the 字号 and code are public, the 经营者's ID and home are not).
   */
  individualBusiness: boolean;
  /** For an organisation: the representative named in its block (经营者, 法定代表人). */
  representative?: Holder;
  /** What a listing's 当事人类别 column says the party is (自然人 / 法人), over any evidence. */
  declared?: HolderKind;
  /** Where the block's own role word stands (the minor finding falls back to it). */
  readonly roleSpan: Span;
  /**
   * The same person's name in the other script, first in the bracket after a foreigner's
   * name (MA HNIN WAI（中文译名：玛宁薇）): a minor's goes wherever the name goes.
   */
  otherName?: Span & { readonly text: string };
}

export interface PartyBlocks {
  readonly holders: readonly Holder[];
  /** Clause spans in text order, and the holder each belongs to. */
  readonly spanStarts: Int32Array;
  readonly spanEnds: Int32Array;
  readonly spanHolders: readonly Holder[];
  /** Address values in natural persons' blocks, under any label (or none, in a run-on block). */
  readonly personalAddresses: readonly Span[];
  /** Where the lines holding only a date start (each decision's 落款). */
  readonly dateLines: readonly number[];
}

/** 省市县区镇乡村路街巷 + a house number: an address written without a label. */
const PLACE = /[省市县区镇乡村路街巷道]/;
const HOUSE_NUMBER =
  /[0-9０-９]+\s*(?:号|栋|幢|单元|室|组|楼|弄|社)|[一二三四五六七八九十]+(?:号|栋|幢|单元|组|社(?!会))/;

/** How far into a text its title is looked for (…补助资金兑付情况的公示). */
const LIST_TITLE_REACH = 200;
/** A notice that lists whom it is about: 公示, 名单, 公告, 曝光(台) in its title. */
const LIST_TITLE = /公示|名单|名册|公告|曝光/;

/**
 * True when the text is a notice listing its parties in a table (a 公示 of payments, a 公告 of
 * candidates' penalties) and no party was read but the table's header and rows: a row's person
 * is then one of those the notice is about.
 */
function listsItsParties(text: string, holders: readonly Holder[]): boolean {
  let header = false;
  for (const holder of holders) {
    if (holder.role !== Role.party) continue;
    if (holder.name === undefined) {
      // Only a table's header row (户主⁣住址⁣…) opens such a nameless block, not a label.
      if (!isHeaderRowAt(text, holder.roleSpan.start)) return false;
      header = true;
    } else if (!isRowHolder(text, holder)) return false;
  }
  return header && titledAsList(text);
}

/**
 * True when a row of the same listing already opened a household head's party block (户主姓名：
 * 陈国华⁣…, its header a column title no rule reads as one): the next rows are its parties too.
 */
function householdRowBefore(text: string, holders: readonly Holder[]): boolean {
  return (
    titledAsList(text) &&
    holders.some(
      (holder) =>
        holder.role === Role.party &&
        isRowHolder(text, holder) &&
        HOUSEHOLD_HEAD.test(text.slice(holder.roleSpan.start, holder.roleSpan.end)),
    )
  );
}

/** True when the line holding `at` is a table's row (cells) with no colon: a header row. */
function isHeaderRowAt(text: string, at: number): boolean {
  const { start, end } = lineHolding(text, at);
  return hasCellSeparator(text, start, end) && !hasColon(text, start, end);
}

/** The line (a table's row, in a page's text) that holds `at`. */
function lineHolding(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return { start, end: end < 0 ? text.length : end };
}

/** True when the document's title says it lists people: 公示, 名单, 公告 in its first lines. */
function titledAsList(text: string): boolean {
  return LIST_TITLE.test(text.slice(0, LIST_TITLE_REACH));
}

/** A holder a table's row opened: its role word or name right after a cell separator. */
function isRowHolder(text: string, holder: Holder): boolean {
  return (
    text.charCodeAt(holder.roleSpan.start - 1) === 0x2063 ||
    text.charCodeAt((holder.name?.start ?? 0) - 1) === 0x2063 ||
    HOUSEHOLD_HEAD.test(text.slice(holder.roleSpan.start, holder.roleSpan.end))
  );
}

/**
 * The head of a household, a decision's addressee when it heads the document; a candidate
 * (考生：周婷婷) heading a decision on an exam; a tenant (承租人：朱海军) heading a decision on
 * a public flat's lease (公共租赁住房清退决定书).
 */
// (户主（经营户） names the same head, a remark after it.) A house's owner or landlord
// (房屋所有人：林德福 in a 公示 of appraised houses, 房东（管理人）：谢伟雄 in one of graded
// rentals) is whom such a list is about as much.
const HOUSEHOLD_HEAD =
  /^(?:[户戶]\s*主|房屋所有(?:权)?人|所有权人|產權人|产权人|房\s*[主东東]|出租人)(?:[（(][^）)]{1,6}[）)])?$/;
const FIRST_BLOCK_PARTY = new RegExp(`${HOUSEHOLD_HEAD.source}|考\\s*生$|^承\\s*租\\s*人$`);

/** 被通知人: whom a notice is sent to, or whom a detention is told to. */
const NOTIFIED = /^被通知人/;
/** A name, then a bracket saying whose relative it is (罗秀英（被拘留人之姐）, （系其妻）). */
const KIN_IN_BRACKET =
  /^[^（(，,。\n]{1,8}[（(][^）)]{0,12}(?:之|的|系|其)(?:[父母妻夫子女兄弟姐妹]|哥|家属|亲属|配偶)/;
const MAX_KIN_BRACKET = 24;
/** A row's relation to the person a decision is on (与被决定人关系⁣妻子). */
const KIN_IN_ROW =
  /关系[\u2063\s：:]*(?:系|是|其)?(?:[父母妻夫子女兄弟姐妹]|妻子|丈夫|儿子|女儿|哥哥|配偶|家属|亲属)/;

function lineEndAfter(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : Math.min(end, at + MAX_KIN_ROW);
}
const MAX_KIN_ROW = 60;

/** A row's cell that only a natural person's row has (性别：男, 年龄：46, 出生日期：…). */
const PERSON_CELL = /\u2063\s*(?:性\s*别|年\s*龄|出生(?:日期|年月)?)\s*[：:]/;

/** True when the table row holding `at` has a cell only a natural person's row has. */
function describesPerson(text: string, at: number): boolean {
  const { start, end } = lineHolding(text, at);
  return PERSON_CELL.test(text.slice(start, end));
}

/**
 * True when `clause` is a table row's role cell (出租人：黄建国) in a notice (公告, 公示 in
 * its title) that says it is about the people so listed: 下列出租人, 以下车辆所有人, or the
 * owners its prose names before announcing (…无法通知到车辆所有人。现将…公告如下).
 */
function addressesRowsOf(text: string, clause: Clause): boolean {
  if (text.charCodeAt(clause.start - 1) !== 0x2063 && !isRowStart(text, clause.start)) return false;
  const word = roleWord(text, clause).replace(/\s/g, '');
  if (word.length < 2) return false;
  // 下列出租人, 下列机动车所有人: the rows' people, said before them (what they hold between);
  // 现通知下列住户…, then rows of 户主: the households, by their heads.
  const listed =
    listedAs(text, word) || (HOUSEHOLD_HEAD.test(word) && HOUSEHOLDS_LISTED.test(text));
  // (住户地址：… in such a row is where the household lives, no new household.)
  if (
    !titledAsList(text) &&
    !(
      listed &&
      NOTIFIES_LISTED.test(text) &&
      (clause.field === undefined || clause.field === FieldKind.name)
    )
  )
    return false;
  if (listed) return true;
  // …无法通知到车辆所有人。现将有关情况公告如下: the owners its rows list, said before them.
  const before = text.slice(0, text.lastIndexOf('\n', clause.start));
  return (
    OWNER_WORDS.test(word) &&
    before.includes(word) &&
    NOTICE_ACT.test(before) &&
    opensRow(text, clause.start)
  );
}

/** A list's number before an entry (一、, 十二、: the other forms are no Han to skip past). */
const LIST_NUMBER_AT = new RegExp(`^${LIST_NUMBER}`);

/**
 * A unified social credit code's shape (GB 32100: registry, kind, region, then letters and
 * digits), never a resident ID's all-digit one. (identifiers/ holds the check, but importing it
 * here moves its helpers into the widgets' first view.)
 */
const CREDIT_CODE_VALUE = /^\s*[1-9A-HY][1-9]\d{6}[0-9A-HJ-NPQRTUWXY]{10}\s*$/;
/** A resident ID's shape, all digits but its check character. */
const ID_VALUE = /^\s*\d{17}[\dXx]\s*$/;

/** True when an address's value opens with whose home it is (代收人雷小娟住…, 其子李强家住…). */
function saysWhoseHome(text: string, start: number, end: number): boolean {
  let at = skipSpaces(text, start, end);
  // (A role word first: 原租住… would read 原租 as a name.)
  const role = HOME_OWNER_WORD.exec(text.slice(at, at + 4));
  if (!role) return false;
  at += role[0].length;
  const nameEnd = personNameEnd(text, at, Math.min(end, at + 4));
  return nameEnd > at + 1 && LIVES_AFTER_NAME.test(text.slice(nameEnd, nameEnd + 3));
}
const HOME_OWNER_WORD = /^(?:代收人|收件人|联系人|其[父母妻夫子女兄弟姐妹]|之[父母妻夫子女])/;
const LIVES_AFTER_NAME = /^(?:家住|住在|住(?![所址宅房]))/;

/** A page's text size switch: 字号：大中小, 字体：【大 中 小】. */
const FONT_SIZE_SWITCH =
  /^\s*(?:字号|字號|字体|字體)\s*[：:]\s*[【[]?\s*大\s*[|｜]?\s*中\s*[|｜]?\s*小/;

/** 下列住户, 以下居民: households a notice lists, whose rows name their heads (户主). */
const HOUSEHOLDS_LISTED = /(?:下列|以下)(?:住户|住戶|居民|农户|農戶|各户|各戶)/;
/** 现通知下列…, 责令以下…: a notice (not titled a list) saying it addresses the rows below. */
const NOTIFIES_LISTED = /(?:通知|告知|责令|責令)(?:下列|以下)/;

/** 以下电力客户：, 下列当事人： alone on a line: the role word of the people listed below it. */
const LIST_INTRODUCTION = /^\s*(?:以下|下列)[\u4e00-\u9fff]{1,8}\s*[：:]?\s*$/;
function introducesListBelow(text: string, clause: Clause): boolean {
  return (
    LIST_INTRODUCTION.test(text.slice(lineStartOf(text, clause.roleStart), clause.valueStart)) &&
    text.slice(clause.valueStart, clause.end).trim() === '' &&
    lineEndsAfter(text, clause.end)
  );
}

/**
 * True when nothing but a 序号 cell stands before `at` in its row: the row is that cell's
 * holder's from its start (a plate before the owner's cell would be read as the row above's).
 */
function opensRow(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const cells = text
    .slice(lineStart, at)
    .split('\u2063')
    .filter((cell) => cell.trim() !== '');
  return cells.every((cell) => /^\s*序\s*号/.test(cell));
}

/** Whom a notice about things (vehicles, houses) addresses: their owners or holders. */
// (房东（管理人）: a remark after the word names the same person.)
const OWNER_WORDS =
  /^(?:车辆所有人|所有人|车主|户主|业主|房主|房东|出租人|承租人|经营者|责任人)(?:[（(][^）)]{1,6}[）)])?$/;
/** What a notice says it does (公告如下, 予以公告, 公告送达). */
const NOTICE_ACT = /公告如下|予以公告|公告送达|现予公告|公示如下/;

/** True when `at` starts its line's cells (the row's first cell, or after 序号's). */
function isRowStart(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at === lineStart || text.indexOf('\u2063', lineStart) < at;
}

function roleWord(text: string, clause: Clause): string {
  return text.slice(clause.roleStart, clause.roleEnd);
}

/** A clause saying where a person works (现任, 任职于, 就职于, 系…员工). */
const EMPLOYMENT = /^(?:现任|現任|现为|現為|任职|任職|就职|就職|供职|供職|受雇|受僱|系|係)/;

/** Labels of an address where a person is reached or lives, not a business's seat. */
const CONTACT_ADDRESS = /联系|聯繫|送达|送達|家庭|户籍|戶籍|居住|现住|現住|身份证|身份證/;

/** How far into a bare address its first place word may stand (四川省…, 合江县白米镇…). */
const MAX_PLACE_START = 8;

function looksLikeAddress(value: string): boolean {
  const place = PLACE.exec(value);
  // 当事人请来风水先生欧阳春林在石牛村7组…: a sentence that reaches a place, not an address.
  return (
    value.length >= 6 &&
    place !== null &&
    place.index <= MAX_PLACE_START &&
    HOUSE_NUMBER.test(value)
  );
}

/**
 * A clause that is an address and nothing else (泸州市江阳区康城路12号): not a sentence about
 * a place (其养殖场位于…, 在…经营), which is where something is, not where someone lives.
 */
export function isBareAddress(value: string): boolean {
  const bare = value.trim();
  // 江阳市监处罚〔2024〕201号 (a 文号 under a label no rule knows) ends in 号 too; a date or a
  // 的 makes it a sentence (自2024年10月起租用某某所有的…43号门市).
  return (
    looksLikeAddress(bare) &&
    HOME_END.test(bare) &&
    // (于都县, 于田县, 于洪区 are places: their 于 is no preposition.)
    !/^(?:[其在从向我他她]|于(?![都田洪]))|位于|经营|位置|场所|[〔〕［］[\]]|[0-9０-９]年|的/.test(
      bare,
    )
  );
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

/** A natural person other than the party, named in prose (no block of its own). */
export function thirdPersonHolder(): Holder {
  return newHolder(Role.third, { start: 0, end: 0 });
}

/** A name's own label at the start of a role's value (姓名：, 名称：). */
const NAME_LABEL =
  /^\u2063?\s*(?:姓\s*名|名\s*称|名\s*稱)\s*[：:]\s*|^(?:名叫|叫做|叫)(?=[\u4e00-\u9fff]{2})/;

/** True when nothing but spaces follows `at` on its line (or in its table cell). */
function lineEndsAfter(text: string, at: number): boolean {
  const next = skipSpaces(text, at, text.length);
  return next === text.length || text.charCodeAt(next) === 0x0a || text.charCodeAt(next) === 0x2063;
}

/** A value that says there is none: /, —, 无. */
const NO_VALUE = /^\s*(?:[/／\\—–-]+|无|無)\s*$/;

/** What follows a person's name in the same clause, never an organisation's name. */
const SAID_OF_A_PERSON = /^(?:本人|到场|在场|未到|称|稱|表示|陈述|陳述|辩称|辯稱)/;

/**
 * An organisation's details met outside its block: a business's place (经营场所, 执业地址) in
 * anyone's block, the bracket after an organisation's name (organisation-brackets.ts). Public.
 */
export const ORGANISATION_DETAILS_HOLDER = organisationHolder();

/** The agency's own people named in prose (联系人：杨勇，联系电话：0830-…): their lines are its. */
export const AGENCY_CONTACT_HOLDER = newHolder(Role.officer, { start: 0, end: 0 });

/** An organisation named where no block is (in a bracket after its name): its data is public. */
function organisationHolder(): Holder {
  const holder = newHolder(Role.party, { start: 0, end: 0 });
  holder.kind = HolderKind.organisation;
  return holder;
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
    individualBusiness: false,
    roleSpan,
  };
}

/**
 * The first clause of the line after a value that ends at a line break (`end`), when a PDF's
 * line cut the value there; undefined when the value's clause ends with its line.
 */
function cutValue(text: string, end: number): string | undefined {
  let k = end;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 0x0a && text.charCodeAt(k) !== 0x0d) return undefined;
  const next = continuationAfter(text, k);
  if (next < 0) return undefined;
  let stop = next;
  while (
    stop < text.length &&
    stop - next < MAX_CUT_VALUE &&
    CUT_VALUE_STOPS[text.charCodeAt(stop)] !== 1
  )
    stop++;
  return text.slice(next, stop);
}

/** How much of the next line a cut value takes at most (an ID's 18 characters and a space). */
const MAX_CUT_VALUE = 24;
const CUT_VALUE_STOPS = characterSet('，,。；;：:（(\n');

/**
 * The birth date in a person's ID written in a value (full-width, spaces and dashes allowed):
 * 17 digits and a check character, or 15 digits (GB 11643).
 */
function birthFromId(text: string, start: number, end: number): TextDate | undefined {
  let digits = '';
  for (let i = start; i < end && digits.length < 18; i++) {
    let code = text.charCodeAt(i);
    // Full-width digits and check letter (４４０５…Ｘ) as half-width ones.
    if (code >= 0xff10 && code <= 0xff5a) code -= 0xfee0;
    const check = (code === 0x58 || code === 0x78) && digits.length === 17;
    if ((code >= 0x30 && code <= 0x39) || check) digits += String.fromCharCode(code);
    else if (digits.length > 0 && !isSpace(code) && code !== 0x2d) break;
  }
  if (digits.length !== 18 && digits.length !== 15) return undefined;
  const long = digits.length === 18;
  const year = long ? Number(digits.slice(6, 10)) : 1900 + Number(digits.slice(6, 8));
  const month = Number(digits.slice(long ? 10 : 8, long ? 12 : 10));
  const day = Number(digits.slice(long ? 12 : 10, long ? 14 : 12));
  if (!isRealDate(year, month, day)) return undefined;
  return { year, month, day, start: 0, end: 0 };
}

/** True when text[start, end) contains `word` (no slice made). */
function has(text: string, word: string, start: number, end: number): boolean {
  // startsWith at each place rather than indexOf, which would search on to the text's end.
  for (let at = start; at + word.length <= end; at++) if (text.startsWith(word, at)) return true;
  return false;
}

/** Characters a description clause may hold evidence in: 男 女 族 生 岁 户 司 满 律 成. */
const EVIDENCE_CHARACTERS = characterSet('男女族生岁户司满律成');

function hasEvidenceCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (EVIDENCE_CHARACTERS[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * A clause that is a lawyer's title: XX律师事务所(律师|主任|合伙人), or 律师 / 执业律师 alone
 * (并非律师, 自称"…律师" are not).
 */
const LAWYER_CLAUSE =
  /^\s*[（(]?\s*(?:系|是)?(?:[^，。；"“”]{0,24}律[师師](?:事务所|事務所)(?:律[师師]|主任|合伙人)?|(?:执业|執業)?(?<![非不是])律[师師])\s*[）)]?\s*$/;

/** What a clause tells about its holder: person, organisation, birth, age. */
/** 生于 of a birth (1985年生于…, 生于1985年), not of 发生于, 产生于. */
const BORN_ON = /(?<![发發产產])生于/;

/** A character every identity label holds (身份证号, 证件号码, 护照): a cheap test first. */
const IDENTITY_HINT = /[证證份照]/;

/** Longest identity label read alone in its cell (公民身份号码, 身份证件号码). */
const MAX_BARE_IDENTITY_LABEL = 8;

/** The label of a shop's name, not of its keeper's (网店名称, 店铺名称, 店名). */
const SHOP_NAME_LABEL = /^(?:网店|網店|店铺|店鋪)(?:名称|名稱)|^店名/;

function recordEvidence(holder: Holder, clause: Clause, text: string): void {
  const { start, end, valueStart } = clause;
  const evidence = hasEvidenceCharacter(text, start, end);
  switch (clause.field) {
    case FieldKind.identity: {
      holder.personEvidence = true;
      // 身份证件种类及号码：居民身份证⏎5105…: the number a PDF's line put on the next line.
      const cut = /[0-9０-９]/.test(text.slice(valueStart, end)) ? undefined : cutValue(text, end);
      holder.birth ??= cut ? birthFromId(cut, 0, cut.length) : birthFromId(text, valueStart, end);
      break;
    }
    case FieldKind.birth: {
      holder.personEvidence = true;
      // 出生日期：2009年5⏎月12日: a date a PDF's line cut.
      const value = text.slice(valueStart, end);
      const cut = /[0-9０-９年月]\s*$/.test(value) ? cutValue(text, end) : undefined;
      holder.birth ??= datesIn(cut ? value.trimEnd() + cut : value)[0];
      if (has(text, '未满', valueStart, end) || has(text, '不满', valueStart, end))
        holder.declaredMinor = true;
      break;
    }
    case FieldKind.age: {
      holder.personEvidence = true;
      const value = text.slice(valueStart, end);
      const age = ageIn(value) ?? (/^\s*\d{1,3}\s*$/.test(value) ? Number(value) : undefined);
      if (age !== undefined) holder.age ??= age;
      break;
    }
    case FieldKind.personal:
      holder.personEvidence = true;
      break;
    case FieldKind.organisationCode: {
      // 统一社会信用代码：— in a natural person's row of a listing: no code, no organisation.
      if (NO_VALUE.test(text.slice(valueStart, end))) break;
      // 统一社会信用代码/身份证号 in a listing: the value says which (an ID has a birth date).
      const birth = birthFromId(text, valueStart, end);
      if (birth) {
        holder.personEvidence = true;
        holder.birth ??= birth;
        break;
      }
      // …（身份证号码）：【已脱敏】: a code is public and never redacted, so what was there was an
      // ID; the text reads again as it first read (idempotence). So too an ID the agency masked
      // itself (6101**********1537): a code is never masked.
      if (
        text.startsWith(PUBLIC_PLACEHOLDER, skipSpaces(text, valueStart, end)) ||
        MASKED_ID.test(text.slice(valueStart, end))
      ) {
        holder.personEvidence = true;
        break;
      }
      holder.organisationEvidence = true;
      // GB 32100: codes of individual businesses start 92.
      if (/^\s*92/.test(text.slice(valueStart, Math.min(end, valueStart + 4))))
        holder.individualBusiness = true;
      break;
    }
    case FieldKind.detail: {
      // 当事人类别：自然人 / 法人 / 个体工商户 in a listing says what the party is.
      const value = text.slice(valueStart, end).trim();
      if (/^(?:自然人|个人|公民)$/.test(value)) {
        holder.personEvidence = true;
        holder.declared = HolderKind.person;
      } else if (/^(?:法人|其他组织|非法人组织|法人及其他组织)$/.test(value)) {
        holder.organisationEvidence = true;
        holder.declared = HolderKind.organisation;
      } else if (value === '个体工商户') {
        holder.organisationEvidence = true;
        holder.individualBusiness = true;
      }
      break;
    }
    case FieldKind.name:
      // 姓名：方晓蕾 … 网店名称：蕾蕾潮鞋小铺: a person named in the block runs a shop under its
      // name; the shop is what she sells under, not what she is (her 住所 stays her home).
      if (
        isOrganisationName(text.slice(valueStart, end)) &&
        !(holder.personEvidence && SHOP_NAME_LABEL.test(text.slice(clause.roleStart, valueStart)))
      )
        holder.organisationEvidence = true;
      break;
    default: {
      // 经营者⁣姓名：彭国富⁣身份证号⏎5002…: a cell holding an identity label alone, its
      // number on the next line; only a person has one.
      if (
        clause.field === undefined &&
        !clause.labelled &&
        end - start <= MAX_BARE_IDENTITY_LABEL &&
        IDENTITY_HINT.test(text.slice(start, end)) &&
        fieldKindAt(text, start, end) === FieldKind.identity
      ) {
        holder.personEvidence = true;
        break;
      }
      if (clause.field !== undefined || clause.labelled || !evidence) break;
      // Descriptions in a run-on block: 男, 女, 汉族, 1985年3月7日出生, 现年16岁, 个体工商户.
      const bare = text.slice(start, end).trim();
      if (/^(?:男|女|男性|女性)$/.test(bare) || /^.{1,4}族$/.test(bare))
        holder.personEvidence = true;
      // (Not 发生于2023年8月26日: when something happened, in a listing's row; nor 李浩然于2008年
      // 2月出生 in a mother's block: another person's birth; nor 发现未成年人彭子轩（2008年5月
      // 出生）在…上网 in a facts cell: a long clause of prose.)
      if (
        (bare.includes('出生') || BORN_ON.test(bare)) &&
        bare.length <= MAX_BIRTH_CLAUSE &&
        !bornOfAnother(text, holder, start, end)
      ) {
        holder.personEvidence = true;
        holder.birth ??= datesIn(bare)[0];
      }
      // (A clause that opens with the age, not 招收3至5周岁幼儿12人: someone else's ages.)
      if (bare.includes('岁') && AGE_CLAUSE.test(bare)) {
        const age = ageIn(bare);
        if (age !== undefined) {
          holder.personEvidence = true;
          holder.age ??= age;
        }
      }
      // 现任内江安固劳务有限公司（统一社会信用代码：…）法定代表人: the person's post, not
      // what the holder is.
      if (/个体工商户|统一社会信用代码|有限公司/.test(bare) && !EMPLOYMENT.test(bare))
        holder.organisationEvidence = true;
      if (bare.includes('个体工商户')) holder.individualBusiness = true;
    }
  }
  if (!evidence) return;
  const whole = text.slice(start, end);
  const under18 = UNDER_18.exec(whole);
  if (under18 && !saidOfAnother(text, holder, start + under18.index)) holder.declaredMinor = true;
  // 周明，四川某某律师事务所律师 / （某某律师事务所）: the clause says what the person is; a
  // clause of prose that mentions a lawyer (以律师名义为曾德华…代理) does not.
  // (Not 陶晓东（公司店长）；庞立新（…律师事务所律师）: the clause names another agent first.)
  if (
    holder.role === Role.third &&
    LAWYER_CLAUSE.test(whole) &&
    !namesAnother(text, holder, clause)
  )
    holder.lawyer = true;
}

/**
 * Which holder a field of the block belongs to: a representative keeps the fields only a
 * person has (身份证号, 性别) and, once it has shown to be described as a person, its own
 * address and phone; the organisation's code, premises and name go back to the organisation.
 */
function fieldOwner(current: Holder, field: FieldKind | undefined): Holder {
  // An individual business's 住所 is its operator's, wherever the operator's line stands.
  if (field === FieldKind.address) {
    const business = current.parent ?? current;
    const operator = business.representative;
    if (business.individualBusiness && operator?.personEvidence) return operator;
  }
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

const AGENCY_WORD_FIRSTS = characterSet(AGENCY_SELF_WORDS.map((word) => word[0]).join(''));

function startsWithAgencyWord(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (AGENCY_WORD_FIRSTS[text.charCodeAt(i)] !== 1) return false;
  return AGENCY_SELF_WORDS.some((word) => text.startsWith(word, i));
}

/**
 * A portal page's footer (威远县人民政府主办　　联系电话：…, 版权所有：…, 技术支持：…): the site's
 * own line, whatever block the page's last table left open.
 */
const SITE_FOOTER =
  /^[^：:\n]{0,30}?(?:主办|承办|主管|版权所有|版權所有|技术支持|技術支持|网站标识码|ICP备)/;
const MAX_FOOTER_LEAD = 36;

function isSiteFooter(text: string, start: number, end: number): boolean {
  return SITE_FOOTER.test(text.slice(start, Math.min(end, start + MAX_FOOTER_LEAD)));
}

/** Lines between a contact line and the document's date (the agency's name, its seal). */
const MAX_CLOSING_LINES = 3;

/**
 * True when the lines after `lineEnd` close the document: within a few short lines (the
 * agency's name), a date alone on its line (2025年5月6日).
 */
function closesDocument(text: string, lineEnd: number): boolean {
  let start = lineEnd + 1;
  for (let lines = 0; lines < MAX_CLOSING_LINES && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim() !== '') {
      if (isClosingDateLine(text, start, end)) return true;
      if (end - start > 40) return false;
      lines++;
    }
    start = end + 1;
  }
  return false;
}

/** A contact and an office's landline on one line (联系人：钱瑾　联系电话：0874-3112333). */
const AGENCY_CONTACT_LINE =
  /^\s*联系人[：:][^\n]{1,16}?(?:联系)?电话[：:]\s*0\d{2,3}[-－—]?\d{7,8}/;

/** A line naming the agency's office that handled the case, then who to call there. */
const OFFICE_CONTACT =
  /^\s*(?:经办|承办|办理)(?:科室|部门|部門|单位|單位|机构|機構)[：:][^\n]*联系人[：:]/;

/** How long the tail of a cut value may be (日, 号, 3组). */
const MAX_CUT_TAIL = 5;

/**
 * True when the line at `lineStart` opens with the short tail of a number the previous line
 * cut (a PDF's line: …1963年4月9⏎日，民族：…) and a field or role follows in the next clauses.
 */
function startsWithCutTail(
  text: string,
  first: Clause,
  lineStart: number,
  lineEnd: number,
): boolean {
  if (first.field !== undefined || first.role !== undefined) return false;
  if (text.slice(first.start, first.end).trim().length > MAX_CUT_TAIL) return false;
  // A number cut short, or a word a long line cut (…小学文化，无⏎业。公民身份号码：…): prose's
  // first words after a line of fields (经查，…) are no tail.
  const previous = text.charCodeAt(lineStart - 2);
  if (
    !(previous >= 0x30 && previous <= 0x39) &&
    !(previous >= 0xff10 && previous <= 0xff19) &&
    cutLineEnd(text, lineStart) < 0
  )
    return false;
  return clausesOf(text, lineStart, lineEnd, 3)
    .slice(1)
    .some((clause) => clause.field !== undefined || clause.role !== undefined);
}

/**
 * True when a PDF's line cut a label from its value: the line before the one at `lineStart`
 * ends with the label's colon (公民身份号码：⏎5105…), or this line starts with it (公民身份号码⏎
 * ：5105…).
 */
function afterCutLabel(text: string, lineStart: number): boolean {
  const first = text.charCodeAt(skipSpaces(text, lineStart, text.length));
  if (first === 0xff1a || first === 0x3a) return true;
  let i = lineStart - 1;
  if (text.charCodeAt(i) !== 0x0a) return false;
  i--;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 0x0d)) i--;
  const code = text.charCodeAt(i);
  return code === 0xff1a || code === 0x3a;
}

/** How long a line a PDF's page width cut is at least (a block's short lines end whole). */
const MIN_CUT_LINE = 16;

/** Most characters of a label left before the break (身份⏎证号码, 联系地⏎址). */
const MAX_CUT_LABEL = 6;

/** What ends a clause, looking back from a line's end for the clause a PDF's line cut. */
const CUT_CLAUSE_STOPS = /[，,。；;：:（）()\s]/;

/**
 * Where the line before the one at `lineStart` ends (its trailing spaces left out), when it is
 * a long one that ends on a Han character, as a PDF's page width cuts a line; -1 otherwise.
 */
function cutLineEnd(text: string, lineStart: number): number {
  let end = lineStart - 1;
  if (text.charCodeAt(end) !== 0x0a) return -1;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x0d)) end--;
  const start = lineStartOf(text, end);
  return end - skipSpaces(text, start, end) >= MIN_CUT_LINE && isHanCode(text.charCodeAt(end - 1))
    ? end
    : -1;
}

/**
 * True when a long line before the one at `lineStart` ends inside a label a PDF's page width
 * cut (…1988年10月23日生，身份⏎证号码5105…, …，住⏎古蔺县…): the clause read across the break
 * names a field, as neither half alone does.
 */
function cutMidWord(text: string, lineStart: number): boolean {
  const end = cutLineEnd(text, lineStart);
  if (end < 0) return false;
  const start = lineStartOf(text, end);
  let tail = end;
  while (tail > start && end - tail < MAX_CUT_LABEL && !CUT_CLAUSE_STOPS.test(text[tail - 1]!))
    tail--;
  const from = skipSpaces(text, lineStart, text.length);
  const first = clausesOf(text, from, Math.min(text.length, from + 40), 1)[0];
  if (!first || first.field !== undefined || first.role !== undefined) return false;
  const joined = text.slice(tail, end) + text.slice(from, first.end);
  return readClause(joined, 0, joined.length).field !== undefined;
}

/** A text with no blocks (most short fields): one empty array for all, never written to. */
const NO_SPANS = new Int32Array(0);

/** Reads the party blocks of a document (see the module comment). */
export function readPartyBlocks(text: string): PartyBlocks {
  // Where a notice says its table lists its parties (下列当事人…), looked for once.
  const partiesBelowAt = titledAsList(text) ? text.search(PARTIES_BELOW) : -1;
  /** True when the table row holding `at` names a party of the notice (see below). */
  const noticesParty = (at: number) =>
    (partiesBelowAt >= 0 && partiesBelowAt < at) || decisionRow(text, at);
  const holders: Holder[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const owners: Holder[] = [];
  const addresses: {
    span: Span;
    holder: Holder;
    labelled: boolean;
    row: boolean;
    contact?: boolean;
  }[] = [];
  // The line being read is a listing's row (cells): its 住所 is the listed party's own.
  let inRow = false;
  /** Organisations' registered places and premises as written, and whose they are. */
  const places = new Map<string, Holder>();
  const dateLines: number[] = [];
  /** The open block: its holder (a representative's, or the organisation's). */
  let current: Holder | undefined;
  /** The party of the open block, which representatives speak for. */
  let party: Holder | undefined;
  const salutation = { nameStart: 0, nameEnd: 0, innerStart: 0, innerEnd: 0 };
  /** The addressee a salutation line opened, while its block is the open one. */
  let addressee: Holder | undefined;
  // Only the text of an HTML table has cell separators: plain text skips the look per line.
  const hasCells = text.indexOf('\u2063') >= 0;
  /** Reads one line's clauses into the open block (or opens blocks at role words). */
  /** Prose came after the last party's block (or there is none yet): 联系人 is then the agency's. */
  let proseSinceParty = true;
  // The block was opened by a heading of people in a role (违法行为人基本情况：).
  let peopleRows = false;
  const readClauses = (clauses: readonly Clause[]) => {
    /** The role a row's own column gives (身份：执法人员⁣姓名：王芳), if any. */
    let rowRoleWord: Role | undefined;
    for (let clause of clauses) {
      if (clause.role === undefined && clause.field !== FieldKind.name) {
        const start = clause.labelled ? clause.valueStart : valueAfterColon(text, clause);
        const said = start > clause.start ? roleAt(text, start, clause.end) : undefined;
        if (said && said[1] === valueEnd(text, start, clause.end)) rowRoleWord = said[0];
      }
      if (clause.role !== undefined) {
        const opened = openHolder(text, clause, current, party, holders, proseSinceParty);
        current = opened;
        if (opened.role === Role.party) party = opened;
        else if (opened.role === Role.representative) party = opened.parent;
        else party = undefined;
      }
      // 序号：4⁣姓名：佘志刚⁣…: a row of people in the facts, or under an organisation's
      // block, names a third person (the workers owed wages, the staff on duty); a row whose
      // column says who it is (身份：见证人⁣姓名：…) names a person even below the party's row.
      if (
        clause.role === undefined &&
        clause.field === FieldKind.name &&
        clause.start > lineStartOf(text, clause.start) &&
        (rowRoleWord !== undefined ||
          (current === undefined
            ? holders.some((holder) => holder.role === Role.party) ||
              noticesParty(clause.start) ||
              // A report with no party (事故调查报告): a row of a person (姓名⁣性别⁣年龄⁣住址).
              // (A 公示 or 公告 with none lists its parties: their rows are read as before.)
              (!titledAsList(text) && describesPerson(text, clause.start))
            : current.role === Role.third ||
              (current.name !== undefined && current.organisationEvidence) ||
              // 序号：2⁣姓名：杜娟 below 序号：1⁣姓名：邓光明 in a list of parties (曝光台): the
              // next row's party, not more of the first's.
              (current.role === Role.party &&
                current.name !== undefined &&
                listsInTitle(text) &&
                NUMBERED_ROW.test(text.slice(lineStartOf(text, clause.start), clause.start))))) &&
        namesPerson(text, clause)
      ) {
        // A row whose column says who it is (身份：执法人员) is that; else a third person,
        // but for the people a notice lists with no other party (处理结果公告 | 姓名 | …).
        const role =
          rowRoleWord ??
          (listsItsParties(text, holders) || noticesParty(clause.start) ? Role.party : Role.third);
        current = namedHolder(text, role, clause);
        party = role === Role.party ? current : undefined;
        holders.push(current);
      }
      // 违法行为人⁣姓名：何俊熙: the role in one cell, the name labelled in the next.
      if (
        clause.role === undefined &&
        clause.field === FieldKind.name &&
        current !== undefined &&
        current.name === undefined &&
        current.role !== Role.officer &&
        namesPerson(text, clause)
      ) {
        if (current.role === Role.party && relatedToParty(text, clause.start)) {
          // 姓名：向德林⁣…⁣与本案关系：货车驾驶员（雇工）: a row of someone else, under a header.
          current = namedHolder(text, Role.third, clause);
          party = undefined;
          holders.push(current);
        } else {
          const end = valueEnd(text, clause.valueStart, clause.end);
          current.name = {
            start: clause.valueStart,
            end,
            text: text.slice(clause.valueStart, end),
          };
        }
      }
      // 委托代理人：冯倩，系当事人行政主管；李文峰，…律师事务所律师: after a ；, a name alone
      // starts the next agent, whose title is then not the first one's.
      if (current?.role === Role.third && current.name && nextOfSameRole(text, clause)) {
        current = namedHolder(text, current.role, clause);
        holders.push(current);
      }
      // 受送达人：鲍勇⏎⏎送达地址：…: a 送达回证's fields stand apart, blank lines between them;
      // where to serve is the addressee's, whoever's block the blank line closed.
      if (
        current === undefined &&
        clause.field === FieldKind.address &&
        clause.labelled &&
        SERVICE_ADDRESS.test(text.slice(clause.roleStart, clause.valueStart))
      )
        current = lastAddressee(text, holders);
      if (current === undefined) continue;
      // 证件号码：91511702MA6AH0TU9P: a column of codes and IDs holding a company's code.
      if (
        clause.field === FieldKind.identity &&
        CREDIT_CODE_VALUE.test(text.slice(clause.valueStart, clause.end)) &&
        !ID_VALUE.test(text.slice(clause.valueStart, clause.end))
      )
        clause = { ...clause, field: FieldKind.organisationCode };
      let owner =
        clause.role !== undefined
          ? current
          : // 执业地址, 经营场所 in a person's row: a business's place, public whoever's block.
            clause.field === FieldKind.premises && current.kind !== HolderKind.agency
            ? ORGANISATION_DETAILS_HOLDER
            : // 经营者/法定代表人：冉红⁣证件号码：5117…: a column of codes and IDs, and what it
              // holds in the representative's clause is the representative's own ID.
              clause.field === FieldKind.organisationCode &&
                current.parent !== undefined &&
                birthFromId(text, clause.valueStart, clause.end) !== undefined
              ? current
              : fieldOwner(current, clause.field);
      // 备用地址：代收人雷小娟住富平县…: the value says in its own words whose home it is
      // (home-addresses.ts reads the home after 住); the label's line is no one's address.
      if (
        clause.field === FieldKind.address &&
        clause.labelled &&
        saysWhoseHome(text, clause.valueStart, clause.end)
      )
        owner = ORGANISATION_DETAILS_HOLDER;
      // 送达地址 in a contact's lines, the same as the company's 注册地址: the company's.
      else if (clause.field === FieldKind.address && clause.labelled && places.size > 0) {
        const place = places.get(addressText(text, { start: clause.valueStart, end: clause.end }));
        if (place) owner = place;
      }
      if (owner !== current && owner !== ORGANISATION_DETAILS_HOLDER && clause.role === undefined)
        current = owner;
      recordEvidence(owner, clause, text);
      starts.push(clause.start);
      ends.push(clause.end);
      owners.push(owner);
      if (
        clause.field === FieldKind.address &&
        clause.labelled &&
        // 地址⁣公民身份号码 in a header row: the next cell is another label, not a value.
        !isLabelWord(text, clause.valueStart, addressValueEnd(text, clause.valueStart, clause.end))
      ) {
        const start = afterWhoseHome(text, clause.valueStart);
        addresses.push({
          // 户籍地：泸县云龙镇石⏎桥村11组36号 (a PDF's line cut it): the address goes on.
          span: { start, end: addressAcrossBreak(text, start, clause.end)?.end ?? clause.end },
          holder: owner,
          labelled: true,
          row: inRow,
          contact: CONTACT_ADDRESS.test(text.slice(clause.roleStart, clause.valueStart)),
        });
      } else if (clause.field === FieldKind.premises && clause.labelled) {
        // 注册地址, 经营场所: an organisation's, the same place under any other label too.
        places.set(addressText(text, { start: clause.valueStart, end: clause.end }), owner);
      } else if (clause.field === undefined && clause.role === undefined) {
        // A home written with no label we know (or none at all: 当事人张三，男，泸州市…12号).
        const start = afterDwellingVerb(
          text,
          clause.labelled ? clause.valueStart : valueAfterColon(text, clause),
        );
        const end = addressValueEnd(text, start, clause.end);
        const across = addressAcrossBreak(text, start, end);
        if (isBareAddress(across ? across.value : text.slice(start, end))) {
          addresses.push({
            span: { start, end: across ? across.end : end },
            holder: owner,
            labelled: false,
            row: inRow,
          });
        }
      }
    }
  };
  /** The addressees of the salutation lines just read (刘永福：⏎谢琼：⏎…). */
  let salutations: Holder[] = [];
  const replyToInformant = isReplyToInformant(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = lineEnd;
    if (isClosingDateLine(text, lineStart, lineEnd)) dateLines.push(lineStart);
    if (salutations.length > 0 && hasContent(text, lineStart, lineEnd)) {
      // 你们于…通过12345热线…反映…: a reply to those who complained, not a decision on them.
      // (The person's details in the bracket after 你 do not count: 你（男，…身份证号码…）于…反映.)
      const lead = text
        .slice(lineStart, Math.min(lineEnd, lineStart + MAX_COMPLAINT_LINE))
        .replace(DETAILS_BRACKET, '')
        .slice(0, MAX_COMPLAINT_LEAD);
      if (COMPLAINED.test(lead) || replyToInformant) {
        for (const holder of salutations) holder.role = Role.third;
        salutations = [];
      } else if (!SALUTATION_END.test(text.slice(lineStart, lineEnd))) salutations = [];
    }
    if (!hasContent(text, lineStart, lineEnd)) {
      // A blank line ends a block.
      current = undefined;
      party = undefined;
      peopleRows = false;
    } else if (hasCells && isHeaderRow(text, lineStart, lineEnd)) {
      // A table's header row (姓名 性别 出生日期…) names no one: the rows below it are the
      // open party's (住所⁣联系人 over the company's 住所 and its contact), or open one.
      current = party;
    } else if (
      (current === undefined || current === addressee) &&
      readSalutations(text, lineStart, lineEnd, holders, salutations)
    ) {
      // 邱建国、黄淑珍、李成刚：: a notice to several, each a party; the lines below may
      // describe each in turn (黄淑珍，女，公民身份号码…).
      addressee = party = current = undefined;
    } else if (
      (current === undefined || current === addressee) &&
      readSalutation(text, lineStart, lineEnd, salutation)
    ) {
      // 广汉市丰源饲料有限公司： / 某某餐馆（统一社会信用代码：…，经营者：…）： — a notice's
      // addressee is its party, and the brackets may hold the whole block; a notice to several
      // residents has a salutation line for each (何光荣（…）：⏎黎晓燕（…）：).
      addressee =
        party =
        current =
          newHolder(Role.party, {
            start: salutation.nameStart,
            end: salutation.nameStart,
          });
      const name = text.slice(salutation.nameStart, salutation.nameEnd);
      current.name = { start: salutation.nameStart, end: salutation.nameEnd, text: name };
      if (isOrganisationName(name)) current.organisationEvidence = true;
      holders.push(current);
      salutations.push(current);
      if (salutation.innerEnd > salutation.innerStart) {
        readClauses(clausesOf(text, salutation.innerStart, salutation.innerEnd));
      }
    } else if (
      addressee?.name !== undefined &&
      current !== addressee &&
      describedPersonAt(text, lineStart, lineEnd, salutation) > 0 &&
      addressee.name.text === text.slice(skipSpaces(text, lineStart, lineEnd), salutation.nameEnd)
    ) {
      // 邬蕾（法定代理人：付春兰）：⏎邬蕾，女，2008年2月19日出生…: the addressee described after
      // the guardian its salutation's bracket named: the addressee's block again, not his.
      party = current = addressee;
      const stop = text.indexOf('。', salutation.nameEnd);
      readClauses(
        clausesOf(text, salutation.nameEnd + 1, stop >= 0 && stop < lineEnd ? stop : lineEnd),
      );
    } else if (
      (holders.length === 0 || salutations.length > 1) &&
      describedPersonAt(text, lineStart, lineEnd, salutation) > 0 &&
      (holders.length === 0 ||
        salutations.some(
          (holder) =>
            holder.name?.text ===
            text.slice(skipSpaces(text, lineStart, lineEnd), salutation.nameEnd),
        ))
    ) {
      // 熊志华，男，汉族，1979年3月6日生，公民身份号码…: the first block, a person described
      // with no role word before the name (the decision then says 你): its party.
      const nameStart = skipSpaces(text, lineStart, lineEnd);
      addressee = party = current = newHolder(Role.party, { start: nameStart, end: nameStart });
      current.name = {
        start: nameStart,
        end: salutation.nameEnd,
        text: text.slice(nameStart, salutation.nameEnd),
      };
      holders.push(current);
      // Up to the first full stop: what follows (注册单位：某某公司（住所：…）) is another's.
      const stop = text.indexOf('。', salutation.nameEnd);
      readClauses(
        clausesOf(text, salutation.nameEnd + 1, stop >= 0 && stop < lineEnd ? stop : lineEnd),
      );
    } else if (
      addressee !== undefined &&
      current === addressee &&
      bracketLine(text, lineStart, lineEnd, salutation)
    ) {
      // 杜海波：⏎（性别：男；身份证号：…；暂住：…）: the addressee's details on the next line.
      readClauses(clausesOf(text, salutation.innerStart, salutation.innerEnd));
    } else if (readAddresseeBracket(text, lineStart, lineEnd, salutation)) {
      // 你（性别男，身份证号…，联系地址…）于…: the addressee's details in a bracket after 你,
      // the party of the salutation above (or one unnamed); the prose after it is no block.
      party = current =
        findLast(holders, (holder) => holder.role === Role.party) ??
        newHolder(Role.party, { start: salutation.innerStart, end: salutation.innerStart });
      if (!holders.includes(current)) holders.push(current);
      readClauses(clausesOf(text, salutation.innerStart, salutation.innerEnd));
      current = undefined;
      party = undefined;
    } else if (
      mayOpenOrContinue(text, lineStart, lineEnd, current !== undefined) ||
      // 观音桥街道城市管理科    电话：…: an office's line, its colon past a label's reach.
      officeLine(text, lineStart, lineEnd)
    ) {
      // A block line starts with a field or a role (or, in an open block, a description);
      // anything else is prose, and is not read clause by clause. Under a heading of people
      // in a role (违法行为人基本情况：) a row's 序号 cell is passed over: 序号：2⁣姓名：张浩然
      // is headed by its 姓名, another of them. (A table of patients or workers under a
      // party's block is not its party's rows.)
      const opening = clausesOf(text, lineStart, lineEnd, 1)[0];
      // A table row (cells) is read whole: its party cell may stand after 序号 and 文号.
      const row = hasCells && hasCellSeparator(text, lineStart, lineEnd);
      // 通知书编号：固电欠停〔2024〕第113号⁣户名：黄德胜⁣…⁣用电地址：…: a row of a list with
      // no party above it opens with its document's number; the name cell after it heads
      // the row, as it would stand first.
      const numbered =
        opening &&
        ((peopleRows && isRowNumber(text, opening)) ||
          (row && (current === undefined || inRow) && isNumberCell(text, opening)))
          ? clausesOf(text, lineStart, lineEnd, 2)[1]
          : undefined;
      const first =
        numbered &&
        (peopleRows ||
          (numbered.field === FieldKind.name &&
            (current === undefined ? namesPerson(text, numbered) : inRow) &&
            (namesPerson(text, numbered) || namesOrganisation(text, numbered))))
          ? numbered
          : opening;
      if (first && headsPeople(text, first)) peopleRows = true;
      const agencyLine =
        // 联系人：钱瑾　联系电话：0874-…　地址：…, right above the agency's name and date.
        (AGENCY_CONTACT_LINE.test(text.slice(lineStart, lineEnd)) &&
          closesDocument(text, lineEnd)) ||
        // 监督电话：0577-…　地址：…: a line the public's channel opens is the agency's, whatever
        // block went before it.
        PUBLIC_CHANNEL_LINE.test(text.slice(lineStart, lineEnd)) ||
        // 派出所地址：…, 户籍窗口电话：…, 镇人民政府地址：…: a public office's own address or
        // phone, named in the label itself, whatever block went before it.
        officeLine(text, lineStart, lineEnd) ||
        (first?.role === undefined &&
          (startsWithAgencyWord(text, lineStart, lineEnd) ||
            isSiteFooter(text, lineStart, lineEnd) ||
            // 联系地址：…　联系电话：… after the decision's prose, right above the agency's name
            // and date: the agency's own contact.
            (current === undefined &&
              (first?.field === FieldKind.address ||
                first?.field === FieldKind.phone ||
                // 经办科室：物业管理科   联系人：冯佳   联系电话：…: the office, then its contact.
                OFFICE_CONTACT.test(text.slice(lineStart, lineEnd))) &&
              closesDocument(text, lineEnd))));
      const sectionRow =
        row && first !== undefined && isSectionRow(text, first, lineStart, lineEnd);
      const blockLine =
        first !== undefined &&
        (first.role !== undefined ||
          first.field !== undefined ||
          agencyLine ||
          (row && !sectionRow) ||
          (current !== undefined && isDescription(text, first)) ||
          // 公民身份号码：⏎5105…: the value a PDF's line put below its label.
          (current !== undefined && afterCutLabel(text, lineStart)) ||
          // 出生日期：1963年4月9⏎日，民族：苗族，…: the tail of a value a PDF's line cut, then
          // more of the block's fields.
          (current !== undefined && startsWithCutTail(text, first, lineStart, lineEnd)) ||
          // …1988年10月23日生，身份⏎证号码5105…，住⏎古蔺县…: a long line a PDF cut mid-word.
          (current !== undefined && cutMidWord(text, lineStart)) ||
          // 联系单位：…股  联系人：赵敏  联系电话：…: a label no rule knows, then a role's.
          (hasColon(text, first.start, first.end) && hasRoleAfter(text, first.end, lineEnd)));
      if (!blockLine) {
        proseSinceParty = true;
        // A field no rule knows (定点医药机构编码：H511…) inside an open block is still one
        // of its lines: the block goes on past it.
        if (current !== undefined && (sectionRow || isUnknownFieldLine(text, lineStart, lineEnd))) {
          if (line >= text.length) break;
          lineStart = line + 1;
          continue;
        }
        current = undefined;
        party = undefined;
        if (line >= text.length) break;
        lineStart = line + 1;
        continue;
      }
      const addressee =
        !agencyLine && first.field === FieldKind.address
          ? addresseeOf(text, lineStart, lineEnd, holders)
          : undefined;
      if (addressee) {
        // 送达地址：…702室（受送达人包永红）: the party's address, whatever block was open.
        party = current = addressee;
      } else if (agencyLine) {
        // 本局地址：…, 本机关联系人：… : the agency's own lines.
        party = undefined;
        current = newHolder(Role.officer, { start: first.start, end: first.start });
        holders.push(current);
      } else if (
        row &&
        current === undefined &&
        first.role === undefined &&
        first.field === FieldKind.name &&
        !hasColon(text, lineStart, lineEnd) &&
        isLabelWord(text, first.valueStart, valueEnd(text, first.valueStart, first.end))
      ) {
        // 姓名⁣性别⁣年龄⁣住址⁣所做工作: a header row with a title no label rule knows
        // (所做工作) names no one; the rows below it are read as they come.
      } else if (
        first.field === FieldKind.name &&
        FONT_SIZE_SWITCH.test(text.slice(first.start, first.end))
      ) {
        // 字号：大中小, a portal page's text size switch, names no business.
      } else if (
        first.field === FieldKind.name &&
        ACCOUNT_NAME.test(text.slice(first.roleStart, first.valueStart)) &&
        BANK_WORDS.test(text.slice(Math.max(0, lineStart - BANK_REACH), lineEnd + BANK_REACH))
      ) {
        // 户名：乌日娜⏎开户行：…⏎账号：… — whose account a payment goes to: a person named
        // in the account's lines, not a party opening a block.
      } else if (
        current?.name !== undefined &&
        current.otherName === undefined &&
        first.field === FieldKind.name &&
        SPELLING_LABEL.test(text.slice(first.roleStart, first.valueStart))
      ) {
        // 违法行为人姓名⁣DANG THI MAI⏎中文译名⁣邓氏梅: the same person's name in Han characters.
        const end = valueEnd(text, first.valueStart, first.end);
        if (end > first.valueStart)
          current.otherName = {
            start: first.valueStart,
            end,
            text: text.slice(first.valueStart, end),
          };
      } else if (
        first.role === undefined &&
        first.field === FieldKind.name &&
        (current === undefined ||
          (current.name !== undefined &&
            (namesPerson(text, first) ||
              // 户名：固始县宏达米业有限公司 in the row below 户名：黄德胜: each row of a list is
              // its own holder, a company's as much as a person's.
              (row && inRow && namesOrganisation(text, first)))))
      ) {
        // 单位名称：…, 姓名：… heading a block names its party; heading the next line of a
        // block already named, another person: of the same role in a block of people (the
        // rows of a table of 当事人（共同违法，三人）), a third person in an organisation's.
        // A table of people set out in the facts of an organisation's decision (经调查，现场
        // 施工及相关人员如下：⏎姓名：冯国强⁣身份证号：…) starts with a third person too.
        // A row that says how its person is related to someone (与户主关系：孙子) is a member of
        // a household or a party's family, a third person, unless the relation is 户主 or 本人.
        const relation = row ? RELATION_CELL.exec(text.slice(lineStart, lineEnd)) : null;
        const role =
          (relation && !isSelfRelation(relation[1]!)) ||
          // 适龄儿童⏎姓名：梁美玲 (证人⏎姓名：…): a line of a third person's role word alone
          // heads the block of that person.
          (current === undefined && headedByThirdRole(text, lineStart))
            ? Role.third
            : current !== undefined
              ? // A row under a listed party's row (户名：固始县宏达米业有限公司 over 户名：易秀云)
                // is the next listed party, not a worker set out under the company's block.
                row && inRow && listedPartyRow(text, current)
                ? Role.party
                : rowRole(current)
              : row &&
                  proseSinceParty &&
                  (partiesAreOrganisations(holders) ||
                    // 参与人员情况如下：⏎姓名：刘勇⁣性别：男⁣年龄：45⁣…: the people a person's
                    // decision sets out in its facts (not a notice listing its parties).
                    // (Not co-parties the line before introduces: 共同违法当事人情况如下：)
                    (namedPersonParty(holders) &&
                      !listsInTitle(text) &&
                      namesPerson(text, first) &&
                      !introducesParties(text, lineStart))) &&
                  /姓\s*名/.test(text.slice(first.roleStart, first.valueStart))
                ? Role.third
                : Role.party;
        current = namedHolder(text, role, first);
        party = role === Role.party ? current : undefined;
        holders.push(current);
      }
      inRow = row;
      // A header row the rows below are labelled by (序号⁣委托人⁣联系人姓名 over 序号：1⁣…)
      // names no one: its cells are titles, not label and value.
      if (!(row && headsRowsBelow(text, lineStart, lineEnd))) {
        readClauses(clausesOf(text, lineStart, lineEnd));
      }
    } else {
      current = undefined;
      party = undefined;
      proseSinceParty = true;
    }
    if (party) proseSinceParty = false;
    if (line >= text.length) break;
    lineStart = line + 1;
  }
  for (const holder of holders) settleKind(holder);
  // A reward notice or a reply sent to whoever reported: its 送达回证's addressee is that
  // person too, whose name is kept confidential.
  if (replyToInformant) {
    for (const holder of holders) {
      if (
        holder.role === Role.party &&
        ADDRESSEE_WORD.test(text.slice(holder.roleSpan.start, holder.roleSpan.end))
      )
        holder.role = Role.third;
    }
  }
  const personalAddresses = addresses
    .filter(
      ({ holder, labelled, row, contact }) =>
        (holder.kind === HolderKind.person && (labelled || holder.role === Role.party)) ||
        // A named party nothing marks as an organisation (阿依古丽·买买提, a name read
        // nowhere else): a labelled address of it is kept private, as the ambiguous labels
        // are. Not a party whose name was redacted away (泸州市江阳区【已脱敏】 may have read
        // as an organisation before), so that redaction stays idempotent.
        (labelled &&
          holder.role === Role.party &&
          holder.kind === HolderKind.unknown &&
          holder.name !== undefined &&
          !hasNameMask(holder.name.text)) ||
        // A listing's row for a 个体工商户 named by its 字号 (兴隆建材经营部（经营者：姚德兵）|
        // 住所（地址）：…) lists the business's registered place, as a company's row does; a
        // 联系地址 there is still where its operator is reached (…村7组16号).
        (labelled && holder.individualBusiness && (!row || contact)),
    )
    .map(({ span }) => trimSpan(text, span));
  return {
    holders,
    spanStarts: starts.length ? Int32Array.from(starts) : NO_SPANS,
    spanEnds: ends.length ? Int32Array.from(ends) : NO_SPANS,
    spanHolders: owners,
    personalAddresses,
    dateLines,
  };
}

/** A row's relation cell (与户主关系：孙子, 关系：妻): what it says. */
const RELATION_CELL = /关系\s*[：:]\s*([^\u2063\t]*)/;
/**
 * True when the table row holding `at` says how its person is related to the household's
 * head or the case (与本案关系：货车驾驶员（雇工）), and it is not as the head or the party.
 */
function relatedToParty(text: string, at: number): boolean {
  const { start, end } = lineHolding(text, at);
  const relation = RELATION_CELL.exec(text.slice(start, end));
  return relation !== null && !isSelfRelation(relation[1]!);
}

/** The relation of the household's head or the party itself. */
const SELF_RELATION = /^\s*(?:户主|本人|当事人)\s*$/;

/**
 * True when a row's relation names its person as the household's head or the case's party:
 * 户主, 本人, or a party's role word (与本案关系：违法行为人, 被处罚人).
 */
function isSelfRelation(value: string): boolean {
  if (SELF_RELATION.test(value)) return true;
  const word = value.trim();
  const role = roleAt(word, 0, word.length);
  return role !== undefined && role[0] === Role.party && role[1] === word.length;
}

/** True when some party so far is an organisation and none is a person. */
function partiesAreOrganisations(holders: readonly Holder[]): boolean {
  let organisation = false;
  for (const holder of holders) {
    if (holder.role !== Role.party) continue;
    if (holder.personEvidence) return false;
    if (holder.organisationEvidence) organisation = true;
  }
  return organisation;
}

/**
 * True when the document is a notice listing people (公示, 公告, 名单 in its first lines) and
 * not a decision (a 决定书 or 告知书 whose page says 行政执法公示 in its header).
 */
export function listsInTitle(text: string): boolean {
  return titledAsList(text) && !/决定书|告知书|通知书/.test(text.slice(0, LIST_TITLE_REACH));
}

/**
 * True when a natural person (性别, 身份证… said of it) is already the named party, a
 * 个体工商户's operator too (a credit code in the same block).
 */
function namedPersonParty(holders: readonly Holder[]): boolean {
  return holders.some(
    (holder) =>
      holder.role === Role.party &&
      holder.name !== undefined &&
      // (Kinds are settled after the reading: what the block said of it so far decides.)
      holder.personEvidence,
  );
}

/**
 * A notice's words for the parties its table lists (因下列当事人下落不明…予以公告送达): in a
 * notice (公告 in its title), the 姓名 of a row after them is a party's.
 */
const PARTIES_BELOW = /(?:下列|以下)[当當]事人|[当當]事人(?:名单|名單|情况|情況)如下/;

/** A listing row's cell that gives the decision on its person (决定书文号：…, 处罚结果：…). */
const DECISION_CELL =
  /\u2063\s*(?:决定书(?:文号|编号)?|處罰決定書|处罚决定|处罚结果|处理结果|许可决定|决定|決定)\s*[：:]/;

/**
 * True when the table row holding `at`, in a notice (公告, 公示 in its title), gives a decision
 * (决定：撤销许可⁣决定书文号：…): its 姓名 is the party of that decision, named in public,
 * whatever other people (担保人, 车辆所有人) the row names.
 */
function decisionRow(text: string, at: number): boolean {
  if (!titledAsList(text)) return false;
  const { start, end } = lineHolding(text, at);
  return DECISION_CELL.test(text.slice(start, end));
}

/** Parties introduced in the prose before a table: 共同违法当事人情况如下：, 被处罚人名单如下. */
const PARTIES_FOLLOW = /(?:当事人|被处罚人|违法行为人|相对人)[^。；\n]{0,10}如下/;

/** True when the prose line before the table row at `lineStart` introduces parties. */
function introducesParties(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  // Past the rows above (the header, rows already read), to the prose.
  for (let rows = 0; end > 0 && rows < 50; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.includes('\u2063') && line.trim() !== '') return PARTIES_FOLLOW.test(line);
    end = start - 1;
  }
  return false;
}

/**
 * True when the holder is a party a table row opened (its name a cell of that row), or the
 * representative a party's row names (法定代表人：吴传宝 in the company's row).
 */
function listedPartyRow(text: string, holder: Holder): boolean {
  const party = holder.role === Role.representative ? holder.parent : holder;
  if (party?.role !== Role.party) return false;
  const start = lineStartOf(text, party.roleSpan.start);
  const end = text.indexOf('\n', party.roleSpan.start);
  return hasCellSeparator(text, start, end < 0 ? text.length : end);
}

/** The role of the next row's person under `current`: its own in a block of people. */
function rowRole(current: Holder): Role {
  return current.organisationEvidence && current.role === Role.party ? Role.third : current.role;
}

/** A line opened by the public's channel to the agency (监督电话：, 举报电话：, 咨询电话：). */
/**
 * A line whose label is a public office's address or phone (城关派出所户籍室：地址：…,
 * 户籍室电话：…, 镇人民政府地址：…): the office is named before the label's colon.
 */
const OFFICE_LINE =
  /^\s*[^：:\n\u2063]{0,14}?(?:派出所|人民政府|政府|村民委员会|居民委员会|村委会|居委会|服务中心|服務中心|户籍室|戶籍室|户籍窗口|戶籍窗口|户政窗口|戶政窗口|办事大厅|辦事大廳|村部|办事处|辦事處|管理科|执法大队|執法大隊|执法中队|執法中隊)[^：:\n\u2063]{0,4}?(?:地址|电话|電話)?\s*[：:]/;
const MAX_OFFICE_LABEL = 28;
/** The last characters of the office words OFFICE_LINE knows: without one, no regex runs. */
const OFFICE_WORD_ENDS = characterSet('所府会會心室口厅廳部处處科队隊');

/**
 * True when the line is a public office's own (OFFICE_LINE), or gives an address beside the
 * office's duty or supervision phone (地址：…　值班电话：…). Every block line is asked: cheap
 * character tests turn most away before a regex runs.
 */
function officeLine(text: string, lineStart: number, lineEnd: number): boolean {
  const labelEnd = Math.min(lineEnd, lineStart + MAX_OFFICE_LABEL);
  let office = false;
  for (let i = lineStart; i < labelEnd && !office; i++)
    office = OFFICE_WORD_ENDS[text.charCodeAt(i)] === 1;
  if (office && OFFICE_LINE.test(text.slice(lineStart, labelEnd))) return true;
  const first = skipSpaces(text, lineStart, lineEnd);
  const code = text.charCodeAt(first);
  return (
    (code === 0x5730 && OFFICE_PHONE_LINE.test(text.slice(lineStart, lineEnd))) ||
    // 联系地址：寿县寿春镇宾阳大道126号寿县公安局寿春派出所 电话：…: the office the address names.
    ((code === 0x5730 || code === 0x8054) &&
      OFFICE_ADDRESS_LINE.test(text.slice(lineStart, lineEnd))) ||
    AGENCY_NAME_LINE.test(text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_AGENCY_LINE)))
  );
}
/**
 * An agency's full name, then its address or phone (哈尔滨市公安局公交分局　地址：…　举报投诉
 * 电话：…): the agency's own line, closing its decision.
 */
const AGENCY_NAME_LINE =
  /^\s*[\u4e00-\u9fff]{2,24}?(?:局|大队|大隊|支队|支隊|中队|中隊|委员会|委員會|执法队|執法隊)[\s\u3000]*(?:地\s*址|电话|電話|联系电话|聯繫電話)\s*[：:]/;
const MAX_AGENCY_LINE = 40;
const OFFICE_PHONE_LINE =
  /^\s*地\s*址\s*[：:][^\n]{1,48}?(?:值班|监督|監督|举报|舉報|咨询|諮詢|服务|服務)(?:电话|電話|热线|熱線)\s*[：:]/;
const OFFICE_ADDRESS_LINE =
  /^\s*(?:联系)?地\s*址\s*[：:][^\n，。；]{2,40}?(?:派出所|公安局|公安分局|人民政府|服务中心|服務中心|执法大队|执法中队|司法所|市场监督管理所|人民检察院|人民法院)(?:[\s\u3000]|电话|電話|$)/;
const PUBLIC_CHANNEL_LINE =
  /^\s*(?:监督|举报|投诉|咨询|監督|舉報|投訴|諮詢)(?:电话|電話|热线|熱線)\s*[：:]/;

/** A row's number cell (序号：2, 编号：3). */
const NUMBER_CELL = '\\s*(?:序号|编号|編號|序)\\s*[：:]\\s*[0-9０-９]{1,3}\\s*';
const ROW_NUMBER = new RegExp(`^${NUMBER_CELL}$`);
/** A listing row opened by its number cell (序号：2⁣…). */
const NUMBERED_ROW = new RegExp(`^${NUMBER_CELL}\\u2063`);

function isRowNumber(text: string, clause: Clause): boolean {
  return ROW_NUMBER.test(text.slice(clause.start, clause.end));
}

/**
 * A decision laid out as a table of sections (违法事实⁣2025年1月6日7时50分许，被处罚人…。):
 * a first cell no field rule knows, then prose. It says nothing of the block above it (a
 * company its facts name is no sign the party is one), which goes on past it unread.
 */
function isSectionRow(text: string, first: Clause, lineStart: number, lineEnd: number): boolean {
  if (first.field !== undefined || first.role !== undefined) return false;
  const cell = text.indexOf('\u2063', lineStart);
  if (cell < 0 || cell >= lineEnd || cell - lineStart > MAX_SECTION_TITLE) return false;
  for (let i = lineStart; i < cell; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff1a || code === 0x3a) return false;
  }
  const rest = text.slice(cell + 1, lineEnd);
  return rest.indexOf('\u2063') < 0 && (rest.includes('。') || rest.length > MIN_SECTION_PROSE);
}
/** Longest title of a section cell (违法事实, 处罚依据, 当事人陈述申辩情况). */
const MAX_SECTION_TITLE = 10;
/** Shortest prose a section cell holds with no full stop. */
const MIN_SECTION_PROSE = 60;

/** A resident ID with its middle masked (6101**********1537, 411525********3025). */
const MASKED_ID = /^\s*[0-9]{3,6}[*＊×]{6,12}[0-9]{2,4}[0-9Xx]?\s*$/;

/** A cell numbering a row or its document (序号：3, 通知书编号：固电欠停〔2024〕第113号). */
const NUMBER_LABEL = /(?:序号|编号|編號|文号|文號)\s*[：:]\s*$/;
function isNumberCell(text: string, clause: Clause): boolean {
  return (
    clause.valueStart > clause.start &&
    NUMBER_LABEL.test(text.slice(clause.start, clause.valueStart))
  );
}

/** A holder of `role` named by the value of a `姓名：…` clause (none when it is a label). */
function namedHolder(text: string, role: Role, clause: Clause): Holder {
  const holder = newHolder(role, { start: clause.start, end: clause.valueStart });
  const end = nameValueEnd(text, clause.valueStart, clause.end);
  // A row of labels the header test did not know all of (送达方式) names no one.
  if (end > clause.valueStart && !isLabelWord(text, clause.valueStart, end)) {
    holder.name = { start: clause.valueStart, end, text: text.slice(clause.valueStart, end) };
  }
  return holder;
}

/**
 * True when a clause is a person's `姓名：…` (or `户名：…`) and its value a person's name (not 物品名称's
 * goods, nor 送达文书名称's).
 */
function namesPerson(text: string, clause: Clause): boolean {
  // 户名 of a household's account (用电户, 用水户) names a person as 姓名 does, and a
  // foreigner's 中文译名 as well.
  const label = text.slice(clause.roleStart, clause.valueStart);
  if (!/[姓户译譯]\s*名/.test(label)) return false;
  const end = nameValueEnd(text, clause.valueStart, clause.end);
  // 中文译名：昂觉敏: a transliteration need not start with a Chinese surname.
  if (
    /(?:译|譯|中文)\s*名/.test(label) &&
    TRANSLATED_VALUE.test(text.slice(clause.valueStart, end))
  )
    return true;
  // A name redaction masked (龚某某) is still a person's: the row reads the same again.
  return (
    end > clause.valueStart &&
    (personNameEnd(text, clause.valueStart, end) === end ||
      latinNameEnd(text, clause.valueStart) === end ||
      TRANSLITERATED.test(text.slice(clause.valueStart, end)) ||
      maskedNameLength(text, clause.valueStart, end) === end - clause.valueStart)
  );
}

/** True when a clause's value is an organisation's name (名称：…有限公司, 户名：…土菜馆). */
function namesOrganisation(text: string, clause: Clause): boolean {
  const end = valueEnd(text, clause.valueStart, clause.end);
  return end > clause.valueStart && isOrganisationName(text.slice(clause.valueStart, end));
}

/** A name in Han characters as a translation writes it (昂觉敏, 安德烈·伊万诺夫). */
const TRANSLATED_VALUE = /^[\u4e00-\u9fff]{2,8}(?:[·•・][\u4e00-\u9fff]{1,8}){0,3}$/;

/**
 * Where a name's value ends: a name in Latin letters runs over its spaces (TRAN VAN DUNG),
 * any other stops at a space, a bracket or a comma.
 */
function nameValueEnd(text: string, start: number, end: number): number {
  const latin = latinNameEnd(text, start);
  return latin > start && latin <= end ? latin : valueEnd(text, start, end);
}

/**
 * True when a name in Latin letters ending at `end` is the whole value or is followed by its
 * bracket or the next detail (MA HNIN WAI（…）, …，女): not a word run into more (EMS单号…).
 */
function endsLatinName(text: string, end: number, clauseEnd: number): boolean {
  return end > 0 && (end >= clauseEnd || LATIN_NAME_FOLLOWERS[text.charCodeAt(end)] === 1);
}

const LATIN_NAME_FOLLOWERS = characterSet('（(，,、；; \u3000\t\u2063\n');

/** True when the clause opens with the name of a person other than the holder (庞立新（…律师）). */
function namesAnother(text: string, holder: Holder, clause: Clause): boolean {
  const start = skipSpaces(text, clause.start, clause.end);
  const end = personNameEnd(text, start, clause.end);
  // The name alone before its bracket or comma (not 江西红都律师事务所, a firm's place name).
  return (
    end > start &&
    NAME_THEN_DETAILS[text.charCodeAt(end)] === 1 &&
    text.slice(start, end) !== holder.name?.text
  );
}

const NAME_THEN_DETAILS = characterSet('（(，,');

/**
 * Two to four Han characters, then a bracket saying how the person is related (（系当事人之父）,
 * or the kin word alone: 法定代理人：完德加（父）).
 */
const KIN_NAMED =
  /^([\u4e00-\u9fff]{2,4})[（(](?:(?:系|係|是)?(?:当事人|當事人|违法行为人|其)|[之其]?(?:父亲|母亲|父親|母親|祖父|祖母|外祖父|外祖母|父|母|哥哥|姐姐|叔叔|舅舅|姑姑|爷爷|奶奶)[）)])/;

/** The addressee's role word on a 送达回证 (受送达人, 被送达人). */
const ADDRESSEE_WORD = /[受被]\s*送\s*[达達]\s*人/;

/** The label of where a document is served (送达地址, 送达地点). */
const SERVICE_ADDRESS = /^\s*送\s*[达達]\s*地\s*[址点點]/;

/**
 * True when the line before `lineStart` holds nothing but a third person's role word (适龄儿童,
 * 证人): a heading over that person's 姓名 line.
 */
const MAX_HEADING_ROLE = 8;
function headedByThirdRole(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= MAX_HEADING_ROLE && !isLineBreak(text.charCodeAt(start - 1)))
    start--;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  if (start >= end || (start > 0 && !isLineBreak(text.charCodeAt(start - 1)))) return false;
  const role = roleAt(text, start, end);
  return role !== undefined && role[0] === Role.third && role[1] === end;
}

/** The last party read whose role word is the addressee's (受送达人), if any. */
function lastAddressee(text: string, holders: readonly Holder[]): Holder | undefined {
  for (let k = holders.length - 1; k >= 0; k--) {
    const holder = holders[k]!;
    if (holder.role !== Role.party) continue;
    const word = text.slice(holder.roleSpan.start, holder.roleSpan.end);
    return ADDRESSEE_WORD.test(word) ? holder : undefined;
  }
  return undefined;
}

/** What says a person is under 18 (未满十八周岁, 系未成年人). */
const UNDER_18 = /(?:未满|不满)(?:十八|18)周岁|系未成年人/;

/**
 * True when someone other than the holder is named right before what says a person is under
 * 18 (a listing's remark: 与其表弟郑泽楷共同经营，郑泽楷未满十八周岁).
 */
/** True when the clause text[start, end) opens with a name other than the holder's. */
function bornOfAnother(text: string, holder: Holder, start: number, end: number): boolean {
  const from = skipSpaces(text, start, end);
  // (李某某于2008年2月出生 as redaction left it reads the same.)
  let nameEnd = personNameEnd(text, from, Math.min(end, from + 4));
  if (nameEnd <= from + 1) nameEnd = from + maskedNameLength(text, from, end);
  return (
    nameEnd > from + 1 &&
    text.slice(from, nameEnd) !== holder.name?.text &&
    OF_BIRTH_AFTER_NAME.test(text.slice(nameEnd, nameEnd + 2))
  );
}
/** A clause giving the holder's age (35岁, 现年16岁, 时年十五周岁, 年龄：46岁). */
const AGE_CLAUSE =
  /^(?:现年|現年|今年|时年|時年|年龄|年齡|年满|年滿|已满|已滿|系|是|为|為)?[：:\s]*[0-9０-９一二三四五六七八九十]{1,3}\s*周?岁/;

/** Longest clause read as a holder's birth (于1985年3月7日在泸县云龙镇出生). */
const MAX_BIRTH_CLAUSE = 24;
/** What follows a name whose birth a clause gives (李浩然于2008年…, 李浩然2008年…出生). */
const OF_BIRTH_AFTER_NAME = /^(?:于|於|[0-9０-９]|出生|生于)/;

function saidOfAnother(text: string, holder: Holder, at: number): boolean {
  let start = personNameBefore(text, at);
  // The name as redaction left it (郑某某未满十八周岁) reads the same.
  if (start < 0) start = maskedNameBefore(text, at);
  return start >= 0 && text.slice(start, at) !== holder.name?.text;
}

/** An account's name (户名, 账户名称) and the bank's words around it. */
const ACCOUNT_NAME = /^\s*(?:户名|戶名|账户名称|賬戶名稱|收款人)\s*[：:]?\s*$/;
const BANK_WORDS = /开户行|开户银行|開戶行|账号|帳號|賬號|银行卡|銀行卡/;
const BANK_REACH = 40;

/** A label of the other spelling of a name already given (中文译名：邓氏梅). */
const SPELLING_LABEL =
  /^(?:中文译名|中文譯名|译名|譯名|中文名|中文姓名|英文名|英文姓名|外文名|外文姓名|变更后姓名|變更後姓名|变更前姓名|原姓名|现姓名|新姓名|曾用名)\s*[：:]?\s*$/;

/** A foreigner's name transliterated with middle dots (玛丽亚·克里斯蒂娜·雷耶斯). */
const TRANSLITERATED = /^[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,6}){1,3}$/;

/**
 * True when the row text[start, end) has no colon and the next line starts with its first
 * cell's text and a colon: the table's layout labelled the rows below by it (table-layout.ts).
 */
function headsRowsBelow(text: string, start: number, end: number): boolean {
  if (hasColon(text, start, end)) return false;
  const cell = text.indexOf('\u2063', start);
  if (cell < 0 || cell > end) return false;
  const first = text.slice(start, cell).trim();
  return first.length > 0 && text.startsWith(`${first}：`, end + 1);
}

function hasColon(text: string, start: number, end: number): boolean {
  const colon = text.indexOf('：', start);
  return colon >= 0 && colon < end;
}

/**
 * True when a clause of text[from, end) opens a holder with a role word and a colon (联系人：
 * 赵敏). Fields alone do not make the line a block's (加油站负责人：严小峰　联系方式：… is a
 * person met in the facts).
 */
function hasRoleAfter(text: string, from: number, end: number): boolean {
  return clausesOf(text, from, end).some((clause) => clause.labelled && clause.role !== undefined);
}

/** True when a clause after a ； is a person's name alone (；李文峰，…): another of the role. */
function nextOfSameRole(text: string, clause: Clause): boolean {
  if (clause.role !== undefined || clause.field !== undefined || clause.labelled) return false;
  let before = clause.start - 1;
  while (before > 0 && isSpace(text.charCodeAt(before))) before--;
  const code = text.charCodeAt(before);
  // 委托代理人：何俊（系当事人之子），苟建明（…律师事务所律师）: after a comma, a name with
  // its own remark in brackets is the next agent too.
  const comma = code === 0xff0c || code === 0x2c;
  if (code !== 0xff1b && code !== 0x3b && !comma) return false;
  let end = clause.end;
  if (comma) {
    end = clause.valueStart;
    while (end < clause.end && !opensBracket(text.charCodeAt(end))) end++;
    if (end === clause.end) return false;
  }
  const length = end - clause.valueStart;
  return length >= 2 && length <= 4 && personNameEnd(text, clause.valueStart, end) === end;
}

function opensBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28;
}

/** Where the line holding `pos` starts. */
function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** 住, 现住, 家住, 居住在 before an address in a run-on block (…，住泸县玉蟾街道…, 住9栋1单元602室): not its part. */
const DWELLING_VERB =
  /^(?:现住|現住|家住|居住在|居住于|住所地|住在|住于|住址|住所|住)(?=[\u4e00-\u9fff0-9０-９])/;

export function afterDwellingVerb(text: string, start: number): number {
  const verb = DWELLING_VERB.exec(text.slice(start, start + 4));
  return verb ? start + verb[0].length : start;
}

/** An address's value as written (its end read as the detectors read it). */
function addressText(text: string, span: Span): string {
  return text.slice(span.start, addressValueEnd(text, span.start, span.end)).trim();
}

/**
 * A notice's salutation: the addressee alone on its line, then a colon (某某有限公司：,
 * 张三：), the addressee's details possibly in brackets before the colon. Fills `out`.
 */
function readSalutation(
  text: string,
  start: number,
  end: number,
  out: { nameStart: number; nameEnd: number; innerStart: number; innerEnd: number },
): boolean {
  let last = end;
  while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
  const colon = text.charCodeAt(last - 1);
  if (colon !== 0xff1a && colon !== 0x3a) return false;
  let first = start;
  while (first < last && isSpace(text.charCodeAt(first))) first++;
  let nameEnd = last - 1;
  let innerStart = nameEnd;
  let innerEnd = nameEnd;
  const close = text.charCodeAt(nameEnd - 1);
  if (close === 0xff09 || close === 0x29) {
    // Back to the opening bracket within the line (a search of the whole text before it
    // would make a file of many addressees quadratic).
    let open = nameEnd - 2;
    while (open > first && text.charCodeAt(open) !== 0xff08 && text.charCodeAt(open) !== 0x28)
      open--;
    if (open <= first) return false;
    innerStart = open + 1;
    innerEnd = nameEnd - 1;
    nameEnd = open;
  }
  // 郑国栋先生：, 何丽萍女士：: the honorific is not the name's.
  if (HONORIFIC.test(text.slice(nameEnd - 2, nameEnd)) && nameEnd - first >= 4) nameEnd -= 2;
  if (nameEnd - first < 2 || nameEnd - first > 40) return false;
  for (let i = first; i < nameEnd; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  const name = text.slice(first, nameEnd);
  if (!isOrganisationName(name) && personNameEnd(text, first, nameEnd) !== nameEnd) return false;
  out.nameStart = first;
  out.nameEnd = nameEnd;
  out.innerStart = innerStart;
  out.innerEnd = innerEnd;
  return true;
}

/** A person's sex after the name, then a birth or an identity number in the same line. */
const DESCRIBED = /^[，,]\s*[男女][，,；;]/;
const BIRTH_OR_ID = /出生|[0-9０-９]日生|身份证|身份号码/;

/**
 * The end of the name a line starts with when the line describes that person (熊志华，男，
 * 汉族，1979年3月6日生，公民身份号码…), also put in `out`; else -1.
 */
function describedPersonAt(
  text: string,
  lineStart: number,
  lineEnd: number,
  out: { nameEnd: number },
): number {
  const start = skipSpaces(text, lineStart, lineEnd);
  for (const length of [3, 2, 4]) {
    const end = start + length;
    if (
      end < lineEnd &&
      DESCRIBED.test(text.slice(end, end + 4)) &&
      personNameEnd(text, start, end) === end &&
      BIRTH_OR_ID.test(text.slice(end, lineEnd))
    ) {
      out.nameEnd = end;
      return end;
    }
  }
  return -1;
}

/** The first words after a notice's salutations when they reply to complainants. */
const COMPLAINED = /^\s*(?:你们|你|您)[^。！？]*?(?:反映|投诉|举报|来信|来电|投訴|舉報|來信|來電)/;
const MAX_COMPLAINT_LEAD = 80;
/**
 * Titles of what is sent to whoever reported or complained (举报奖励告知书, 信访事项答复意见书,
 * 投诉处理结果告知书, a 县长信箱 (市长, 书记, 区长) letter's reply): its addressee is that person,
 * whose identity is kept confidential.
 */
const REPLY_TITLE =
  /举报奖励|舉報獎勵|检举奖励|檢舉獎勵|信访|信訪|投诉处理|投訴處理|[长長记記]信箱/;

/** True when the title is a reply to an informant or a complainant (spaced out or not). */
function isReplyToInformant(text: string): boolean {
  return REPLY_TITLE.test(text.slice(0, LIST_TITLE_REACH).replace(/\s/g, ''));
}
/** How much of the line is read before the details bracket is left out. */
const MAX_COMPLAINT_LINE = 240;
const DETAILS_BRACKET = /[（(][^）)]*[）)]/;

/** A line that is one bracket (its content's span into `out`), holding a field's colon. */
function bracketLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  out: { innerStart: number; innerEnd: number },
): boolean {
  const open = skipSpaces(text, lineStart, lineEnd);
  let close = lineEnd;
  while (close > open && isSpace(text.charCodeAt(close - 1))) close--;
  const first = text.charCodeAt(open);
  const last = text.charCodeAt(close - 1);
  if ((first !== 0xff08 && first !== 0x28) || (last !== 0xff09 && last !== 0x29)) return false;
  if (!hasColon(text, open, close)) return false;
  out.innerStart = open + 1;
  out.innerEnd = close - 1;
  return true;
}

/**
 * A salutation to several people on one line (邱建国、黄淑珍、李成刚：, 司徒建华先生、黎小娟女士：):
 * each name a party, pushed to `holders` and `salutations`. False when the line is not one.
 */
function readSalutations(
  text: string,
  lineStart: number,
  lineEnd: number,
  holders: Holder[],
  salutations: Holder[],
): boolean {
  const line = text.slice(lineStart, lineEnd);
  const match = SEVERAL_ADDRESSEES.exec(line);
  if (!match) return false;
  const names: Span[] = [];
  let at = lineStart + match.index;
  for (const part of match[1]!.split('、')) {
    const name = part.replace(HONORIFIC_END, '');
    if (personNameEnd(text, at, at + name.length) !== at + name.length) return false;
    names.push({ start: at, end: at + name.length });
    at += part.length + 1;
  }
  for (const span of names) {
    const holder = newHolder(Role.party, { start: span.start, end: span.start });
    holder.name = { ...span, text: text.slice(span.start, span.end) };
    holders.push(holder);
    salutations.push(holder);
  }
  return true;
}

/** Two to six names joined by 、, each maybe with an honorific, then the colon, alone on a line. */
const SEVERAL_ADDRESSEES =
  /^\s*((?:[\u4e00-\u9fff]{2,4}(?:先生|女士)?、){1,5}[\u4e00-\u9fff]{2,4}(?:先生|女士)?)[：:]\s*$/;
const HONORIFIC_END = /(?:先生|女士)$/;

/** A line ending as a salutation does (…：), one of several addressees' or not. */
const SALUTATION_END = /[：:]\s*$/;
/** A salutation's honorific after the name (先生, 女士, 同志). */
const HONORIFIC = /^(?:先生|女士|同志)$/;

/** Longest bracket of an addressee's details after 你 (the details of one person). */
const MAX_ADDRESSEE_BRACKET = 240;

/** How far into a line 你（ is looked for (经我局…对你（地址：…）…). */
const MAX_ADDRESSEE_LEAD = 40;

/**
 * 你（…） or 您（…） early in a line, the bracket holding a field (性别男，身份证号…; 对你
 * （地址：…）): fills `out`'s inner span with the bracket's content.
 */
/** After 你: the household addressed (你户, 你戶, 你家). */
const HOUSEHOLD_YOU = characterSet('户戶家');

function readAddresseeBracket(
  text: string,
  start: number,
  end: number,
  out: { innerStart: number; innerEnd: number },
): boolean {
  let i = start;
  // 你户（用户编号：…，用气地址：…）: a household addressed as 你户 (你家) as well.
  let inner = 0;
  const lead = Math.min(end - 1, start + MAX_ADDRESSEE_LEAD);
  for (; i < lead; i++) {
    const you = text.charCodeAt(i);
    if (you !== 0x4f60 && you !== 0x60a8) continue;
    const household = HOUSEHOLD_YOU[text.charCodeAt(i + 1)] === 1 ? 1 : 0;
    const open = text.charCodeAt(i + 1 + household);
    if (open === 0xff08 || open === 0x28) {
      inner = i + 2 + household;
      break;
    }
  }
  if (i >= lead) return false;
  const limit = Math.min(end, inner + MAX_ADDRESSEE_BRACKET);
  for (let k = inner; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (code !== 0xff09 && code !== 0x29) continue;
    if (!clausesOf(text, inner, k).some((clause) => clause.field !== undefined)) return false;
    out.innerStart = inner;
    out.innerEnd = k;
    return true;
  }
  return false;
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

/** Longest value of a field line no rule knows: a code or a short name, never a paragraph. */
const MAX_UNKNOWN_VALUE = 40;

/**
 * `label：value` alone on its line, the label a few Han characters and the value short and
 * no sentence (机构编码：H51132200517); 经查：当事人于… is prose.
 */
function isUnknownFieldLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const labelStart = i;
  while (i < end && isHanCode(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  if (i - labelStart < 2 || i - labelStart > 10 || (code !== 0xff1a && code !== 0x3a)) return false;
  const value = text.slice(i + 1, end).trim();
  return value.length > 0 && value.length <= MAX_UNKNOWN_VALUE && !/[。；;，,]/.test(value);
}

/** A row of cells that are all labels, none with a value: 姓名⁣性别⁣出生日期⁣身份证号码. */
function isHeaderRow(text: string, start: number, end: number): boolean {
  if (!hasCellSeparator(text, start, end)) return false;
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 0x2063) continue;
    let from = cellStart;
    let to = i;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to === from || !isLabelWord(text, from, to)) return false;
    for (let k = from; k < to; k++) {
      const code = text.charCodeAt(k);
      if (code === 0xff1a || code === 0x3a) return false;
    }
    cellStart = i + 1;
  }
  return true;
}

function hasCellSeparator(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x2063) return true;
  return false;
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && code !== 0x0d && code !== 0x09 && code !== 0x2063) return true;
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
  // A label of MAX_LABEL_LENGTH after numbering and spaces ends within 20 characters.
  const limit = Math.min(end, start + 20);
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff1a || code === 0x3a || code === 0x09 || code === 0x2063) return true;
  }
  // 姓名  先俊豪        性别  男: a printed form's label and value, wide spaces between.
  if (opensWithSpacedLabel(text, start, end)) return true;
  // 当事人陈建国，男… : a role word with no colon, at the line's start (after a list's
  // number: 一、申请人黄志坚，男，…).
  let i = start;
  while (i < limit && (isSpace(text.charCodeAt(i)) || !isHanCode(text.charCodeAt(i)))) i++;
  const numbered = LIST_NUMBER_AT.exec(text.slice(i, i + 5));
  if (numbered) i += numbered[0].length;
  return i < limit && roleAt(text, i, end) !== undefined;
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
  proseSinceParty: boolean,
): Holder {
  let role = clause.role!;
  const roleSpan = { start: clause.roleStart, end: clause.roleEnd };
  // 法定代表人（负责人、经营者）：/ in a natural person's row of a listing, or the label left
  // empty in a form (法定代表人：⏎): nobody, and no sign that the party is an organisation.
  // (经营者：  邹德权 has its name after the spaces, a clause of its own.)
  if (role === Role.representative && current) {
    const value = text.slice(clause.valueStart, clause.end);
    if (NO_VALUE.test(value) || (value.trim() === '' && lineEndsAfter(text, clause.end)))
      return current;
  }
  // The driver is the party of a traffic decision, but a third person in a decision on the
  // transport company that sent him (当事人：XX物流有限公司 … 驾驶人：梁小兵).
  if (role === Role.party && isDriverWord(text, clause)) {
    const last = party ?? findLast(holders, (holder) => holder.role === Role.party);
    if (last?.name && clause.roleStart - last.name.start < DRIVER_REACH) role = Role.third;
  }
  // 户主：邓国华 heading a decision on a household's benefits (追回低保金决定书), before any
  // other holder: the household's head is its party (户主 in a list of households is not);
  // 考生：… heading a decision on an exam is its candidate.
  if (role === Role.third && holders.length === 0 && FIRST_BLOCK_PARTY.test(roleWord(text, clause)))
    role = Role.party;
  // 被通知人：罗秀英（被拘留人之姐）: the relative a detention is notified to, not whom a
  // 整改通知书 is sent to.
  if (
    role === Role.party &&
    NOTIFIED.test(roleWord(text, clause)) &&
    (KIN_IN_BRACKET.test(text.slice(clause.valueStart, clause.valueStart + MAX_KIN_BRACKET)) ||
      // 被通知人：关雪梅⁣与被决定人关系⁣妻子: the row's relation cell says the same.
      KIN_IN_ROW.test(text.slice(clause.valueStart, lineEndAfter(text, clause.valueStart))))
  )
    role = Role.third;
  // 以下电力客户：⏎(a table of 户名 rows), before any other holder: the line that introduces
  // the people listed below names the notice's addressees, its parties.
  if (role === Role.third && holders.length === 0 && introducesListBelow(text, clause))
    role = Role.party;
  // 户主 | 住址 | 补助金额 of a 公示 of who was paid, with no party but its rows: each listed
  // household is what the notice is about (its head named in public, its address not).
  if (
    role === Role.third &&
    clause.labelled &&
    HOUSEHOLD_HEAD.test(roleWord(text, clause)) &&
    (listsItsParties(text, holders) || householdRowBefore(text, holders))
  )
    role = Role.party;
  // 下列出租人…现予公告送达, then a table of 出租人 (车辆所有人, 经营者…): a notice with no
  // party named before its table is addressed to the people its rows list, whatever the
  // role word; they are its parties.
  if (
    role === Role.third &&
    clause.labelled &&
    holders.every(
      (holder) =>
        holder.role !== Role.party || holder.name === undefined || isRowHolder(text, holder),
    ) &&
    addressesRowsOf(text, clause)
  )
    role = Role.party;
  // 序号：2⁣决定书编号：…⁣驾驶人：伍振邦⁣…⁣车辆所有人：…: a listing's row that is one decision
  // names its party in its first role's cell, whatever the word (a driver, a seller); who
  // else the row names (the vehicle's owner) is who the word says.
  if (role === Role.third && clause.labelled && firstRoleOfDecisionRow(text, clause))
    role = Role.party;
  // 监护人身份证号：… is a field of the guardian named just before, not a new guardian.
  if (clause.field !== undefined && clause.field !== FieldKind.name && current) {
    const same =
      current.role === role ? current : current.parent?.role === role ? current.parent : undefined;
    if (same) return same;
  }
  // 联系人 outside a party's block is the agency's (联系人：王科长，联系电话：0830-…).
  // …but not another person's (代收人：…（当事人之妻） / 联系人：王科长 is the agency's).
  // (Not a listing's cell: 序号：1⁣委托人：…⁣联系人姓名：胡志强 is the client's contact person.)
  const inCell = text.charCodeAt(clause.start - 1) === 0x2063;
  if (
    role === Role.third &&
    (current?.kind === HolderKind.agency ||
      (current?.role === Role.third && proseSinceParty && !inCell) ||
      // …向本大队法制室提出。联系人：洪志明，电话：0595-…: whom the public is sent to.
      sendsPublicToAgency(text, clause.start, true)) &&
    isContactWord(text, clause)
  )
    role = Role.officer;
  // Right after a company's block (a table's header row between), it is the company's.
  if (
    role === Role.third &&
    current === undefined &&
    proseSinceParty &&
    !inCell &&
    isContactWord(text, clause)
  )
    role = Role.officer;
  let parent =
    role === Role.representative && party && party.kind !== HolderKind.person ? party : undefined;
  if (role === Role.representative && !parent && !party) {
    // 法定代表人 with no party line before it: an organisation is meant, unnamed here.
    parent = newHolder(Role.party, roleSpan);
    parent.organisationEvidence = true;
    holders.push(parent);
  }
  const holder = newHolder(role, roleSpan, parent);
  if (role === Role.party && text.slice(clause.valueStart, clause.end).includes('个体工商户'))
    holder.individualBusiness = true;
  if (parent) {
    parent.organisationEvidence = true;
    parent.representative = holder;
  }
  // 违法 行为人⁣姓名：何俊熙: the role in one cell, its name labelled in the next; 丈夫叫韦金福:
  // the name after 叫.
  // 收件人签名：〔签名〕马桂兰: the mark a form prints where one signs, then the name.
  const signed = SIGNATURE_MARK.exec(text.slice(clause.valueStart, clause.valueStart + 6));
  const valueStart = clause.valueStart + (signed ? signed[0].length : 0);
  const nameLabel = NAME_LABEL.exec(text.slice(valueStart, valueStart + 8));
  const nameStart = valueStart + (nameLabel ? nameLabel[0].length : 0);
  const nameEnd = valueEnd(text, nameStart, clause.end);
  // 监护人身份证号：… names no one; 当事人：… and 当事人名称：… do.
  const naming = clause.field === undefined || clause.field === FieldKind.name;
  // A label in the value's place (a header cell, 当事人⁣当事人) names no one.
  // 违法行为人 向 子 轩 ，男: a name spaced out (OCR, a padded table cell).
  const spacedStart = skipSpaces(text, nameStart, clause.end);
  const spacedEnd = naming ? spacedNameEnd(text, spacedStart) : -1;
  // 违法行为人：MA HNIN WAI（中文译名：玛宁薇）: a foreigner's name runs over its spaces.
  const latinEnd =
    naming && endsLatinName(text, latinNameEnd(text, spacedStart), clause.end)
      ? latinNameEnd(text, spacedStart)
      : -1;
  if (spacedEnd > 0 && spacedEnd <= clause.end) {
    holder.name = { start: spacedStart, end: spacedEnd, text: text.slice(spacedStart, spacedEnd) };
  } else if (latinEnd > spacedStart && latinEnd <= clause.end) {
    holder.name = { start: spacedStart, end: latinEnd, text: text.slice(spacedStart, latinEnd) };
    otherSpelling(text, latinEnd, (start, end) => {
      holder.otherName = { start, end, text: text.slice(start, end) };
    });
  } else if (naming && nameEnd > nameStart && !isLabelWord(text, nameStart, nameEnd)) {
    const value = text.slice(nameStart, nameEnd);
    const personEnd = personNameEnd(text, nameStart, nameEnd);
    // 当事人陈学军本人到场: a person, though the clause ends as 农场 does.
    const personFirst =
      personEnd > 0 && SAID_OF_A_PERSON.test(text.slice(personEnd, personEnd + 2));
    if (!personFirst && isOrganisationName(value)) {
      // 委托人：张家湾村委会, 收款人：南部县财政局: an organisation, named in public.
      if (role === Role.party) {
        holder.organisationEvidence = true;
        holder.name = { start: nameStart, end: nameEnd, text: value };
      } else if (role === Role.third) {
        // 第三人：瑞金市金鑫房地产开发有限公司，住所地…: a company's block, its 住所 public.
        holder.organisationEvidence = true;
      }
    } else if (personEnd > 0) {
      holder.name = { start: nameStart, end: personEnd, text: text.slice(nameStart, personEnd) };
    } else if (maskedNameLength(text, nameStart, nameEnd) > 0) {
      // 杨某某 (already masked): the name is the masked part, however the clause goes on.
      const end = nameStart + maskedNameLength(text, nameStart, nameEnd);
      holder.name = { start: nameStart, end, text: text.slice(nameStart, end) };
    } else if (
      role === Role.party &&
      clause.labelled &&
      /^[\u4e00-\u9fff（）()·]{2,40}$/.test(value)
    ) {
      // 当事人：<a value no name rule knows>: a label's value is the party's name.
      holder.name = { start: nameStart, end: nameEnd, text: value };
    } else if (
      role === Role.officer &&
      clause.labelled &&
      OFFICER_NAME.test(value) &&
      CREDENTIAL_AFTER.test(text.slice(nameEnd, nameEnd + 8))
    ) {
      // 经办人：索南才仁（执法证号：…）: an officer's name no surname rule reads (Tibetan,
      // Uyghur names), known by the credential after it, public as every officer's.
      holder.name = { start: nameStart, end: nameEnd, text: value };
    } else if (role === Role.third && clause.labelled) {
      // 法定代理人：资建军（系当事人之父）: a surname no list holds, the bracket says whose kin.
      const kin = KIN_NAMED.exec(text.slice(nameStart, nameStart + 12));
      if (kin) holder.name = { start: nameStart, end: nameStart + kin[1]!.length, text: kin[1]! };
    }
  }
  holders.push(holder);
  return holder;
}

/** Where a form shows that one signed (〔签名〕, （签字）, [签名]), before the name. */
const SIGNATURE_MARK = /^\s*[〔（([【]\s*(?:签名|签字|簽名|簽字)\s*[〕）)\]】]\s*/;

/** An officer's name as a label's value: Han characters (and ·), two to eight. */
const OFFICER_NAME = /^[\u4e00-\u9fff·]{2,8}$/;
/** The bracket of an officer's credential after the name (（执法证号：…）, （证号…）). */
const CREDENTIAL_AFTER = /^\s*[（(][^（）()]{0,5}证/;

/** True when `clause` is the first role's cell of a row that is one decision (opensOwnDecision). */
function firstRoleOfDecisionRow(text: string, clause: Clause): boolean {
  if (text.charCodeAt(clause.start - 1) !== 0x2063) return false;
  const rowStart = text.lastIndexOf('\n', clause.start) + 1;
  const before = text.slice(rowStart, clause.start);
  if (!opensOwnDecision(before)) return false;
  // No role's cell before it in the row (序号, 决定书编号 and fields only).
  for (const cell of before.split('\u2063')) {
    const colon = cell.search(/[：:]/);
    if (colon > 0 && roleAt(cell, 0, colon)) return false;
  }
  return true;
}

/** How far after a party's block a 驾驶人 line is still about that party's vehicle. */
const DRIVER_REACH = 2000;

/**
 * A bracket on an address's line that says whose it is: （受送达人包永红）, （当事人）,
 * （受送达人住所）.
 */
const WHOSE_ADDRESS =
  /[（(]\s*(?:受送达人|当事人|被处罚人|违法行为人)\s*([\u4e00-\u9fff·]{0,8}?)\s*(?:的?(?:住所|住处|住址|家中|家|户籍地|居住地))?\s*[）)]/;

/**
 * The party an address line's bracket names (送达地址：…（受送达人包永红）): the last party
 * block, when the bracket names it or no one; undefined when the line has no such bracket.
 */
function addresseeOf(
  text: string,
  start: number,
  end: number,
  holders: readonly Holder[],
): Holder | undefined {
  const whose = WHOSE_ADDRESS.exec(text.slice(start, end));
  if (!whose) return undefined;
  const name = whose[1]!;
  return findLast(
    holders,
    (holder) => holder.role === Role.party && (name === '' || holder.name?.text === name),
  );
}

function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!)) return list[k];
  return undefined;
}

function isDriverWord(text: string, clause: Clause): boolean {
  return foldLabel(text.slice(clause.roleStart, clause.roleEnd)).endsWith('驾驶人');
}

/** text[start, end) is a role word, a field label or a table's title, not a name (当事人, 地址, 项目). */
function isLabelWord(text: string, start: number, end: number): boolean {
  const role = roleAt(text, start, end);
  if (role && role[1] >= end) return true;
  if (isRowTitle(text.slice(start, end))) return true;
  return fieldKindAt(text, start, end) !== undefined && end - start <= 8;
}

/** 联系人 and 经办人: the agency's in its closing lines, a company's in the company's block. */
function isContactWord(text: string, clause: Clause): boolean {
  const word = foldLabel(text.slice(clause.roleStart, clause.roleEnd));
  return word.endsWith('联系人') || word.endsWith('经办人');
}

/** Decides a holder's kind once its whole block has been read. */
function settleKind(holder: Holder): void {
  // A third participant may be a company (第三人：某某农业开发有限公司，住所…): its block says so.
  if (holder.role === Role.third && holder.organisationEvidence && !holder.personEvidence) {
    holder.kind = HolderKind.organisation;
    return;
  }
  if (holder.role !== Role.party) return;
  // 相对人类别：自然人 beside 机构名称：…诊所 (the clinic he runs): the listing says whose row.
  if (holder.declared) holder.kind = holder.declared;
  else if (holder.organisationEvidence) holder.kind = HolderKind.organisation;
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
