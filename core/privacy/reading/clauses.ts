import { countyPrefixLength } from '../address';
import { characterSet, foldCode, isHanCode, isSpace, skipSpaces } from '../internal/chars';
import { ReverseTrie } from '../internal/reverse-trie';
import { PUBLIC_PLACEHOLDER } from '../placeholders';
import { afterBracket } from './brackets';
import { FieldKind, fieldKindAt, foldLabel, MAX_LABEL_LENGTH } from './fields';
import { maskedNameLength } from './name-masks';
import { isOrganisationName } from './organisation-name';
import { isSurnameCode, personNameEnd, spacedNameEnd } from './person-name';
import { AGENCY_SELF_WORDS, ROLE_WORDS, Role } from './roles';

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

/** Between a role word and a field of the same label (联系人及电话, 联系人/电话). */
const ROLE_FIELD_JOINERS = characterSet('及和、/／');
/** Between two titles of one person (经营者、主要负责人, 经营者/法定代表人). */
const TITLE_JOINERS = characterSet('、/／');
/** Characters that end a clause: sentences and commas (a cell's tab, too). */
const CLAUSE_ENDS = characterSet('。；;，,');
/** Every character clausesOf must look at: clause ends, brackets, tabs, spaces. */
const CLAUSE_CHARACTERS = characterSet('。；;，,（）()：:\t\u2063 \u3000\u00a0');

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

/** The (folded) first characters of the role words, as a table. */
const ROLE_FIRSTS = new Uint8Array(65536);
for (const code of ROLES_BY_FIRST.keys()) ROLE_FIRSTS[code] = 1;

/** The longest role word at `at` (folded comparison), as [role, end]. */
export function roleAt(text: string, at: number, limit: number): [Role, number] | undefined {
  if (at >= limit || at >= text.length) return undefined;
  const first = foldCode(text.charCodeAt(at));
  if (ROLE_FIRSTS[first] !== 1) return undefined;
  const candidates = ROLES_BY_FIRST.get(first)!;
  for (const { folded, role } of candidates) {
    // Spaces between the characters (当 事 人, 联 系 人) are part of the word as written.
    let k = 1;
    let i = at + 1;
    while (k < folded.length && i < limit) {
      const code = text.charCodeAt(i);
      if (code === 0x20 || code === 0x3000 || code === 0xa0) {
        i++;
        continue;
      }
      if (foldCode(code) !== folded.charCodeAt(k)) break;
      k++;
      i++;
    }
    if (k === folded.length) {
      if (isThing(text, at, i, folded)) continue;
      return [role, i];
    }
  }
  return undefined;
}

/**
 * Role words that are also things, and what follows them then: 文书 is a village's clerk, but
 * 文书名称及文号：税务行政处罚决定书 names a document (its 税务行 no person).
 */
const THING_AFTER = new Map<string, RegExp>([
  ['文书', /^(?:名称|编号|文号|号|送达|种类|类别)/],
  // 客户服务中心地址, 客户编号, 客户经理: a business's service or its staff, no customer.
  ['客户', /^(?:服务|服務|编号|編號|号|號|经理|經理|中心|热线|熱線|端)/],
]);

/**
 * Role words that are things after these words: 送达文书：印公（红）行罚决字…, 法律文书 name a
 * document, no village clerk.
 */
const THING_BEFORE = new Map<string, RegExp>([
  ['文书', /(?:送达|法律|执法|行政|处罚|告知|案件|相关|所送|签收|送達|執法|處罰)$/],
]);

/** Whether the role word `word` at text[start, end) is a thing there (THING_AFTER, THING_BEFORE). */
export function isThing(text: string, start: number, end: number, word: string): boolean {
  return (
    THING_AFTER.get(word)?.test(text.slice(end, end + 2)) === true ||
    THING_BEFORE.get(word)?.test(text.slice(Math.max(0, start - 4), start)) === true
  );
}

/** Role words of two characters or more, looked up back from a label's colon. */
const LABEL_ROLE_TRIE = new ReverseTrie<Role>(
  ROLE_WORDS.filter(([word]) => word.length >= 2),
  true,
);

/** Longest label read for a role word at its end (安全管理人员, 船舶现场负责人). */
const MAX_ROLE_LABEL = 8;

/**
 * The role of a label that ends with a role word (安全管理人员：储某某, 堆场经营者：…), as
 * [role, end], when no role word starts it. A label of the agency's own (本局联系人) is not
 * read so: its closing lines are decided by place (party-blocks.ts).
 */
function roleEndingLabel(text: string, from: number, colon: number): [Role, number] | undefined {
  let end = colon;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end - from > MAX_LABEL_LENGTH || end - from < 3) return undefined;
  // 机构联系人及电话：朱海燕 138…: the role, then a phone of theirs (readClause reads the
  // name first, then the number).
  for (let joiner = end - 2; joiner > from + 2; joiner--) {
    if (
      ROLE_FIELD_JOINERS[text.charCodeAt(joiner)] === 1 &&
      fieldKindAt(text, joiner + 1, end) === FieldKind.phone
    ) {
      end = joiner;
      break;
    }
  }
  const match = LABEL_ROLE_TRIE.longestEndingAt(text, end, from);
  // 联系民警, 值班民警, 承办民警: the police are the agency's officers whatever the label's
  // first word (a 检查员 may be anyone's).
  if (
    match &&
    match.start > from &&
    match.value === Role.officer &&
    POLICE.test(text.slice(match.start, end))
  )
    return [Role.officer, end];
  // Only a third person's word (案件调查人员 ends with the officer's 调查人员, not 人员):
  // 加油站负责人 is not the company's representative, and 某某检查员 not the agency's.
  if (!match || match.start === from || match.value !== Role.third) return undefined;
  for (const word of AGENCY_SELF_WORDS) if (text.startsWith(word, from)) return undefined;
  // 县征兵办公室联系人：罗成, 镇农业综合服务中心联系人：…: a public office's contact, whom the
  // public is sent to, as the agency's own officers are (a longer label than any other).
  if (
    CONTACT_WORDS.test(text.slice(match.start, end)) &&
    PUBLIC_OFFICE.test(text.slice(from, match.start))
  )
    return [Role.officer, end];
  if (end - from > MAX_ROLE_LABEL) return undefined;
  if (isThing(text, match.start, end, text.slice(match.start, end))) return undefined;
  return [match.value, end];
}

/** Words for a police officer, at a label's end. */
const POLICE = /^(?:民警|警官|交警)$/;
/** A contact's title after an office's name. */
const CONTACT_WORDS = /^(?:联系人|聯繫人|联络人|聯絡人)$/;
/** The end of a public office's name (…征兵办公室, …民政局社会救助股, 镇农业综合服务中心). */
const PUBLIC_OFFICE =
  /(?:[县縣市区區镇鎮乡鄉州省].*(?:办公室|辦公室|局|股|科|中心|所|站|委员会|委員會|政府|武装部|武裝部|大队|大隊|中队|中隊|办|辦|处|處))$/;

/** Numbering before a clause: 一、 1. （一） 2） and bullets. */
const NUMBERING = characterSet('一二三四五六七八九十0123456789０１２３４５６７８９');
const NUMBERING_ENDS = characterSet('、.．)）');

function skipLeading(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  if (first === 0x2022 || first === 0xb7 || first === 0x2d || first === 0x2014) {
    i++;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    return i;
  }
  let k = first === 0xff08 || first === 0x28 ? i + 1 : i;
  const digits = k;
  while (k < end && k - digits < 3 && NUMBERING[text.charCodeAt(k)] === 1) k++;
  if (k > digits && k < end && NUMBERING_ENDS[text.charCodeAt(k)] === 1) {
    k++;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    return k;
  }
  return i;
}

/**
 * A number after a role word, naming one of several (二, 2, （三）, 甲), what kind of party it
 * is (当事人 （个人）⁣姓名：…, （单位）), or in what capacity (当事人一（登记经营者）, 当事人二
 * （实际经营者）), or both: the block's fields follow, after a colon or in the next cells. A
 * signature's bracket (当事人（签名）) is no capacity.
 */
const ORDINAL =
  /^\s*(?=\S)(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[甲乙丙丁戊])?\s*(?:[（(](?!签名|签字|盖章|签收)[\u4e00-\u9fff]{2,8}[）)])?\s*$/;

/** What heads the rows of people in a role (违法行为人基本情况：, 当事人信息：). */
const BLOCK_HEADING = /^\s*(?:的)?(?:基本情况|情况|基本信息|信息|身份信息|名单)\s*$/;

/**
 * True when `clause` is a role word heading the rows of its people (违法行为人基本情况：),
 * with nothing after its colon.
 */
export function headsPeople(text: string, clause: Clause): boolean {
  if (clause.role === undefined || !clause.labelled) return false;
  // The label ends at its colon, before the spaces the value skipped.
  let colon = clause.valueStart - 1;
  while (colon > clause.roleEnd && isSpace(text.charCodeAt(colon))) colon--;
  return (
    colon > clause.roleEnd &&
    BLOCK_HEADING.test(text.slice(clause.roleEnd, colon)) &&
    text.slice(clause.valueStart, clause.end).trim() === ''
  );
}

/** The most characters of a label a PDF's line break may leave at a line's end. */
const MAX_WRAPPED_HEAD = 6;

/**
 * The field of a label cut by a line break of text pasted from a PDF (户籍所在⏎地：…, 身份证件⏎
 * 种类及号码：…): a line opening with words and a colon that are no label, after a line
 * ending in a clause's first words (after its comma) that, joined to them, are one.
 */
function wrappedLabelKind(text: string, from: number, colon: number): FieldKind | undefined {
  if (colon === from || colon - from > MAX_LABEL_LENGTH) return undefined;
  let lineEnd = from;
  while (lineEnd > 0 && isSpace(text.charCodeAt(lineEnd - 1))) lineEnd--;
  if (text.charCodeAt(lineEnd - 1) !== 0x0a) return undefined;
  lineEnd--;
  if (text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
  let head = lineEnd;
  while (head > 0 && isHanCode(text.charCodeAt(head - 1))) {
    if (lineEnd - head === MAX_WRAPPED_HEAD) return undefined;
    head--;
  }
  // The cut clause began after a comma (…出生，身份证件⏎): a header row's last cell (…⁣收货地⏎
  // 交易日期：…) or a line of its own is not part of the next line's label.
  const before = text.charCodeAt(head - 1);
  if (head === lineEnd || (before !== 0xff0c && before !== 0x2c && before !== 0xff1b))
    return undefined;
  const joined = text.slice(head, lineEnd) + text.slice(from, colon);
  return joined.length <= MAX_LABEL_LENGTH ? fieldKindAt(joined, 0, joined.length) : undefined;
}

/**
 * True when a name read after a role word, ending at `nameEnd` (-1: none), stands alone: at
 * its clause's end or before a bracket, a space or 系/男/女 (当事人陈建国，男…; 当事人王芳
 * （女…）). 当事人屠宰未附有检疫证明的生猪… reads a verb that looks like a name, and goes on.
 */
function namesAlone(text: string, nameEnd: number, end: number): boolean {
  return nameEnd > 0 && (nameEnd >= end || NAME_FOLLOWERS[text.charCodeAt(nameEnd)] === 1);
}

const NAME_FOLLOWERS = characterSet('（(、 \u3000\t\u2063:：系係男女');

/** A table cell's border: a tab, or the separator HTML tables and box-drawn ones are read with. */
const CELL_BREAKS = characterSet('\t\u2063');

/** Reads the clause text[start, end). */
export function readClause(text: string, start: number, end: number): Clause {
  let from = skipLeading(text, start, end);
  // The label: up to a colon within MAX_LABEL_LENGTH characters.
  let colon = -1;
  const labelLimit = Math.min(end, from + MAX_LABEL_LENGTH + 1);
  // 【地址】隆昌市…: a label in black brackets ends at the closing one (not 【已脱敏】, data).
  if (text.charCodeAt(from) === 0x3010) {
    const close = text.indexOf('】', from);
    if (close > from + 1 && close < labelLimit && !text.startsWith(PUBLIC_PLACEHOLDER, from)) {
      from++;
      colon = close;
    }
  }
  for (let i = from; colon < 0 && i < labelLimit; i++) {
    const code = text.charCodeAt(i);
    // A label ends at its colon, or at the tab of a table cell (地址⇥泸州市…).
    if (code === 0xff1a || code === 0x3a || (CELL_BREAKS[code] === 1 && i > from)) {
      colon = i;
      break;
    }
    // A printed form exported to text sets a label and its value apart with wide spaces and
    // no colon (出生日期  2008年3月15日, 违法行为人  赵俊熙): a label all the same, as a cell's.
    if (i > from && labelEndsAtWideSpace(text, from, i, end)) {
      colon = i;
      break;
    }
    // A label is words: digits or redacted data before a colon make it no label.
    if (!isLabelCode(code)) break;
  }
  const roleMatch =
    roleAt(text, from, colon >= 0 ? colon : end) ??
    (colon >= 0 ? roleEndingLabel(text, from, colon) : undefined);
  let role = roleMatch?.[0];
  let roleEnd = roleMatch?.[1] ?? from;
  // 法定代理人（监护人）：资建军: the same role's other title in brackets.
  if (role !== undefined && colon >= 0) {
    const after = afterBracket(text, roleEnd, MAX_ROLE_LABEL + 2, colon + 1);
    if (after > roleEnd && roleAt(text, roleEnd + 1, after - 1)) roleEnd = after;
  }
  // 经营者、主要负责人：罗德明, 经营者/法定代表人：冉红: one person under two titles; the
  // first says the role.
  while (role !== undefined && colon >= 0 && TITLE_JOINERS[text.charCodeAt(roleEnd)] === 1) {
    const next = roleAt(text, roleEnd + 1, colon);
    if (!next) break;
    roleEnd = next[1];
    // 业主/负责人：文世平: an owner who is the business's 负责人 speaks for it.
    if (next[0] === Role.representative) role = Role.representative;
  }
  if (colon >= 0) {
    // 监护人身份证号：… is the guardian's ID: the field is what follows the role word.
    // 联系人及电话：钟小芳 1398…: the person's name first, then a field of theirs (the
    // number is read as a number is): a role's label, naming someone.
    const withField =
      role !== undefined &&
      ROLE_FIELD_JOINERS[text.charCodeAt(roleEnd)] === 1 &&
      fieldKindAt(text, roleEnd + 1, colon) !== undefined;
    const field = withField
      ? undefined
      : (fieldKindAt(text, roleEnd, colon) ??
        (role === undefined ? wrappedLabelKind(text, from, colon) : undefined));
    // A signature line (当事人（签名）：…) names whoever signed, not the party; but a third
    // person's (代收人签名：蔡文君, 见证人（签字）：…) names that person.
    const signature = role !== undefined && isSignatureLabel(text, roleEnd, colon);
    // 被处罚人家属通知情况：… starts with a role word but names no field of anyone.
    if (
      role !== undefined &&
      field === undefined &&
      !withField &&
      hasWords(text, roleEnd, colon) &&
      !(signature && role === Role.third)
    )
      role = undefined;
    // An officer's signature (调查人员（签名）：唐建国) is the agency's line all the same: what
    // follows it (联系电话：0830-…) is no longer the witness's who signed above.
    if (signature && role !== Role.third && role !== Role.officer) role = undefined;
    if (role !== undefined || field !== undefined) {
      let valueStart = colon + 1;
      while (valueStart < end && isSpace(text.charCodeAt(valueStart))) valueStart++;
      // 送达地点   ⁣ 营山县…: the cell's border after the spaces that ended the label.
      if (CELL_BREAKS[text.charCodeAt(valueStart)] === 1 && valueStart > colon + 1)
        valueStart = skipSpaces(text, valueStart + 1, end);
      return { start, end, role, roleStart: from, roleEnd, field, valueStart, labelled: true };
    }
  }
  if (role !== undefined) {
    // 被处罚人 （一）⁣姓名：曾志伟: a party's number in its own cell, the name in the next.
    if (ORDINAL.test(text.slice(roleEnd, end)))
      return { start, end, role, roleStart: from, roleEnd, valueStart: end, labelled: false };
    let valueStart = roleEnd;
    while (valueStart < end && isSpace(text.charCodeAt(valueStart))) valueStart++;
    // 当事人陈建国，男… opens a block; 当事人未经批准擅自… and 当事人的行为… are prose, and
    // so is 当事人联系人赵春林在场 (another role word: role-mentions.ts reads who that is).
    if (
      !roleAt(text, valueStart, end) &&
      (namesAlone(text, personNameEnd(text, valueStart, end), end) ||
        // 违法行为人 向 子 轩 ，男: a name OCR spaced out.
        namesAlone(text, spacedNameEnd(text, valueStart), end) ||
        // (韦某某, as redaction wrote it: a surname first, so 丈夫叫韦某某 reads as 丈夫叫韦金福 did.)
        (maskedNameLength(text, valueStart, end) > 0 &&
          isSurnameCode(text.charCodeAt(valueStart))) ||
        isOrganisationName(text.slice(valueStart, end)))
    ) {
      return { start, end, role, roleStart: from, roleEnd, valueStart, labelled: false };
    }
  }
  // A label without a colon (身份证号码510…, 住址泸州市…) is still a field.
  let labelEnd = from;
  while (labelEnd < end && labelEnd - from < 8 && !isDigitOrSpace(text.charCodeAt(labelEnd)))
    labelEnd++;
  const field = labelEnd > from ? fieldPrefix(text, from, labelEnd) : undefined;
  if (!field) {
    const addressStart = addressAfterLabel(text, from, end);
    if (addressStart > 0) {
      return {
        start,
        end,
        roleStart: from,
        roleEnd: from,
        field: FieldKind.address,
        valueStart: addressStart,
        labelled: true,
      };
    }
  }
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

/** Longest address label written with no colon (联系地址, 户籍所在地). */
const MAX_ADDRESS_LABEL = 6;

/**
 * Where the address starts after an address label with no colon (联系地址蓬安县相如街道…,
 * 户籍地泸县…): the label is an address field's, and a county or city follows it at once.
 * -1 when the clause is no such field.
 */
function addressAfterLabel(text: string, from: number, end: number): number {
  // From one character: 住旺苍县… is labelled 住, and 旺 starts the county.
  for (let k = from + 1; k <= Math.min(end, from + MAX_ADDRESS_LABEL); k++) {
    if (fieldKindAt(text, from, k) !== FieldKind.address) continue;
    // 现居住地仁怀市… is labelled 现居住地, not 现居住: a label's last characters go with it.
    while (k < end && LABEL_ENDS[text.charCodeAt(k)] === 1) k++;
    // 居住于…, 地址为…: the word joining the label to its value, not 于都县's 于.
    if (k < end && joinsLabel(text.charCodeAt(k - 1), text.charCodeAt(k))) k++;
    // 现居住地（租住）仁怀市…: a short remark in brackets between the label and the value.
    let value = afterBracket(text, k, MAX_LABEL_REMARK, end);
    // （住⏎泸县…）: a PDF's line break between the label and its value.
    while (value < end && (isSpace(text.charCodeAt(value)) || text.charCodeAt(value) === 0x0a))
      value++;
    const prefix = countyPrefixLength(text.slice(value, Math.min(end, value + 12)));
    return prefix >= 2 && prefix <= 10 ? value : -1;
  }
  return -1;
}

/**
 * Characters that end address labels (户籍地址, 所在地, 住所, 住处), which no place name
 * starts with: 户籍所在地重庆市… is labelled 户籍所在地.
 */
const LABEL_ENDS = characterSet('址地所在处住');
/** Words joining an address label to its value: 为, 是 (地址为, 住所是), and 于 after 住. */
const JOINERS = characterSet('为為是');

/**
 * True when `code` joins the label ending in `last` to its value (居住于…, 地址为…); 于 only
 * after 住, as 户籍地址于都县… is 于都县's 于.
 */
function joinsLabel(last: number, code: number): boolean {
  if (last === 0x4f4f) return JOINERS[code] === 1 || code === 0x4e8e || code === 0x65bc;
  return (
    (last === 0x5740 || last === 0x6240 || last === 0x5904 || last === 0x5730) &&
    JOINERS[code] === 1
  );
}

/** Longest remark in brackets read between a label and its value (（租住）, （户籍地）). */
const MAX_LABEL_REMARK = 8;

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
    code === 0x3001 ||
    // A staff mask in a redacted label's neighbour (欧阳**统一社会信用代码：) reads as the name did.
    code === 0x2a ||
    code === 0xff0a
  );
}

function isDigitOrSpace(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || isSpace(code);
}

/** An identity label right before digits (身份证号码510…): the other fields need a colon. */
function fieldPrefix(text: string, from: number, labelEnd: number): FieldKind | undefined {
  if (labelEnd >= text.length || !isDigitOrSpace(text.charCodeAt(labelEnd))) return undefined;
  const kind = fieldKindAt(text, from, labelEnd);
  return kind === FieldKind.identity ? kind : undefined;
}

/** （签名）, （签字）, （盖章）: the label of a signature, not of a field. */
function isSignatureLabel(text: string, start: number, end: number): boolean {
  const label = text.slice(start, end);
  return ['签名', '签字', '盖章', '签收'].some((word) => label.includes(word));
}

/** True when text[start, end) holds more than spaces and a bracketed remark. */
function hasWords(text: string, start: number, end: number): boolean {
  // 违法行为人二：, 当事人2：, 被处罚人甲： — the party's number in a decision on several people;
  // 违法行为人基本情况： heads the rows of several.
  const words = text.slice(start, end);
  if (ORDINAL.test(words) || BLOCK_HEADING.test(words)) return false;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) depth++;
    else if (code === 0xff09 || code === 0x29) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !isSpace(code)) return true;
  }
  return false;
}

/**
 * text[start, end) is nothing but a field or role label (地址, 当事人, 身份证号码) with no
 * colon: in a tab-separated table, the cell that names the value in the next.
 */
function isBareLabel(text: string, start: number, end: number): boolean {
  let from = start;
  while (from < end && isSpace(text.charCodeAt(from))) from++;
  let to = end;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to - from === 0 || to - from > 12) return false;
  for (let i = from; i < to; i++) if (!isLabelCode(text.charCodeAt(i))) return false;
  const role = roleAt(text, from, to);
  if (role && role[1] === to) return true;
  // 见证人签名⇥罗小凤（…）: a third person's signature cell, the name in the next.
  if (role && role[0] === Role.third && isSignatureLabel(text, role[1], to)) return true;
  return fieldKindAt(text, role ? role[1] : from, to) !== undefined;
}

/**
 * True when text[from, i) is a label that the wide spaces at `i` end, as a colon would (出生日期
 * 2008年3月15日 of a printed form), not spaces inside a label spread to its colon (住    址：).
 */
function labelEndsAtWideSpace(text: string, from: number, i: number, end: number): boolean {
  return (
    isWideSpace(text, i, end) &&
    isBareLabel(text, from, i) &&
    !spreadToColon(text, i, end) &&
    !spreadOverSpaces(text, from, i, end)
  );
}

/**
 * True when a one-character label goes on after the spaces at `i` (住  址  酉阳…, 电  话  137…:
 * a form spreads a two-character label over its cell's width, with no colon).
 */
function spreadOverSpaces(text: string, start: number, i: number, end: number): boolean {
  const from = skipSpaces(text, start, i);
  if (i - from !== 1) return false;
  const next = skipSpaces(text, i, end);
  return (
    next < end - 1 &&
    isLabelCode(text.charCodeAt(next)) &&
    isSpace(text.charCodeAt(next + 1)) &&
    isBareLabel(text, from, next + 1)
  );
}

/**
 * True when the label goes on past the spaces at `i` to a colon (住    址：…, a label spread
 * over its cell's width): the spaces are inside it, not after it.
 */
function spreadToColon(text: string, i: number, end: number): boolean {
  const limit = Math.min(end, i + MAX_LABEL_LENGTH + 4);
  for (let k = i; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (code === 0xff1a || code === 0x3a) return true;
    if (!isLabelCode(code)) return false;
  }
  return false;
}

/**
 * True when the line text[start, end) opens with a label set apart by wide spaces (姓名  先俊豪,
 * 出生日期  2007年9月18日: a printed form exported to text), as a colon would.
 */
export function opensWithSpacedLabel(text: string, start: number, end: number): boolean {
  const from = skipLeading(text, start, end);
  const limit = Math.min(end, from + MAX_LABEL_LENGTH + 1);
  for (let i = from + 1; i < limit; i++) {
    if (isWideSpace(text, i, end)) {
      // Only the first gap: a label is one word (序号  姓名 is two titles, no label).
      if (!labelEndsAtWideSpace(text, from, i, end)) return false;
      // 序号  姓名  与户主关系: a text table's row of titles, more labels after the spaces.
      let next = i;
      while (next < end && isSpace(text.charCodeAt(next))) next++;
      let stop = next;
      while (stop < end && !isWideSpace(text, stop, end)) stop++;
      return !isBareLabel(text, next, stop);
    }
    if (!isLabelCode(text.charCodeAt(i))) return false;
  }
  return false;
}

/**
 * True when text[start, gap) and what follows the spaces at `gap` are one label spread with
 * spaces (姓    名：, 名    称：): one or two characters, the spaces, one or two more, a colon.
 */
function spreadLabelAcross(text: string, start: number, gap: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < gap; k++) if (!isSpace(text.charCodeAt(k))) letters++;
  if (letters < 1 || letters > 2) return false;
  const after = skipSpaces(text, gap, end);
  let k = after;
  while (k < Math.min(end, after + 2) && isHanCode(text.charCodeAt(k))) k++;
  if (k === after) return false;
  // 姓  名 ： 孙宝财: spaces before the colon too.
  k = skipSpaces(text, k, end);
  const code = text.charCodeAt(k);
  return code === 0xff1a || code === 0x3a;
}

/** An ideographic space, or two spaces: the gap between two fields on one line. */
function isWideSpace(text: string, i: number, end: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x3000) return true;
  return (code === 0x20 || code === 0xa0) && i + 1 < end && isSpace(text.charCodeAt(i + 1));
}

/** True when a field's label and its colon start at `at` (现暂住：, 电话：). */
function labelAfterSpace(text: string, at: number, end: number): boolean {
  if (!isHanCode(text.charCodeAt(at))) return false;
  const limit = Math.min(end, at + MAX_SPACED_LABEL + 1);
  for (let i = at + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff1a || code === 0x3a) return fieldKindAt(text, at, i) !== undefined;
    if (!isHanCode(code)) return false;
  }
  return false;
}
/** Longest label read after one space (现居住地址). */
const MAX_SPACED_LABEL = 6;

function nextClauseCharacter(text: string, i: number, end: number): number {
  while (i < end && CLAUSE_CHARACTERS[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** The clauses of the line text[start, end), in order (`max` of them at most). */
export function clausesOf(text: string, start: number, end: number, max = Infinity): Clause[] {
  const clauses: Clause[] = [];
  let from = start;
  let depth = 0;
  let colon = false;
  let colonAt = start;
  for (let i = start; i <= end; i++) {
    // Most characters are none of the clause characters: one table load each, in a loop
    // of its own.
    i = nextClauseCharacter(text, i, end);
    let boundary = i === end;
    let width = 1;
    if (!boundary) {
      const code = text.charCodeAt(i);
      if (code === 0xff08 || code === 0x28) depth++;
      else if (code === 0xff09 || code === 0x29) {
        if (depth > 0) depth--;
      } else if (CELL_BREAKS[code] === 1) {
        // A label cell before its value in a tab-separated table (地址⇥泸州市…) is one field,
        // also when wide spaces already set the label apart (│ 送达地点   │ 营山县… │).
        boundary = colon
          ? skipSpaces(text, colonAt + 1, i) < i || !isWideSpace(text, colonAt, end)
          : !isBareLabel(text, from, i);
        if (!boundary) {
          colon = true;
          colonAt = i;
        }
        depth = 0;
      } else if (CLAUSE_ENDS[code] === 1) {
        // Commas inside brackets (唐建军（系当事人之父，住…）) do not end the clause.
        boundary = depth === 0;
      } else if (code === 0xff1a || code === 0x3a) {
        colon = true;
        colonAt = i;
      } else if (!colon && labelEndsAtWideSpace(text, from, i, end)) {
        // 出生日期  2008年3月15日: a label set apart by wide spaces, as a cell's by a tab.
        colon = true;
        colonAt = i;
      } else if (
        colon &&
        code === 0x20 &&
        skipSpaces(text, colonAt + 1, i) < i &&
        labelAfterSpace(text, i + 1, end)
      ) {
        // 户籍地：固始县…陈营组 现暂住：固始县…502室 电话：…: fields one space apart, each
        // named by a label the reading knows.
        boundary = true;
      } else if (
        colon &&
        isWideSpace(text, i, end) &&
        skipSpaces(text, colonAt + 1, i) < i &&
        // 经营者⁣姓    名：彭国富: the role's cell, then a label spread over the next one.
        !spreadLabelAcross(text, skipSpaces(text, colonAt + 1, i), i, end)
      ) {
        // Fields set side by side with wide spaces (性别：男　　出生日期：…) are clauses too;
        // the spaces inside a spread label (性    别：男) are not, nor those between a colon
        // and its value (经营者：  邹德权).
        boundary = true;
        while (i + width < end && isSpace(text.charCodeAt(i + width))) width++;
      }
    }
    if (boundary) {
      if (i > from) {
        clauses.push(readClause(text, from, i));
        if (clauses.length >= max) return clauses;
      }
      colon = false;
      from = i + width;
      i += width - 1;
    }
  }
  return clauses;
}
