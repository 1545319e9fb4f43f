import { characterSet, foldCode, isHanCode, isSpace } from '../internal/chars';
import { ReverseTrie } from '../internal/reverse-trie';
import { roleAt } from './clauses';
import { isNameMaskCode } from './name-masks';
import { isOrganisationName } from './organisation-name';
import { isSoftStop, isSurnameCode, personNameEnd } from './person-name';
import { AGENCY_SELF_WORDS, ROLE_WORDS, Role } from './roles';

/** A person named right after (or right before) a role word: 证人刘大海, 唐建军（系当事人之父）. */
export interface NameMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  /** Where the role word stands. */
  readonly roleStart: number;
}

const ROLE_TRIE = new ReverseTrie<Role>(ROLE_WORDS, true);

/** Before a lone 人 or 员, what makes it a count or a word of its own (5人, 个人, 他人). */
const NOT_A_ROLE_BEFORE = characterSet(
  '0123456789０１２３４５６７８９一二三四五六七八九十两几百千万个等多众他本此成私法各每',
);

/** Connect a role to its name: 负责人为邱贵平, 委托代理人是张三. */
const CONNECTORS = '为是';
/** Join names in a list: 员工张三、李四和王五. */
const LIST_JOINERS = ['、', '和', '及', '与', '以及', '，', '　'];
/** How many names one role word may list (劳动者张三、李四…等12人). */
const MAX_LIST = 16;

function skipColon(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  if (code === 0xff1a || code === 0x3a) i++;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The position after a bracketed remark at `at` (at most 30 characters), or `at`. */
function skipBracket(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code !== 0xff08 && code !== 0x28) return at;
  for (let i = at + 1; i < Math.min(text.length, at + 30); i++) {
    const close = text.charCodeAt(i);
    if (close === 0xff09 || close === 0x29) return i + 1;
    if (close === 0x0a) break;
  }
  return at;
}

/** The names listed from `at`: 张三、李四和王五. A comma continues a list only into another name. */
function namesFrom(
  text: string,
  at: number,
  role: Role,
  roleStart: number,
  out: NameMention[],
): void {
  let i = at;
  for (let count = 0; count < MAX_LIST; count++) {
    const end = personNameEnd(text, i, Math.min(text.length, i + 6));
    if (end < 0 || startsOrganisation(text, i, end)) return;
    // 当事人项目负责人晏小勇: another role word, not a name, follows the first.
    if (roleAt(text, i, Math.min(text.length, i + 12))) return;
    out.push({ name: text.slice(i, end), start: i, end, role, roleStart });
    // 赵明远（警号051327）、谢斌: a bracket after a name does not end the list.
    const after = skipBracket(text, end);
    const joiner = LIST_JOINERS.find((word) => text.startsWith(word, after));
    // A comma joins names only in a list already begun with 、 (张三、李四，王五).
    if (!joiner || (joiner === '，' && count === 0)) return;
    i = after + joiner.length;
  }
}

/** Longest organisation name looked at after a role word (南部县农村信用合作联社 is 10). */
const MAX_ORGANISATION = 16;

/**
 * True when the "name" from `start` runs on into an organisation's name (收款人：南部县财政局,
 * 委托人：张家湾村委会): the payee is the organisation, not a person.
 */
function startsOrganisation(text: string, start: number, nameEnd: number): boolean {
  if (!isHanCode(text.charCodeAt(nameEnd))) return false;
  let end = nameEnd;
  // Up to where prose goes on (母亲蒋丽华均在场, 秦小芳从南充火车站…: no organisation).
  const limit = Math.min(text.length, start + MAX_ORGANISATION);
  while (end < limit && isHanCode(text.charCodeAt(end)) && !isSoftStop(text.charCodeAt(end))) end++;
  return isOrganisationName(text.slice(start, end));
}

/**
 * A name just before 系…之父 / （系…） / 作为在场人: the role word comes after the name.
 * `roleStart` is where the role word starts.
 */
function nameBefore(text: string, roleStart: number): [number, number] | undefined {
  let q = roleStart;
  // 系当事人之父, 系其父: the party word or 其 between 系 and the kinship word.
  for (const lead of ['当事人', '被处罚人', '违法行为人', '其']) {
    if (text.endsWith(lead, q)) {
      q -= lead.length;
      break;
    }
  }
  let link = -1;
  if (text.startsWith('系', q - 1)) link = q - 1;
  else if (text.startsWith('作为', q - 2)) link = q - 2;
  if (link < 0) return undefined;
  const end =
    text.charCodeAt(link - 1) === 0xff08 || text.charCodeAt(link - 1) === 0x28 ? link - 1 : link;
  for (const length of [3, 2, 4]) {
    const start = end - length;
    // The name starts its clause or follows a role word (其父唐建军（系…）), not the middle
    // of a run of words (林燕推搡（系…） is no 燕推搡).
    if (
      start >= 0 &&
      personNameEnd(text, start, end) === end &&
      (startsClause(text, start) || ROLE_TRIE.longestEndingAt(text, start, Math.max(0, start - 12)))
    )
      return [start, end];
  }
  return undefined;
}

/** Every person named next to a role word in `text`, in text order. */
export function roleMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  const n = text.length;
  const endings = ROLE_TRIE.rawLastCharacters;
  for (let i = nextEnding(text, 0, n, endings); i < n; i = nextEnding(text, i + 1, n, endings)) {
    const end = i + 1;
    // The last two characters must end a role word (人民, 事实 do not): two table loads.
    if (!ROLE_TRIE.mayEndAt(text, end)) continue;
    // What follows must be able to start a name (or a colon before one); else only a name
    // written before the role word (唐建军（系当事人之父）) is possible, behind 系 or 作为.
    const next = foldCode(text.charCodeAt(end));
    const mayName =
      isSurnameCode(next) ||
      next === 0xff1a ||
      next === 0x3a ||
      isSpace(next) ||
      next === 0x4e3a ||
      next === 0x662f;
    if (!mayName && !linkBefore(text, end)) continue;
    const match = ROLE_TRIE.longestEndingAt(text, end, Math.max(0, end - 12));
    if (!match) continue;
    // The generic 人 and 员 count people in 5人居住, 二人代理, 个人银行卡: no role there.
    if (match.start === i && NOT_A_ROLE_BEFORE[text.charCodeAt(i - 1)] === 1) continue;
    // 本局工作人员张三 is the agency's; 街道工作人员张三 is not.
    const role = AGENCY_SELF_WORDS.some((word) => text.endsWith(word, match.start))
      ? Role.officer
      : match.value;
    if (mayName) {
      const limit = Math.min(n, end + 8);
      let at = skipColon(text, end, limit);
      if (at === end && CONNECTORS.includes(String.fromCharCode(next))) at++;
      namesFrom(text, at, role, match.start, mentions);
    }
    const before = nameBefore(text, match.start);
    if (before) {
      mentions.push({
        name: text.slice(before[0], before[1]),
        start: before[0],
        end: before[1],
        role,
        roleStart: match.start,
      });
    }
  }
  markedPeople(text, mentions);
  return mentions;
}

/**
 * The next position from `i` holding a role word's last character, or `n`: one table load
 * per character, in a loop of its own (small, so it compiles tight; the work at each stop
 * stays out of it).
 */
function nextEnding(text: string, i: number, n: number, endings: Uint8Array): number {
  while (i < n && endings[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** What a bracket after a name says of a person: 张三（男，1980年…）, 周子轩（2008年9月出生）. */
const PERSON_REMARK =
  /^[（(]\s*(?:男|女|\d{4}年|[0-9０-９]{1,3}(?:周)?岁|[一二三四五六七八九十]{1,3}岁|出生|身份证|公民身份|证件|联系电话|电话|手机|住|现住|户籍|系|年龄|未成年)/;
/** Where a person sold or rented something: 从袁建成处购得, 帅小平处收购. */
const PERSON_PLACE = /^处(?:购|收|租|借|取|拿|买|得)/;
/** What only a person gives: 马腾飞的陈述, 冷国华证实, 询问笔录 of someone (evidence lists). */
const PERSON_STATEMENTS = [
  '陈述',
  '陳述',
  '证言',
  '證言',
  '供述',
  '证实',
  '證實',
  '询问笔录',
  '詢問筆錄',
];
/** A list of people counted after it: 蔡文龙、桂晓丽、邬志强等5人, 杨文才、程小兵、晏平三人. */
const COUNTED_LIST =
  /((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?:等)?(?:[一二三四五六七八九十两]|[0-9]{1,2})(?:人|名)/y;

/** Where a clause or a list item starts: after punctuation, a space or a line break. */
function startsClause(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  // A mask (張**) stood where a Han character did.
  return !isHanCode(before) && !isNameMaskCode(before);
}

/** The name that ends at `end` (three, two or four characters), or undefined. */
function nameEndingAt(text: string, end: number): [number, number] | undefined {
  // 宋平均陈述: a last character that usually follows a name (均, 等, 也) is not its own.
  if (isSoftStop(text.charCodeAt(end - 1))) {
    const shorter = nameEndingAt(text, end - 1);
    if (shorter) return shorter;
  }
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const before = text.charCodeAt(start - 1);
    // The name must start a word: not the tail of a longer run of Han characters that is a name.
    if (
      personNameEnd(text, start, end) === end &&
      !(
        before >= 0x4e00 &&
        before <= 0x9fff &&
        length === 2 &&
        personNameEnd(text, start - 1, end) === end
      ) &&
      !overlapsEarlierName(text, start)
    )
      return [start, end];
  }
  return undefined;
}

/**
 * True when a name read from a little earlier in the same run of characters runs past
 * `start`: in 林燕推搡（系…） the name is 林燕, and 燕推搡 is no second one.
 */
function overlapsEarlierName(text: string, start: number): boolean {
  for (let p = Math.max(0, start - 3); p < start; p++) {
    let han = true;
    for (let k = p; k < start; k++) if (!isHanCode(text.charCodeAt(k))) han = false;
    if (han && personNameEnd(text, p, Math.min(text.length, p + 6)) > start) return true;
  }
  return false;
}

/**
 * People named with no role word before them, but marked as people by what follows: a
 * bracket that describes a person, 处购得, a count of people after a list. Read as third
 * persons (the party and the public names are sorted out by document-reading.ts).
 */
function markedPeople(text: string, out: NameMention[]): void {
  const add = (start: number, end: number) =>
    out.push({ name: text.slice(start, end), start, end, role: Role.third, roleStart: end });
  for (const bracket of ['（', '(']) {
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
      if (!PERSON_REMARK.test(text.slice(at, at + 8))) continue;
      const found = nameEndingAt(text, at);
      if (found) add(found[0], found[1]);
    }
  }
  for (let at = text.indexOf('处'); at >= 0; at = text.indexOf('处', at + 1)) {
    if (!PERSON_PLACE.test(text.slice(at, at + 2))) continue;
    const found = nameEndingAt(text, at);
    if (found) add(found[0], found[1]);
  }
  for (const word of PERSON_STATEMENTS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = text.charCodeAt(at - 1) === 0x7684 ? at - 1 : at;
      const found = nameEndingAt(text, end);
      // Only a name that starts its clause (，马腾飞的陈述; 、冷国华证实): 有权进行陈述,
      // 你公司如需陈述 and 就上述情况作了陈述 end in characters that read as names.
      if (!found || !startsClause(text, found[0])) continue;
      add(found[0], found[1]);
      // 何大勇、宋平均陈述: the names listed before it gave it too.
      for (let item = found; text.charCodeAt(item[0] - 1) === 0x3001; ) {
        const previous = nameEndingAt(text, item[0] - 1);
        if (!previous || !startsClause(text, previous[0])) break;
        add(previous[0], previous[1]);
        item = previous;
      }
    }
  }
  // Tried only where a list starts (a name of two to four characters before a 、): a
  // regular expression run over every Han character costs more than the rest of this pass.
  for (let comma = text.indexOf('、'); comma >= 0; comma = text.indexOf('、', comma + 1)) {
    for (let start = Math.max(0, comma - 4); start <= comma - 2; start++) {
      COUNTED_LIST.lastIndex = start;
      const match = COUNTED_LIST.exec(text);
      if (!match) continue;
      // The first name may follow a verb in the same run (雇用蔡文龙、…): read it back from the 、.
      const first = nameEndingAt(text, comma);
      if (first) add(first[0], first[1]);
      let at = comma + 1;
      for (const part of match[1]!.split('、').slice(1)) {
        if (personNameEnd(text, at, at + part.length) === at + part.length)
          add(at, at + part.length);
        at += part.length + 1;
      }
      comma = start + match[0].length;
      break;
    }
  }
}

/** 系 or 作为 within the few characters before `end` (系当事人之父, 作为在场人). */
function linkBefore(text: string, end: number): boolean {
  for (let k = Math.max(0, end - 9); k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x7cfb || (code === 0x4f5c && text.charCodeAt(k + 1) === 0x4e3a)) return true;
  }
  return false;
}
