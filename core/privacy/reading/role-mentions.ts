import { characterSet, foldCode, isHanCode, isLatinCapital, isSpace } from '../internal/chars';
import { ReverseTrie } from '../internal/reverse-trie';
import { afterBracket } from './brackets';
import { isThing, roleAt } from './clauses';
import { isDictionaryWord, wordStartsAt } from './dictionary-word';
import { foldLabel } from './fields';
import { afterNationality, foreignersNamed, latinNameEnd, otherSpelling } from './foreign-names';
import { listedAs } from './list-leads';
import {
  doers,
  markedPeople,
  ORGANISATION_ENDS,
  personEntryAt,
  startsClause,
} from './marked-people';
import { endsAsOrganisation, isOrganisationName } from './organisation-name';
import {
  COMPOUND_SURNAMES,
  isSoftStop,
  isSurnameCode,
  personNameBefore,
  personNameEnd,
  spacedNameEnd,
  startsFollowingWord,
  startsName,
} from './person-name';
import { AGENCY_SELF_WORDS, ROLE_WORDS, Role, sendsPublicToAgency } from './roles';

/** A person named right after (or right before) a role word: 证人刘大海, 唐建军（系当事人之父）. */
export interface NameMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  /** Where the role word stands. */
  readonly roleStart: number;
  /** Read only from where the name stands (it starts clauses), no word saying who it is. */
  readonly bySubject?: true;
  /**
   * A nickname (唐德兵（绰号“兵哥”…）): the name of the person it is the nickname of, whose
   * fate it shares (a party's nickname is as public as the party's name); absent for a
   * nickname no name stands before (一名绰号“曹老四”的男子): a third person's.
   */
  readonly nicknameOf?: string;
  /** Said to be penalised by the agency (对段志华作出…, 李梓萌被依法…): a party, however many. */
  readonly penalised?: true;
  /**
   * The agency's contact in a sentence sending the public to it (…领取。联系人：杨勇，联系电话：
   * 0830-…): the sentence is the agency's (agencyContact).
   */
  readonly agencyContact?: true;
}

/** The opening quotes a nickname stands in. */
const NICKNAME_QUOTES = ['“', '"', '「'];
/**
 * The word that introduces a nickname, right before its quote: 绰号“兵哥”, 外号叫“小胖”, and
 * what people call someone (人称“阿英”, 店内称“阿芳”, 村里人称“阿水”; not 当事人称“…”, a
 * statement: the callers are people, a shop, a village).
 */
const NICKNAME_BEFORE =
  /(?:绰号|綽號|外号|外號|诨名|諢名|别名|別名|化名|(?:^|[（(，,、])人称|(?:^|[（(，,、])人稱|店内称|店內稱|里人称|裡人稱|大家称|大家稱)(?:叫|为|為|是|[：:])?$/;
/** What stands right before a nickname's quote: the word's end or its link (号, 名, 叫, 称, ：…). */
const NICKNAME_LINK_ENDS = characterSet('号號名叫为為是称稱：:');
/** A nickname's length inside its quotes. */
const MAX_NICKNAME = 6;

/** Every quoted nickname in `text`, each with the name written before its bracket, if any. */
function nicknames(text: string, mentions: NameMention[]): void {
  // Found from their opening quotes (rare in a decision), the word looked for before each.
  for (const quote of NICKNAME_QUOTES) {
    for (let open = text.indexOf(quote); open >= 0; open = text.indexOf(quote, open + 1)) {
      if (NICKNAME_LINK_ENDS[text.charCodeAt(open - 1)] !== 1) continue;
      const before = NICKNAME_BEFORE.exec(text.slice(Math.max(0, open - 5), open));
      if (!before) continue;
      const at = open - before[0].length;
      const start = open + 1;
      let end = start;
      while (end < text.length && end - start <= MAX_NICKNAME && isHanCode(text.charCodeAt(end)))
        end++;
      const close = text.charCodeAt(end);
      if (
        end - start < 2 ||
        end - start > MAX_NICKNAME ||
        (close !== 0x201d && close !== 0x22 && close !== 0x300d)
      )
        continue;
      // 唐德兵（绰号“兵哥”, 男…）: the bracket opens right after the person's name (人称's own
      // match may hold the bracket: 林某某（人称“阿英”）).
      const opened = isOpeningBracket(text.charCodeAt(at)) ? at : at - 1;
      const nameEnd = isOpeningBracket(text.charCodeAt(opened)) ? opened : -1;
      const nameStart = nameEnd > 0 ? personNameBefore(text, nameEnd) : -1;
      const of = nameStart >= 0 ? text.slice(nameStart, nameEnd) : undefined;
      mentions.push({
        name: text.slice(start, end),
        start,
        end,
        role: Role.third,
        roleStart: at,
        ...(of ? { nicknameOf: of } : {}),
      });
    }
  }
}

function isOpeningBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28;
}

const ROLE_TRIE = new ReverseTrie<Role>(ROLE_WORDS, true);

/** In STOPS: the last character of a role word. */
const ROLE_END = 1;
/** In STOPS: a clause break, after which the clause's doer may be named (，周建军驾驶…). */
const CLAUSE_BREAK = 2;
/** Where roleMentions' loop stops: role words' last characters and clause breaks, in one table. */
const STOPS = ROLE_TRIE.rawLastCharacters.slice();
// 由, 的 and 到 too: 均由何建军驾驶, 你雇请的朱小勇驾驶, 本局接到陈思雨举报.
for (const code of [0xff0c, 0x3002, 0xff1b, 0x0a, 0x7531, 0x7684, 0x5230])
  STOPS[code]! |= CLAUSE_BREAK;

/** Before a lone 人 or 员, what makes it a count or a word of its own (5人, 个人, 他人). */
const NOT_A_ROLE_BEFORE = characterSet(
  '0123456789０１２３４５６７８９一二三四五六七八九十两几百千万个等多众他本此成私法各每有余',
);

/** What makes the 院 of 院长 the last character of a body's name (仲裁院, 法院, 检察院). */
const BODY_BEFORE_YUAN = /(?:仲裁|[^院]法|检察|檢察|學|学|研究|设计|設計)$/;

/** A role word that is also a place, after a word of going or being there (到前台, 在前台). */
const PLACE_ROLES = /^[到在交去往至於于]前[台臺]$/;

/** Characters that make 系 after them part of a word (联系, 关系, 维系), not "is". */
const COMPOUNDS_WITH_XI = characterSet('联聯关關维維');

/** Surname characters that are far more often a conjunction right after a role word. */
const CONJUNCTIONS = characterSet('和与及同跟');

/** Words that go on a clause after a name, and that end almost no given name. */
const FUNCTION_WORDS = characterSet(
  '于於在对對向将將把被的了其已未不是以及或等和与與因由从從到给給',
);

/** Connect a role to its name: 负责人为邱贵平, 委托代理人是张三. */
const CONNECTORS = '为是';
/** Between a role word and its name: 收货人登记为“汪波”, 署名为, 名叫, an opening quote. */
const LINK_WORDS =
  /^(?:登记为|登记是|登記為|署名为|署名為|名为|名為|名叫|叫做|叫)?[“"「]|^(?:登记为|登记是|登記為|署名为|署名為|名为|名為|名叫|叫做|叫(?![来來去醒停人了过過住])|包括[：:]?|还有|還有)/;

/**
 * A list of people after their role word and how many they are: 从业人员两名，分别是刘红梅、
 * 张晓丽; 5名工人即张大山、李二毛…; 见证人：… is read by the colon already. What is said
 * before the names must name them (分别为, 即, 包括, a colon), not go on (工人3名，为其…).
 */
const COUNT_THEN_NAMES =
  /^(?:[0-9０-９一二两兩三四五六七八九十]{1,3}\s*[名人位个個])?[，,]?\s*(?:分别为|分别是|分別為|分別是|即|包括|[：:])\s*/;

/** Characters that may start COUNT_THEN_NAMES: a number, 分, 即, 包, a comma or a colon. */
const COUNT_THEN_NAMES_STARTS = characterSet(
  '0123456789０１２３４５６７８９一二两兩三四五六七八九十分即包，,：:',
);

function isQuote(code: number): boolean {
  return code === 0x201c || code === 0x22 || code === 0x300c;
}

/** True when the quotation opened before `at` holds a name and nothing else. */
function quotesName(text: string, at: number): boolean {
  for (let close = at + 2; close <= Math.min(text.length - 1, at + 4); close++) {
    const code = text.charCodeAt(close);
    if (code === 0x201d || code === 0x22 || code === 0x300d)
      return personNameEnd(text, at, close) === close;
  }
  return false;
}

/** Join names in a list: 员工张三、李四和王五. */
const LIST_JOINERS = ['、', '和', '及', '与', '以及', '，', '　'];
/** Longest remark in brackets after a listed name (赵明远（警号051327）、谢斌). */
const MAX_NAME_REMARK = 30;
/** How many names one role word may list (劳动者张三、李四…等12人). */
const MAX_LIST = 16;

/**
 * True when the line break at `at` cuts prose, not a table: neither line holds a cell
 * border, and no label's colon follows on the next line (房东⏎房源编号：… is a header row's
 * last cell over a row of fields).
 */
function proseBreak(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let aheadEnd = text.indexOf('\n', at + 1);
  if (aheadEnd < 0 || aheadEnd > at + 1 + PROSE_BREAK_AHEAD)
    aheadEnd = Math.min(text.length, at + 1 + PROSE_BREAK_AHEAD);
  const ahead = text.slice(at + 1, aheadEnd);
  return (
    text.lastIndexOf('\u2063', at) < lineStart &&
    !ahead.includes('\u2063') &&
    !/^[^\n，。]{0,6}[：:]/.test(ahead)
  );
}
const PROSE_BREAK_AHEAD = 24;

function skipColon(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  if (code === 0xff1a || code === 0x3a) i++;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The name text[at, end) cut where another role word starts inside it (证人林燕当事人：…
 * is 林燕, not 林燕当); `end` when none does. Only shortens a name already read.
 */
function shortenedBeforeRole(text: string, at: number, end: number): number {
  for (let k = at + 2; k < end; k++) {
    const role = roleAt(text, k, Math.min(text.length, k + 12));
    // A one-character role word (人, 员) is also a given name's last character.
    if (role && role[1] - k >= 2 && personNameEnd(text, at, k) === k) {
      // 交存人：安检人员, 车站保洁人员: a job's words before 人员, no one's name.
      if (text.startsWith('人员', k)) return -1;
      return k;
    }
  }
  return end;
}

/**
 * The end of the name a role word introduces at `at`. Where nothing in the text decides
 * between two and three characters (其子黄建国拆除…: no stop after either), a kinship or
 * other third person's role word says a name is there: three characters, the commoner length.
 */
/** Two kin in one word: a kin word's last character and the next (岳父 + 母). */
const KIN_PAIRS = new Set([
  '父母',
  '夫妻',
  '夫妇',
  '兄弟',
  '姐妹',
  '子女',
  '儿女',
  '公婆',
  '父子',
  '父女',
  '母子',
  '母女',
]);

function nameAfterRole(text: string, at: number, role: Role): number {
  // 工人由赵德林雇请: 由 (a surname too, a rare one) before another name is the preposition;
  // 向 and 于 are common surnames (患者向春梅), read as names.
  if (
    text.charCodeAt(at) === 0x7531 &&
    (isSurnameCode(text.charCodeAt(at + 1)) || startsName(text, at + 1))
  )
    return -1;
  // 学生由霞浦县教育局安排: 由 before a place is the preposition too.
  if (text.charCodeAt(at) === 0x7531 && PLACE_AHEAD.test(text.slice(at + 1, at + 6))) return -1;
  // 中介费合计, 律师费: a fee follows the role word, not a surname.
  if (text.charCodeAt(at) === 0x8d39) return -1;
  // 岳父母共4人, 其父子二人: the kin word goes on into a pair of kin (父母), no surname (母).
  if (KIN_PAIRS.has(text.slice(at - 1, at + 1))) return -1;
  const end = personNameEnd(text, at, Math.min(text.length, at + 6), true);
  // 其监护人向常住户口所在地派出所申请: 向 (于) the preposition, its object a word (常住) that
  // the two-character name would cut in half.
  if (
    end === at + 2 &&
    PREPOSITION_SURNAMES[text.charCodeAt(at)] === 1 &&
    isHanCode(text.charCodeAt(at + 2)) &&
    isDictionaryWord(text, at + 1, at + 3)
  )
    return -1;
  // 工人施工, 员工项目（…）: two characters run into the role word that the language has as a
  // word, and what follows is not what follows a person (保安雷鸣向本局, 网格员甘露在走访,
  // 考生杨柳、尹丹丹: names that are words too).
  // 第三人（盖章）: the same in the bracket of a signature line.
  const lead = text.charCodeAt(at - 1);
  if (
    end === at + 2 &&
    (isHanCode(lead) || lead === 0xff08 || lead === 0x28) &&
    !followsPerson(text, end) &&
    isDictionaryWord(text, at, end)
  )
    return -1;
  // 之子周勇于2025年…: a function word is the clause going on, not a name's last character.
  if (
    end === at + 3 &&
    FUNCTION_WORDS[text.charCodeAt(end - 1)] === 1 &&
    personNameEnd(text, at, at + 2) === at + 2
  )
    return at + 2;
  if (end >= 0 || role !== Role.third) return end;
  // 执法人员和法制审核人员, 人和街社区: a conjunction after the role word, not a surname.
  if (CONJUNCTIONS[text.charCodeAt(at)] === 1) return -1;
  // 房东欧阳建平租用: a two-character surname's name is four characters, not 欧阳建 (but
  // 上官明出具: where a word of the language starts after three, the name ends there).
  const four = at + 4;
  if (
    COMPOUND_SURNAMES.some((surname) => text.startsWith(surname, at)) &&
    isHanCode(text.charCodeAt(four)) &&
    !wordStartsAt(text, at + 3) &&
    !startsFollowingWord(text, at + 3) &&
    personNameEnd(text, at, four) === four
  )
    return four;
  const three = at + 3;
  return isHanCode(text.charCodeAt(three)) && personNameEnd(text, at, three) === three ? three : -1;
}

/** Surnames that are also prepositions before an object (向, 于). */
const PREPOSITION_SURNAMES = characterSet('向于');

/** A place's name ahead (霞浦县, 宜宾市): what follows the preposition 由 there. */
const PLACE_AHEAD = /^[\u4e00-\u9fff]{1,4}[省市县縣区區镇鎮乡鄉]/;

/** What follows a person far more often than a word: 在, 向, 的, 、, 提供… (not 从事). */
function followsPerson(text: string, at: number): boolean {
  return (
    (AFTER_PERSON[text.charCodeAt(at)] === 1 && !text.startsWith('从事', at)) ||
    startsFollowingWord(text, at)
  );
}

const AFTER_PERSON = characterSet('在向从從的、和与與及均称稱系于於等将將被对對把');

/** Before 保安, the first character of 确保 or 担保. */
const SURE_BEFORE = characterSet('确確担擔');

/** The names listed from `at`: 张三、李四和王五. A comma continues a list only into another name. */
/**
 * 联系人：杨勇、李佳欣，联系电话：0830-7202863 in the sentence after where to collect the
 * decision: the contact people a landline reaches, after the words that send the public to
 * the agency (到…领取, 来电咨询), are the agency's.
 */
function agencyContact(text: string, start: number, end: number): boolean {
  if (!CONTACT_WORD.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + MAX_CONTACT_REACH);
  if (!CONTACT_LANDLINE.test(after)) return false;
  return sendsPublicToAgency(text, start);
}

const CONTACT_WORD = /^(?:联系人|聯繫人)$/;
/** How far around 联系人 its phone and the errand are looked for. */
const MAX_CONTACT_REACH = 80;
/** Then its phone, a landline (0830-…): an office's. */
const CONTACT_LANDLINE = /^[^。\n]{0,20}?(?:电话|電話)\s*[：:]?\s*0\d{2,3}[-－—]?\d{7,8}/;
/**
 * What makes a role word the start of a place's or a thing's name, not a person's (中国人寿,
 * 中国人保: …人 ends no role there).
 */
const PLACE_AFTER_ROLE =
  /^(?:宫|文化宫|乐园|活动中心|福利院|之家|公寓|时代|时装|寿财|寿保|寿险|保财)/;

function namesFrom(
  text: string,
  at: number,
  role: Role,
  roleStart: number,
  out: NameMention[],
  contact = false,
): void {
  const flags = contact ? ({ agencyContact: true } as const) : {};
  // 少年宫, 工人文化宫, 儿童乐园, 少女时代: the role word starts a place's or a thing's name.
  if (PLACE_AFTER_ROLE.test(text.slice(at, at + 4))) return;
  let i = at;
  for (let count = 0; count < MAX_LIST; count++) {
    // 及约旦籍商人萨米尔·哈桑: a nationality and what the person is come before the name.
    i = afterNationality(text, i);
    // 证人：王　燕, 监护人 苏 红: a name OCR or a padded cell spaced out.
    const latin = latinNameEnd(text, i);
    const end = latin > i ? latin : nameOrSpacedNameEnd(text, i, role);
    if (end < 0 || startsOrganisation(text, i, end)) return;
    // 义劳人仲案〔2025〕第0312号, 东劳人仲院长安庭案字〔2024〕: an agency's abbreviation in a
    // document number, which a role word's last character (人, 长) happens to end inside.
    if (NUMBER_BRACKET_AFTER.test(text.slice(end, end + 2))) return;
    // 当事人项目负责人晏小勇: another role word, not a name, follows the first; 由申请人之妻,
    // 和原生产队长: one starts inside what would be the name.
    if (roleAt(text, i, Math.min(text.length, i + 12))) return;
    if (roleAt(text, i + 1, Math.min(text.length, i + 12))) return;
    out.push({ name: text.slice(i, end), start: i, end, role, roleStart, ...flags });
    // ALI RAZA（中文译名阿里·拉扎）: the same person in the other script.
    if (latin > i)
      otherSpelling(text, end, (start, stop) =>
        out.push({
          name: text.slice(start, stop),
          start,
          end: stop,
          role,
          roleStart,
          // One person: the spelling goes as the name goes (public for the party).
          nicknameOf: text.slice(i, end),
          ...flags,
        }),
      );
    // 法定代表人陈光辉、邹德全、廖永红的询问笔录: a company has one legal representative; the
    // names listed after his are other people's.
    if (role === Role.representative && SOLE_REPRESENTATIVE.test(text.slice(roleStart, at))) return;
    // 赵明远（警号051327）、谢斌: a bracket after a name does not end the list.
    const after = afterBracket(text, end, MAX_NAME_REMARK);
    const joiner = LIST_JOINERS.find((word) => text.startsWith(word, after));
    // A comma joins names only in a list already begun with 、 (张三、李四，王五).
    if (!joiner || (joiner === '，' && count === 0)) return;
    i = after + joiner.length;
  }
}

/** A document number's year bracket right after (〔2025〕, 字〔2024〕, [2024]). */
const NUMBER_BRACKET_AFTER = /^字?[〔［[]/;

/** The role words of a company's one legal representative. */
const SOLE_REPRESENTATIVE = /^(?:法定代表人|法人代表)/;

/** A name in Han characters after a role word: spaced out (向 子 轩, 王　燕), or as written. */
function nameOrSpacedNameEnd(text: string, at: number, role: Role): number {
  const spaced = spacedNameEnd(text, at);
  return spaced > 0 ? spaced : shortenedBeforeRole(text, at, nameAfterRole(text, at, role));
}

/**
 * Characters that carry a clause on and stand in almost no organisation's name: the name
 * read after a role word is not an organisation's when they follow it (其子黄建国拆除后交至
 * 白沙镇文化站 names a son, not a 文化站).
 */
const PROSE_WORDS = characterSet('于在对向将把被的了其已未不是至到给让使从按称说拆除後后看帮替');

/** Longest organisation name looked at after a role word (南部县农村信用合作联社 is 10). */
const MAX_ORGANISATION = 16;

/**
 * True when the "name" from `start` runs on into an organisation's name (收款人：南部县财政局,
 * 委托人：张家湾村委会): the payee is the organisation, not a person.
 */
function startsOrganisation(text: string, start: number, nameEnd: number): boolean {
  // 黎小兵配合进行了测量: a word that follows names (配合, 陪同…) says prose goes on.
  if (!isHanCode(text.charCodeAt(nameEnd)) || startsFollowingWord(text, nameEnd)) return false;
  let end = nameEnd;
  // Up to where prose goes on (母亲蒋丽华均在场, 秦小芳从南充火车站…: no organisation).
  const limit = Math.min(text.length, start + MAX_ORGANISATION);
  while (
    end < limit &&
    isHanCode(text.charCodeAt(end)) &&
    !isSoftStop(text.charCodeAt(end)) &&
    PROSE_WORDS[text.charCodeAt(end)] !== 1
  )
    end++;
  // 见证人：檀木林社区居民: the name runs into an organisation's (…社区, …公司) before prose.
  for (let last = start + 4; last < end; last++) {
    if (endsAsOrganisation(text, last)) return true;
  }
  // The stop may be the name's own last character when the run ends with it (张家湾村委会。:
  // 会 also follows names), but not in 储小龙所持 (所 starts the next word).
  return (
    isOrganisationName(text.slice(start, end)) ||
    (isHanCode(text.charCodeAt(end)) &&
      (!isHanCode(text.charCodeAt(end + 1)) || INSTITUTION_END.test(text.slice(start, end + 1))) &&
      isOrganisationName(text.slice(start, end + 1)))
  );
}

/** Institutions whose last character also follows names (所): 马岭派出所共同组织… */
const INSTITUTION_END = /(?:派出所|供电所|营业所|管理所|服务所|事务所|司法所|财政所|卫生所)$/;

/**
 * A name just before 系…之父 / （系…） / 作为在场人: the role word comes after the name.
 * `roleStart` is where the role word starts.
 */
function nameBefore(
  text: string,
  roleStart: number,
  roleEnd: number,
): [number, number] | undefined {
  let q = roleStart;
  // 系当事人之父, 系其父: the party word or 其 between 系 and the kinship word.
  for (const lead of ['当事人', '被处罚人', '违法行为人', '其']) {
    if (text.endsWith(lead, q)) {
      q -= lead.length;
      break;
    }
  }
  let link = -1;
  let whose = false;
  // 系 of 联系 and 关系 is no copula (其子黄涛联系包工头…); 钟永福系法定代表人曹建平的表哥
  // is not the representative: the role word there says whose relative he is.
  if (
    text.startsWith('系', q - 1) &&
    !COMPOUNDS_WITH_XI[text.charCodeAt(q - 2)] &&
    !POSSESSIVE_AHEAD.test(text.slice(roleEnd, roleEnd + 6))
  )
    link = q - 1;
  else if (text.startsWith('作为', q - 2)) link = q - 2;
  else {
    link = copulaOfWhose(text, q, roleEnd);
    whose = true;
  }
  if (link < 0) return undefined;
  const before = text.charCodeAt(link - 1);
  // 唐建军（系…）; 周大伟，系…之岳父 (a comma only there: 冯倩，系当事人行政主管 is no party).
  const end =
    before === 0xff08 || before === 0x28 || (whose && before === 0xff0c) ? link - 1 : link;
  // The name starts its clause or follows a role word (其父唐建军（系…）), not the middle
  // of a run of words (林燕推搡（系…） is no 燕推搡).
  const start = personNameBefore(
    text,
    end,
    (start) =>
      startsClause(text, start) ||
      ROLE_TRIE.longestEndingAt(text, start, Math.max(0, start - 12)) !== undefined,
  );
  // “党鸠坡”林地系其祖父…分得的: a word of the language (林地) before 系 is a thing's.
  if (start >= 0 && end - start === 2 && isDictionaryWord(text, start, end)) return undefined;
  return start >= 0 ? [start, end] : undefined;
}

/** After a role word, a name and 的/之 (法定代表人曹建平的表哥): the role word is not the person's. */
const POSSESSIVE_AHEAD = /^[\u4e00-\u9fff]{0,4}[的之]/;

/** How far 系 or 作为 may stand before the end of a role word in the middle of a clause. */
const NEAR_LINK = 9;
/** How far 系 may stand before a post that ends its clause (系该店收银员。). */
const MAX_POST = 8;
/** What ends a clause after a role word. */
const CLAUSE_END = characterSet('，,。；;、）)\n');

/** How far 系 may stand before 之 + the kinship word (系你单位法定代表人许志强之岳父). */
const MAX_WHOSE = 16;

/**
 * Where 系 stands when the clause says whose relative the person is (周大伟，系你单位法定代表人
 * 许志强之岳父: 之 or 的 right before the role word at `q`, 系 earlier in the same clause) or
 * whose post they hold (吴晓丽系该店收银员。). -1 when there is none.
 */
function copulaOfWhose(text: string, q: number, roleEnd: number): number {
  const of = text.charCodeAt(q - 1);
  // 吴晓丽系该店收银员。: a few words of whose post, the role word ending the clause.
  const reach =
    of === 0x4e4b || of === 0x7684
      ? MAX_WHOSE
      : CLAUSE_END[text.charCodeAt(roleEnd)]
        ? MAX_POST
        : 0;
  for (let p = q - 2; p > Math.max(0, q - reach); p--) {
    const code = text.charCodeAt(p);
    // 系由 is "was done by" (商铺系由舒雨涵的朋友…): no one is said to be anyone there.
    if (code === 0x7cfb)
      return COMPOUNDS_WITH_XI[text.charCodeAt(p - 1)] || text.charCodeAt(p + 1) === 0x7531
        ? -1
        : p;
    if (!isHanCode(code)) return -1;
  }
  return -1;
}

/** Every person named next to a role word in `text`, in text order. */
export function roleMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  const subjects = new ClauseSubjects();
  const n = text.length;
  // A person read from what is said around the name, with no role word before it.
  const addMarked = (start: number, end: number, bySubject?: true) =>
    mentions.push({
      name: text.slice(start, end),
      start,
      end,
      role: Role.third,
      roleStart: end,
      ...(bySubject ? { bySubject } : {}),
    });
  for (let i = nextEnding(text, 0, n, STOPS); i < n; i = nextEnding(text, i + 1, n, STOPS)) {
    const stop = STOPS[text.charCodeAt(i)]!;
    if (stop & CLAUSE_BREAK) {
      if (text.charCodeAt(i) === 0xff0c) personEntryAt(text, i, addMarked);
      if (isSurnameCode(text.charCodeAt(i + 1))) {
        // After 的 a thing stands as often as a person (用一根…的花线私自搭接): a name of two
        // characters there is too likely a noun; 你雇请的朱小勇驾驶 has three.
        doers(
          text,
          i + 1,
          text.charCodeAt(i) === 0x7684
            ? (start, end) => end - start > 2 && addMarked(start, end)
            : addMarked,
        );
        subjects.note(text, i + 1);
      }
      if (!(stop & ROLE_END)) continue;
    }
    const end = i + 1;
    // The last two characters must end a role word (人民, 事实 do not): two table loads.
    if (!ROLE_TRIE.mayEndAt(text, end)) continue;
    // What follows must be able to start a name (or a colon before one); else only a name
    // written before the role word (唐建军（系当事人之父）) is possible, behind 系 or 作为.
    const next = foldCode(text.charCodeAt(end));
    // 负责人（校长）尹德胜, “副会长”钟大勇: a title in brackets, or the quote that closes
    // the role word, stands between it and the name.
    const titled = afterTitle(text, end, next);
    const titledName = titled > end && startsName(text, titled);
    // 其妻⏎其其格, 其母⏎周芳: a PDF's line broke between the role word and the name.
    const brokenName = next === 0x0a && startsName(text, end + 1) && proseBreak(text, end);
    const mayName =
      startsName(text, end) ||
      brokenName ||
      // 其同学ALI RAZA, 其母HOANG THI NGA: a foreigner named in Latin letters.
      isLatinCapital(text.charCodeAt(end)) ||
      titledName ||
      next === 0xff1a ||
      next === 0x3a ||
      isSpace(next) ||
      next === 0x4e3a ||
      next === 0x662f ||
      ((next === 0x767b ||
        next === 0x540d ||
        next === 0x7f72 ||
        next === 0x201c ||
        next === 0x5305 ||
        next === 0x8fd8 ||
        next === 0x9084 ||
        // 丈夫叫韦金福, 有一个儿子叫“罗小平”.
        next === 0x53eb) &&
        LINK_WORDS.test(text.slice(end, end + 4)));
    const counted =
      !mayName && COUNT_THEN_NAMES_STARTS[next] === 1
        ? COUNT_THEN_NAMES.exec(text.slice(end, end + 12))
        : null;
    if (!mayName && !counted && !linkBefore(text, end)) continue;
    const match = ROLE_TRIE.longestEndingAt(text, end, Math.max(0, end - 12));
    if (!match) continue;
    // 其父母居住: 其父母 goes on through the next character, so 其父 is not the role word (and
    // 母居住 no name); the longer word is read at its own end.
    const longer = ROLE_TRIE.mayEndAt(text, end + 1)
      ? ROLE_TRIE.longestEndingAt(text, end + 1, Math.max(0, end - 12))
      : undefined;
    if (longer && longer.start <= match.start) continue;
    // 《中华人民共和国老年人权益保障法》: a title, where 人 names no one; 送达文书：…, a document.
    if (
      insideTitle(text, match.start) ||
      isThing(text, match.start, end, foldLabel(text.slice(match.start, end)))
    )
      continue;
    // The generic 人 and 员 count people in 5人居住, 二人代理, 个人银行卡: no role there.
    if (match.start === i && NOT_A_ROLE_BEFORE[text.charCodeAt(i - 1)] === 1) continue;
    // 前台 is also the desk itself (到前台时自称, 交前臺查驗): after a word of place, no one.
    if (end - match.start === 2 && PLACE_ROLES.test(text.slice(match.start - 1, end))) continue;
    // 林业主管部门, 保护工程资质: a role word across two words of the language (林业 | 主管,
    // 保护 | 工程), no owner or nurse. (Where a word starts at its last character is asked
    // first: for a real role word, before the name, it seldom does, and the segmenter is dear.)
    if (
      end - match.start === 2 &&
      isHanCode(text.charCodeAt(match.start - 1)) &&
      isHanCode(text.charCodeAt(end)) &&
      wordStartsAt(text, end - 1) &&
      isDictionaryWord(text, match.start - 1, match.start + 1)
    )
      continue;
    // 东莞市劳动人事争议仲裁院长安庭: 院 ends the body's name (仲裁院, 法院), and 长安庭 is its
    // tribunal, no 院长 and his name.
    if (
      text.startsWith('院长', match.start) &&
      BODY_BEFORE_YUAN.test(text.slice(Math.max(0, match.start - 2), match.start))
    )
      continue;
    // 确保安全行驶, 担保安排: 保 ends the word before (确保, 担保), no 保安 there.
    if (text.startsWith('保安', match.start) && SURE_BEFORE[text.charCodeAt(match.start - 1)] === 1)
      continue;
    // 现责令下列设置人…, then a row's 设置人：唐学忠: the people a notice addresses are its
    // parties, named in public whatever their role word.
    if (match.value === Role.third && listedRowLabel(text, match.start, end)) continue;
    // 本局工作人员张三 is the agency's; 街道工作人员张三 is not.
    const contact = agencyContact(text, match.start, end);
    const role =
      isAgencyOwn(text, match.start) ||
      underOfficerLabel(text, match.start) ||
      (match.value === Role.third && ofPublicBody(text, match.start, end)) ||
      contact
        ? Role.officer
        : match.value === Role.officer && ofAnotherOrganisation(text, match.start)
          ? Role.third
          : match.value;
    // 注册人和实际经营者, 人员和机械: 和 right after a role word joins it to the next word.
    if (counted && startsName(text, end + counted[0].length)) {
      namesFrom(text, end + counted[0].length, role, match.start, mentions, contact);
    } else if (mayName && next !== 0x548c) {
      const limit = Math.min(n, end + 8);
      let at = titledName ? titled : brokenName ? end + 1 : skipColon(text, end, limit);
      if (at === end && CONNECTORS.includes(String.fromCharCode(next))) at++;
      const link = LINK_WORDS.exec(text.slice(at, at + 4));
      if (link) at += link[0].length;
      // A quoted name is the whole quotation (“汪波”), not the start of a quoted word (纸人“金童玉女”).
      if (!link || !isQuote(text.charCodeAt(at - 1)) || quotesName(text, at))
        namesFrom(text, at, role, match.start, mentions, contact);
    }
    const before = nameBefore(text, match.start, end);
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
  markedPeople(text, addMarked);
  foreignersNamed(text, addMarked);
  nicknames(text, mentions);
  subjects.each((start, end) => addMarked(start, end, true));
  return mentions;
}

/** A unit of the agency between its word for itself and a post (本局城管协管员, 我局执法大队队员). */
const OWN_UNIT = /^[\u4e00-\u9fff]{0,6}?(?:城管|执法|大队|中队|队|科|股|所|站|室|中心)$/;
/** Longest unit read between the agency's word and the post (OWN_UNIT: six and two). */
const MAX_OWN_UNIT = 8;

/** An officer's label, then the post within the agency (审核人：法制室主任 谭丽娟). */
const OFFICER_LABEL_BEFORE =
  /(?:审核人|审批人|签发人|批准人|承办人|执法人员|复核人|法制审核)[：:]\s*[\u4e00-\u9fff]{0,10}\s*$/;

/** True when the role word at `roleStart` is the post an officer's label gives. */
/** Most characters of a row cell's label read as the role a notice lists (设置人, 房屋出租人). */
const MAX_ROW_LABEL = 6;
/** How far above a row the notice's words that list its people are looked for. */
const LIST_LEAD_REACH = 600;

/**
 * True when the role word ending at `end` ends a table row's cell label (…⁣设置人：) that the
 * notice above lists its people by (下列设置人, 以下承租人).
 */
function listedRowLabel(text: string, roleStart: number, end: number): boolean {
  const colon = text.charCodeAt(end);
  if (colon !== 0xff1a && colon !== 0x3a) return false;
  let cell = roleStart;
  while (cell > 0 && end - cell < MAX_ROW_LABEL && isHanCode(text.charCodeAt(cell - 1))) cell--;
  const before = text.charCodeAt(cell - 1);
  if (cell > 0 && before !== 0x2063 && before !== 0x0a) return false;
  const line = text.lastIndexOf('\n', cell - 1) + 1;
  return listedAs(text.slice(Math.max(0, line - LIST_LEAD_REACH), line), text.slice(cell, end));
}

function underOfficerLabel(text: string, roleStart: number): boolean {
  // The colon is looked for in the few characters before only (a search back through the
  // text for each role word would make reading a long text quadratic).
  for (let colon = roleStart - 1; colon >= Math.max(0, roleStart - 12); colon--) {
    if (text.charCodeAt(colon) === 0xff1a || text.charCodeAt(colon) === 0x3a)
      return OFFICER_LABEL_BEFORE.test(text.slice(Math.max(0, colon - 6), roleStart));
  }
  return false;
}

/** True when the role word at `roleStart` follows the agency's word for itself, maybe via its unit. */
function isAgencyOwn(text: string, roleStart: number): boolean {
  // Only the few characters before the role word are looked at: a search back through the
  // whole text for each role word would make a long text's reading quadratic.
  const from = Math.max(0, roleStart - MAX_OWN_UNIT - 3);
  // Every word for itself starts with 本 or 我: most role words have neither before them.
  let self = false;
  for (let k = from; k < roleStart && !self; k++) {
    const code = text.charCodeAt(k);
    self = code === 0x672c || code === 0x6211;
  }
  if (!self) return false;
  const before = text.slice(from, roleStart);
  for (const word of AGENCY_SELF_WORDS) {
    if (before.endsWith(word)) return true;
    const at = before.lastIndexOf(word);
    if (at >= 0 && OWN_UNIT.test(before.slice(at + word.length))) return true;
  }
  return false;
}

/** Longest title in brackets read between a role word and a name (（校长）, （同单元501室住户）). */
const MAX_TITLE = 12;

/**
 * After a closing quote, or a bracket holding a title (a role word: （校长）, not （游泳）), right
 * after a role word ending at `end`; else `end`.
 */
function afterTitle(text: string, end: number, next: number): number {
  if (next === 0x201d || next === 0x300d) return end + 1;
  if (next !== 0xff08 && next !== 0x28) return end;
  const after = afterBracket(text, end, MAX_TITLE);
  const close = after - 1;
  return after > end && ROLE_TRIE.longestEndingAt(text, close, end + 1) ? after : end;
}

/** How many clauses a name must start before it is read as a person's with no role word. */
const MIN_SUBJECT_CLAUSES = 2;

/**
 * Three-character names that start clauses (，刘德明于3月5日将…；刘德明另于…): a name that
 * starts two clauses or more is somebody the facts are about, a person even with no role
 * word (the party and officers among them are sorted out by document-reading.ts). Two
 * characters are too often a word (同时, 另查).
 */
class ClauseSubjects {
  private readonly places = new Map<string, number[]>();

  note(text: string, start: number): void {
    // What follows must carry the clause on (于, 另, 将, 称…), not run on as one word: looked
    // at first, as most clauses that start with a surname's character start no name.
    const after = text.charCodeAt(start + 3);
    if (!FOLLOWS_SUBJECT[after] && !isSoftStop(after)) return;
    // 由曾庆和负责…, 向…: a preposition that is also a surname opens most such clauses.
    if (SUBJECT_PREPOSITIONS[text.charCodeAt(start)] === 1) return;
    const end = personNameEnd(text, start, Math.min(text.length, start + 6));
    if (end !== start + 3) return;
    // 房地产经纪业务应当…: a word of the language opening several clauses, not a person.
    if (isDictionaryWord(text, start, end)) return;
    // 白沙店自2024年起…: a shop or an office, not a person; nor the start of one's name
    // (乐淘二手数码店，店员…: 手 follows names too).
    if (ORGANISATION_ENDS[text.charCodeAt(end - 1)] === 1 || runsIntoBusiness(text, end)) return;
    // 区住房和城乡建设局会同…: an office's name, whatever words it holds (和 among them).
    if (OFFICE_TAIL.test(text.slice(end, end + 12))) return;
    const name = text.slice(start, end);
    const list = this.places.get(name);
    if (list) list.push(start);
    else this.places.set(name, [start]);
  }

  each(add: (start: number, end: number) => void): void {
    for (const [name, starts] of this.places) {
      if (starts.length < MIN_SUBJECT_CLAUSES) continue;
      for (const start of starts) add(start, start + name.length);
    }
  }
}

/** An office's name running on past three characters: 区住房|和城乡建设局. */
const OFFICE_TAIL =
  /^[\u4e00-\u9fff]{0,10}?(?:局|委员会|委員會|办事处|辦事處|人民政府|大队|大隊|中队|中隊|管理站|管理所)/;

/** A business's name running on past three characters: 乐淘二|手数码店. */
const BUSINESS_TAIL = /^[\u4e00-\u9fff]{0,5}?(?:店|厂|公司|超市|商行|经营部|门市|馆)/;

/** True when the Han characters from `end` finish a business's name, with no prose word between. */
function runsIntoBusiness(text: string, end: number): boolean {
  const tail = BUSINESS_TAIL.exec(text.slice(end, end + 8));
  if (!tail) return false;
  for (let k = end; k < end + tail[0].length; k++) {
    if (PROSE_WORDS[text.charCodeAt(k)] === 1) return false;
  }
  return true;
}

/** Prepositions that are surnames too (由, 于, 向): a clause they open names no subject. */
const SUBJECT_PREPOSITIONS = characterSet('由于於向');

/** What a clause's subject is followed by: 于 (time), 将, 另, 又, 称, 自称, 未, 已… */
const FOLLOWS_SUBJECT = characterSet('于於将將另又称稱自未已曾在向对對从從把被');

/** How far back the words before an officer's title are read for whose title it is. */
const TITLE_OWNER_REACH = 16;
/** Endings of businesses' and institutions' names (not an agency's: 局, 委, 队, 办). */
const BUSINESS_ENDS =
  /(?:公司|供电所|营业所|服务所|事务所|站|厂|店|中心|银行|医院|学校|超市|物业|药房)/;
/**
 * A public body's office, whose officers act in office (体育彩票管理中心专管员, 福利彩票发行中心
 * 合江管理站专管员): ending right before the post, or anywhere before a post of the agency's.
 */
const PUBLIC_BODY =
  /(?:管理中心|管理站|管理所|管理处|发行中心|保障服务中心|政务服务中心|便民服务中心)$/;
/** The last characters PUBLIC_BODY ends with, looked at before the regular expression. */
const PUBLIC_BODY_LASTS = characterSet('心站所处');
/** Before a title: someone hired the person (当事人聘请的主持人欧阳慧敏), not the agency's post. */
const HIRED_BEFORE = /(?:聘请|聘用|雇请|雇用|雇佣|僱用|僱請)的?$/;

/** The Han characters right before a title, back to where its clause's words start. */
function titleOwner(text: string, roleStart: number): string {
  let start = roleStart;
  const limit = Math.max(0, roleStart - TITLE_OWNER_REACH);
  while (start > limit && isHanCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, roleStart);
}

/**
 * True when the post text[roleStart, roleEnd) is a public body's officer's (体育彩票管理中心专管员
 * 何建军). Its 网格员 and the like stay private persons, as a village's cadres do.
 */
function ofPublicBody(text: string, roleStart: number, roleEnd: number): boolean {
  return (
    PUBLIC_BODY_LASTS[text.charCodeAt(roleStart - 1)] === 1 &&
    OFFICIAL_POSTS.includes(text.slice(roleStart, roleEnd)) &&
    PUBLIC_BODY.test(titleOwner(text, roleStart))
  );
}

/** The posts of a public body's officers acting in office. */
const OFFICIAL_POSTS = ['专管员', '工作人员'];

/**
 * True when an officer's title (检查员, 审核员, 承办人) is written as another organisation's:
 * 丽春供电所用电检查员卢伟 is the power company's inspector, a third person, not the agency's.
 */
function ofAnotherOrganisation(text: string, roleStart: number): boolean {
  const before = titleOwner(text, roleStart);
  if (HIRED_BEFORE.test(before)) return true;
  return (
    BUSINESS_ENDS.test(before) &&
    !PUBLIC_BODY.test(before) &&
    !AGENCY_SELF_WORDS.some((word) => before.includes(word))
  );
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

/** How far back an open 《 is looked for. */
const TITLE_REACH = 30;

/** True when `pos` stands inside 《…》 (a law's or a document's title). */
function insideTitle(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= Math.max(0, pos - TITLE_REACH); k--) {
    const code = text.charCodeAt(k);
    if (code === 0x300a) return true;
    if (code === 0x300b || code === 0x0a) return false;
  }
  return false;
}

/**
 * 系 or 作为 within the characters before `end` (系当事人之父, 作为在场人, 系你单位法定代表人
 * 许志强之岳父): a cheap look before nameBefore reads the clause.
 */
function linkBefore(text: string, end: number): boolean {
  // Far back only where the role word ends its clause (…系你单位法定代表人许志强之岳父，).
  const reach = CLAUSE_END[text.charCodeAt(end)] ? MAX_WHOSE + 4 : NEAR_LINK;
  for (let k = Math.max(0, end - reach); k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x7cfb || (code === 0x4f5c && text.charCodeAt(k + 1) === 0x4e3a)) return true;
  }
  return false;
}
