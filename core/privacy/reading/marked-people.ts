import { characterSet, isHanCode, isSpace } from '../internal/chars';
import { afterDataBracket } from './brackets';
import { roleAt } from './clauses';
import { isDictionaryWord, wordStartsAt } from './dictionary-word';
import { tibetanNameEnd } from './ethnic-names';
import { isNameMaskCode, maskedNameLength } from './name-masks';
import { isOrganisationName } from './organisation-name';
import {
  COMPOUND_SURNAMES,
  isSoftStop,
  isSurnameCode,
  personNameBefore,
  personNameEnd,
  startsName,
} from './person-name';
import { type WordPositions, wordIndexer } from './word-index';

/**
 * People named with no role word before them, but marked as people by what the text says
 * around the name: a bracket that describes a person, 处购得, a statement, a count after a
 * list, an action only a person does. role-mentions.ts reads them as third persons (the party
 * and the public names are sorted out by document-reading.ts).
 */

/** A direction and a word of land (南地, 东头, 西坡, 北沟): a place in a village. */
const DIRECTION_PLACE = /^[东西南北東][地头頭边邊侧側坡沟溝岭嶺坝壩湾灣田山面角]$/;

/** Called with each person found: text[start, end) is the name. */
export type AddPerson = (start: number, end: number) => void;

/** How many doers one clause may list (周建军、李小兵和王五一起…). */
const MAX_LIST = 16;

/** What a bracket after a name says of a person: 张三（男，1980年…）, 周子轩（2008年9月出生）. */
const PERSON_REMARK =
  /^[（(]\s*(?:[\u4e00-\u9fff]{2,4}之(?:妻|夫|子|女|父|母|兄|弟|姐|妹|孙|孫)[）)]|男|女|\d{4}年(?:\d{1,2}月|\d{1,2}\s*月|生|出生)|[0-9０-９]{1,3}(?:周)?岁|[一二三四五六七八九十]{1,3}岁|出生|身份证|公民身份|证件|联系电话|电话|手机|住|现住|户籍|系|年龄|未成年|(?:妻|夫|子|女|父|母|兄|弟|姐|妹|儿子|女儿|丈夫|妻子|父亲|母亲|孙子|孙女)[）)])/;
/**
 * Said anywhere in a bracket of a person (邓小琳（经营者邓玉华之侄女，现年20岁）, 金秀妍（KIM
 * SOOYEON，韩国籍，护照号码…）): whose relative, an age, a nationality or a passport.
 */
const PERSON_IN_REMARK =
  /之(?:侄女|侄子|外甥女?|孙子|孙女|儿媳|女婿|妻|夫|子|女|父|母|兄|弟|姐|妹)[，,；;）)]|现年\s*[0-9０-９]{1,3}\s*周?岁|[\u4e00-\u9fff]{1,6}籍[，,；;）)]|国籍|國籍|护照|護照/;
/** How far into a bracket PERSON_IN_REMARK is looked for. */
const MAX_PERSON_REMARK = 30;

function saysOfAPerson(text: string, from: number): boolean {
  let end = from;
  const limit = Math.min(text.length, from + MAX_PERSON_REMARK);
  while (end < limit && text.charCodeAt(end) !== 0xff09 && text.charCodeAt(end) !== 0x29) end++;
  return PERSON_IN_REMARK.test(text.slice(from, end + 1));
}

/** Words for a person right before a name (成年男子曾飞（另案处理）). */
const PERSON_BEFORE = /^(?:男子|女子)$/;
/** A remark on someone's case (另案处理, 涉嫌…, 在逃, 已故), which some goods' sale may have too. */
const CASE_REMARK = /^[（(]\s*(?:另案|已另案|涉嫌|在逃|已故|已死亡|身份待查)/;
/**
 * What only a person's entry in a list goes on with: 1．雷振宇，纳税人识别号5105…,
 * 张三，身份证号…, 李四，男，… (a comma, then an identity number or a sex).
 */
const PERSON_ENTRY =
  /^[，,]\s*(?:纳税人识别号|納稅人識別號|身份证|身份證|公民身份|证件号|證件號|男[，,]|女[，,]|性别|性別|[\u4e00-\u9fff]{2,4}(?:省|自治区|自治區))/;
/** The first characters of what PERSON_ENTRY looks for after the comma (and of provinces). */
const ENTRY_FIRSTS = characterSet(
  '纳納身公证證男女性河山辽遼吉黑江浙安福湖广廣海四贵貴云雲陕陝甘青台臺内內宁寧新西',
);
/** The last character of a paper's name (军官证, 社会保障卡, 护照), not of a person's. */
const PAPER_ENDS = characterSet('证證卡照');
/** Where a person sold or rented something: 从袁建成处购得, 帅小平处收购. */
const PERSON_PLACE = /^[处處](?:购|購|收|租|借|取|拿|买|買|得|进货|進貨)/;
/** 从万朝伦处以800元购得: 从 before a name and 处 after it say the name is somebody's. */
const FROM_PERSON = ['从', '從'];
/** What only a person gives: 马腾飞的陈述, 冷国华证实, 询问笔录 of someone (evidence lists). */
/** A statement's kind written before it (证人证言, 书面陈述). */
const STATEMENT_KINDS = /^(?:证人|證人|书面|書面)$/;
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
/**
 * What only a person does, said right after who does it at the start of a clause
 * (…，周建军驾驶三轮车…; 当日，陈华、李兵一起…): the doer is a person even with no role word.
 * Only words a thing or an organisation never does: 在, 于, 将 follow 方可, 曾多次 and 该局 too.
 */
const PERSON_ACTIONS = [
  '驾驶',
  '駕駛',
  '驾车',
  '駕車',
  '骑',
  '騎',
  '携带',
  '攜帶',
  '手持',
  '雇请',
  '僱請',
  '雇用',
  '僱用',
  '雇佣',
  '报警',
  '報警',
  '举报',
  '舉報',
  // 我局接到付强电话举报: how someone reported.
  '电话举报',
  '电话投诉',
  '实名举报',
  '投诉',
  '投訴',
  '承认',
  '承認',
  '表示',
  '声称',
  '聲稱',
  '称',
  '稱',
  '辩称',
  '辯稱',
  '证实',
  '證實',
  '供述',
  '目睹',
  '看见',
  '看見',
  '拒绝',
  '拒絕',
  '擅自',
  '私自',
  '等人',
  '一起',
  '一同',
  '家住',
  '居住',
  '住在',
  // 杨雪梅安排未取得导游证的…: who arranged it.
  '安排',
  // Bystanders stepping in or hurt (同桌的王晓燕、赵丽上前劝阻; 刘建国受伤后报案).
  '上前',
  '劝阻',
  '勸阻',
  '受伤',
  '受傷',
  '报案',
  '報案',
];
const ACTION_FIRSTS = characterSet(PERSON_ACTIONS.map((word) => word[0]).join(''));
/** One of these may stand between a doer and the action (朱小勇正驾驶, 何建军又携带). */
const ADVERBS = characterSet('正又还也曾均都便即再仍已還应須须');

/**
 * Who something was let, sold or given to (出租给秦小玲经营, 出售给黄永贵、杨荣及…经营部,
 * 向何秀英、赖春生等…经营者收购): a person, as a list that ends where a name does.
 */
const GIVEN_TO = [
  '出租给',
  '出售给',
  '卖给',
  '租给',
  '借给',
  '转让给',
  '转给',
  '转卖给',
  '转售给',
  // 2025年1月8日售予钟志强，售价6500元.
  '售予',
  '卖予',
];
/**
 * What is done only to a person, the one it is done to named right after it (殴打赵一鸣，致其
 * 轻微伤; 推了赵一鸣两下; 辱骂王芳): the victim, a third person even with no 受害人 before.
 */
const HARMED = [
  '殴打',
  '毆打',
  '打伤',
  '打傷',
  '击打',
  '擊打',
  '踢打',
  '推了',
  '打了',
  '踢了',
  '扇了',
  '辱骂',
  '辱罵',
  '侮辱',
  '谩骂',
  '謾罵',
  '威胁',
  '威脅',
  '恐吓',
  '恐嚇',
  '猥亵',
  '猥褻',
  '骚扰',
  '騷擾',
  '咬伤',
  '砍伤',
  '刺伤',
  '抓伤',
  '撞伤',
  '撞倒',
];
/**
 * What is taken from a person, the owner named right after it (盗窃赵一鸣的手机, 骗取王芳人民币
 * 5000元): a business may be stolen from too, so only a person's name before what was taken.
 */
const TAKEN_FROM = [
  '盗窃',
  '盜竊',
  '偷窃',
  '偷竊',
  '偷走',
  '骗取',
  '騙取',
  '诈骗',
  '詐騙',
  '抢夺',
  '搶奪',
  '抢劫',
  '搶劫',
  '敲诈',
  '敲詐',
  '勒索',
];
/** Second characters of two-character words for someone: 来人, 路人, 患者, 店员. */
const SOMEONE_ENDS = characterSet('人者员員');
/** After the one harmed: a stop, 的, 致, a list's joiner, a part of the body, how often. */
const AFTER_HARMED =
  /^(?:[^一-鿿]|[的致等和及与並并]|头部|頭部|面部|脸部|臉部|胸部|腹部|背部|身体|身體|手臂|[左右][手脚腳臂眼腿脸臉]|[一两二三四五六七八九十几數数]+(?:下|拳|脚|腳|刀|次|巴掌|耳光))/;
/** After the one stolen from: 的, or what was taken (人民币, 现金, 手机…). */
const AFTER_TAKEN_FROM =
  /^(?:的|人民币|人民幣|现金|現金|财物|財物|钱款|錢款|手机|手機|钱包|錢包|电动车|電動車|摩托车|摩托車|银行卡|銀行卡|[一两二三四五六七八九十]+[部辆輛台只个個张張])/;

/** Each kind of verb a victim follows, with what follows the victim's name. */
const VICTIM_READINGS: readonly (readonly [readonly string[], RegExp])[] = [
  [HARMED, AFTER_HARMED],
  [TAKEN_FROM, AFTER_TAKEN_FROM],
];

/** Where the one given to is from (筠连县的, 新华村的): a place, then 的. */
// (Or what the buyer does: 卖给了专门收药的毛小林.)
const PLACE_OF_PERSON =
  /^[\u4e00-\u9fff]{1,6}(?:[省市县縣区區镇鎮乡鄉村]|[收购購])[\u4e00-\u9fff]{0,2}的/;
const MAX_PLACE_OF_PERSON = 9;
/** What may follow the last name of such a list: punctuation, 等, 及, 的, 经营… */
const AFTER_GIVEN = /^(?:[^\u4e00-\u9fff]|[等及和与的]|经营|使用|居住|开设|从事|收取)/;

/** Hiring someone (聘用潘雨欣（在校大学生）, 聘用唐秀兰负责做饭): the one hired is a person. */
const HIRED = ['聘用', '聘請', '聘请', '雇用', '僱用', '雇佣', '僱傭', '雇请', '僱請', '招用'];
/** 受当事人雇请, 被经营者聘用: the clause's subject is the one hired (its end is the verb). */
const HIRED_BY = /(?:受|被(?!处罚|處罰|申请|申請|检查|檢查|告|害|侵害))[^，。；,;\n]*$/;
/** The one who hired follows (受雇于庞德胜). */
const EMPLOYED_BY = ['受雇于', '受雇於', '受僱於'];
/** After the one hired: a stop, a bracket, another name, or the work they were hired for. */
const AFTER_HIRED =
  /^(?:[^\u4e00-\u9fff]|[等及和与为為在做]|负责|負責|担任|擔任|从事|從事|作为|作為|实施|實施|进行|進行|帮忙|幫忙)/;

/**
 * Those asked by the agency (经询问王小林, 对朱小勇、郑德全进行了询问): persons. The names
 * follow the word, or stand in a list between 对 and the word.
 */
const QUESTIONED_AFTER = ['询问', '詢問'];
const QUESTIONED_BETWEEN = [
  '进行了询问',
  '进行询问',
  '進行了詢問',
  '進行詢問',
  '作了询问',
  '作了詢問',
];

/** Last characters of offices and businesses (林业站, 卫生室, 供销社): no given name ends so. */
const ORGANISATION_END_CHARACTERS = '站社室所院局厂廠店部队隊场場馆館库庫司行';
export const ORGANISATION_ENDS = characterSet(ORGANISATION_END_CHARACTERS);

/** True when an organisation's name starts at `at` (信用合作联社各网点…, 村卫生室…). */
function startsOrganisation(text: string, at: number): boolean {
  let end = at;
  // Up to a list's joiner: 杨荣及某某建材经营部 lists a person, then a business.
  while (
    end < Math.min(text.length, at + 12) &&
    isHanCode(text.charCodeAt(end)) &&
    !(end > at + 1 && JOINERS[text.charCodeAt(end)] === 1)
  )
    end++;
  for (let last = at + 3; last <= end; last++) {
    if (isOrganisationName(text.slice(at, last))) return true;
  }
  return false;
}

/** Last characters of a stall or shop's name too (文渊书报亭, 老陈烟酒铺). */
const BUSINESS_ENDS = characterSet(`${ORGANISATION_END_CHARACTERS}亭铺鋪摊攤坊厅廳`);
/** Words of prose inside a run of characters: a clause, not a shop's name (吴秀珍在店). */
const PROSE_INSIDE = characterSet('在于於的将將把被从從向对對');
/** Longest shop's name looked at after a village or a town. */
const MAX_BUSINESS = 8;

/**
 * True when the characters from `at` up to the next punctuation are a business's name (富世镇
 * 文渊书报亭（个体工商户）): they end in a shop's last character with no prose word between.
 */
function namesBusiness(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at < MAX_BUSINESS && isHanCode(text.charCodeAt(end))) {
    if (PROSE_INSIDE[text.charCodeAt(end)] === 1) return false;
    end++;
  }
  return (
    end < text.length &&
    !isHanCode(text.charCodeAt(end)) &&
    BUSINESS_ENDS[text.charCodeAt(end - 1)] === 1
  );
}

/** The last characters of villages and towns, after which a villager may be named. */
const PLACE_WORDS = ['村', '镇', '鎮', '乡', '鄉'];

/**
 * A list of people counted after it (蔡文龙、桂晓丽、邬志强等5人, 杨文才、程小兵、晏平三人,
 * 陈秀兰、陈玉华两户, …、黎安共4人) or called people after 等 (何秀英、赖春生等…经营者; right
 * after it, 欧阳子睿、司马嘉琪等学生: 等直接为顾客 is what a work is for, not whom it lists).
 */
const COUNTED_LIST =
  /((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?:(?:等|共)?(?:[一二三四五六七八九十两]|[0-9]{1,2})(?:人|名|户|戶)|等人|等[^\n，。；]{0,12}?(?:经营者|经营户|村民|农户|居民|工人|员工|商户|摊主|业主|车主|船主|群众|消费者)|等(?:[一二三四五六七八九十两]|[0-9]{1,2})?[名个位]?(?:学生|学员|幼儿|儿童|孩子|家长|患者|病人|顾客|旅客|游客|乘客|邻居|亲属))/y;

/** Where the name that is the whole list item ending at `comma` starts, or -1. */
function listItemBefore(text: string, comma: number): number {
  let run = comma;
  while (run > comma - 5 && isHanCode(text.charCodeAt(run - 1))) run--;
  if (comma - run >= 2 && startsClause(text, run) && personNameEnd(text, run, comma) === comma)
    return run;
  for (const length of [3, 2]) {
    const start = comma - length;
    if (
      start > run &&
      LIST_OPENERS[text.charCodeAt(start - 1)] === 1 &&
      personNameEnd(text, start, comma) === comma
    )
      return start;
  }
  return -1;
}

/** Before the other side of a dispute, or of a lease or a loan (向邹建明承租). */
const WITH_WORDS = ['与', '與', '跟', '向'];
/**
 * What follows the other side of a dispute (the dispute itself, or why it arose), of a
 * lease or a loan, or the one an officer checked with (经与曾庆波核实, 经向熊丽了解): only a
 * person's name is followed so after 与 or 向.
 */
const DISPUTE_AFTER =
  /^(?:核实|核實|核对|核對|了解|发生|發生|因|民间|民間|产生|產生|的纠纷|的糾紛|的借贷|的借貸|口角|争执|爭執|争吵|爭吵|打架|互殴|互毆|厮打|廝打|扭打|纠纷|糾紛|承租|租用|租赁|租賃|借款|借用|借钱|借錢|协商|協商|和解|达成|達成)/;

/** A relative named after a person (谢卫华之妻, 梁建军之子): the name before it is a person's. */
const RELATIVE_AFTER = /^之(?:妻|夫|子|女|父|母|兄|弟|姐|妹|孙|孫)/;

/** Prepositions a list of people may follow (从林志鹏、郑秀琴处, 对黄素芬、杨丽的询问笔录). */
const LIST_OPENERS = characterSet('从從对對向与與和给給由被将將把');

/** The last character of a count of people (3人, 三名, 两人). */
const COUNT_BEFORE = characterSet('0123456789０１２３４５６７８９一二三四五六七八九十两');

/** Where a name starts a clause or follows a list's 、 (王二娃、余春花、蒋明另案处理). */
function startsClauseOrList(text: string, at: number): boolean {
  return startsClause(text, at) || text.charCodeAt(at - 1) === 0x3001;
}

/** Where a clause or a list item starts: after punctuation, a space or a line break. */
export function startsClause(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  // A mask (張**) stood where a Han character did.
  return !isHanCode(before) && !isNameMaskCode(before);
}

/** The name that ends at `end` (three, two or four characters), or undefined. */
function nameEndingAt(text: string, end: number): [number, number] | undefined {
  // 白玛央金名下: a Tibetan name of two elements, before its second alone (央金) is read.
  if (end >= 4 && tibetanNameEnd(text, end - 4, end) === end) return [end - 4, end];
  // 宋平均陈述: a last character that usually follows a name (均, 等, 也) is not its own.
  if (isSoftStop(text.charCodeAt(end - 1))) {
    const shorter = nameEndingAt(text, end - 1);
    if (shorter) return shorter;
  }
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const before = text.charCodeAt(start - 1);
    // Right after a masked name (刘某某林燕, what 刘大海林燕 redacts to) nothing is read: the
    // name glued there was not read before the mask either, and redaction stays idempotent.
    if (isNameMaskCode(before)) continue;
    // The name must start a word: not the tail of a longer run of Han characters that is a name.
    if (
      personNameEnd(text, start, end) === end &&
      !(
        before >= 0x4e00 &&
        before <= 0x9fff &&
        length === 2 &&
        personNameEnd(text, start - 1, end) === end
      ) &&
      !overlapsEarlierName(text, start, end)
    )
      return [start, end];
  }
  return undefined;
}

/**
 * True when a name read from a little earlier in the same run of characters runs past
 * `start`: in 林燕推搡（系…） the name is 林燕, and 燕推搡 is no second one. Before a list's
 * joiner the item ends at `end`, so only a name that ends there too is a rival (先后向何秀英、
 * is 何秀英: 向何秀 would leave 英 alone).
 */
function overlapsEarlierName(text: string, start: number, end: number): boolean {
  // 喷漆工刘小军: a role word ends where the name starts (漆 is also a surname).
  if (roleEndsAt(text, start)) return false;
  const listed = JOINERS[text.charCodeAt(end)] === 1;
  for (let p = Math.max(0, start - 3); p < start; p++) {
    let han = true;
    for (let k = p; k < start; k++) if (!isHanCode(text.charCodeAt(k))) han = false;
    if (!han) continue;
    if (
      listed
        ? personNameEnd(text, p, end) === end
        : personNameEnd(text, p, Math.min(text.length, p + 6)) > start
    )
      return true;
  }
  return false;
}

/** Longest remark in brackets skipped after a listed person (（稻谷4300公斤）). */
const MAX_REMARK = 30;
/** How far an item's tail may run to the ； before the next item (，出售高粱2150公斤；). */
const MAX_ITEM_TAIL = 30;

/**
 * Where the next item of a list of people may start after a person whose name (and remark)
 * ends at `at`: after 、 (何某某、鄭小兵), or after the ； that ends this item's tail
 * (杨某某，出售高粱2150公斤；杨正富，…). -1 when the list ends there.
 */
function nextListItem(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x3001) return at + 1;
  if (code !== 0xff0c) return -1;
  const limit = Math.min(text.length, at + MAX_ITEM_TAIL);
  for (let i = at + 1; i < limit; i++) {
    const tail = text.charCodeAt(i);
    if (tail === 0xff1b) return i + 1;
    if (tail === 0x3002 || tail === 0x0a || tail === 0xff1a) break;
  }
  return -1;
}

/**
 * The people listed after a person (李长富（稻谷4300公斤）、李长贵（…）; 询问笔录（严某某、
 * 任某、周勇）; 杨某某，出售…；杨正富，出售…): whoever is listed beside a person, written
 * as a name that ends its item, is a person too. `end` is where the known person's name ends.
 */
export function listedBeside(text: string, end: number, add: AddPerson): void {
  let at = end;
  for (let count = 0; count < MAX_LIST; count++) {
    const parallel = parallelClause(text, at);
    if (parallel) {
      add(parallel[0], parallel[1]);
      at = parallel[1];
      continue;
    }
    const start = nextListItem(text, afterDataBracket(text, at, MAX_REMARK));
    if (start < 0 || !startsName(text, start)) return;
    const masked = maskedNameLength(text, start);
    if (masked > 0) {
      at = start + masked;
      continue;
    }
    // Where the name ends is the name reader's call (钟倩接受询问: 钟倩, met again as such);
    // it must end where a name does, not run into a word (邬志强、苗佳仍在…: 苗佳).
    let found = personNameEnd(text, start, Math.min(text.length, start + 6), true);
    // 吴倩的询问笔录, 卜立等: two characters, when what follows them ends a name.
    const short = start + 2;
    if (found > short && endsListedName(text, short) && personNameEnd(text, start, short) === short)
      found = short;
    // Where the name reader's end is no list's stop (李德珍、李德友兄弟: 李德 is met twice),
    // the list's stops decide.
    // 王晓燕、赵丽上前劝阻: a word of the language (上前) starting there ends it too.
    if (
      found >= 0 &&
      !endsListedName(text, found) &&
      !actsAt(text, found) &&
      !wordStartsAt(text, found)
    )
      found = -1;
    for (const length of [3, 2]) {
      if (found >= 0) break;
      const end = start + length;
      if (personNameEnd(text, start, end) === end && endsListedName(text, end, true)) found = end;
    }
    if (found < 0 || roleAt(text, start, Math.min(text.length, start + 12))) return;
    if (startsOrganisation(text, start)) return;
    add(start, found);
    at = found;
  }
}

/**
 * The people listed before a person (对当事人、吴光荣、黄永贵的询问笔录 once 黄永贵 is known):
 * each item before a 、 that is a name, whole, read back from the known person's `start`.
 * A role word (当事人), an organisation or any other item ends the list; a masked name is
 * passed.
 */
export function listedBefore(text: string, start: number, add: AddPerson): void {
  let at = start;
  for (let count = 0; count < MAX_LIST && text.charCodeAt(at - 1) === 0x3001; count++) {
    const comma = at - 1;
    let masked = comma;
    while (isNameMaskCode(text.charCodeAt(masked - 1))) masked--;
    if (masked < comma) {
      at = masked - 1;
      continue;
    }
    // The item is the name, whole (、吴光荣、), or right after a preposition that opens the
    // list (从林志鹏、郑秀琴处, 对黄素芬、杨丽的询问笔录). Glued to another word (检查笔录、,
    // 教练曹敏、) its start is not known, and a list of documents is not one of people.
    const item = listItemBefore(text, comma);
    if (item < 0 || roleAt(text, item, comma) || startsOrganisation(text, item)) return;
    add(item, comma);
    at = item;
  }
}

/** Words for a family after a listed name (李德友兄弟, 王五夫妇): the name ends there. */
const FAMILY_AFTER = /^(?:兄弟|姐妹|夫妇|夫婦|父子|母子|父女|母女|一家|家)/;

/**
 * True when a listed name may end before text[at]: punctuation, 等, 的, 仍, 和, 兄弟…
 * `strictly`: not on a character that only often follows names (受 of 接受: 钟倩接受询问).
 */
function endsListedName(text: string, at: number, strictly = false): boolean {
  const code = text.charCodeAt(at);
  return (
    !isHanCode(code) ||
    (!strictly && isSoftStop(code)) ||
    ADVERBS[code] === 1 ||
    JOINERS[code] === 1 ||
    FAMILY_AFTER.test(text.slice(at, at + 2))
  );
}

/** How far a clause may run before the next one starts in parallel (出售小麦3200公斤，). */
const MAX_PARALLEL_CLAUSE = 24;

/**
 * The person starting the next clause when it says of them what this clause said of the
 * person whose name ends at `end` (王某某出售小麦3200公斤，王开亮出售小麦2850公斤): the same
 * two-character word right after both names. [start, end) of that name, or undefined.
 */
function parallelClause(text: string, end: number): [number, number] | undefined {
  // 孙建平以12800元购买…，高玉珍以3600元购买…: a word and an amount, the same word before
  // another amount.
  const amount = isHanCode(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1));
  const word = amount ? text.slice(end, end + 1) : text.slice(end, end + 2);
  if (
    !amount &&
    (word.length < 2 || !isHanCode(word.charCodeAt(0)) || !isHanCode(word.charCodeAt(1)))
  )
    return undefined;
  let comma = end + 2;
  const limit = Math.min(text.length, end + MAX_PARALLEL_CLAUSE);
  while (comma < limit && text.charCodeAt(comma) !== 0xff0c) {
    const code = text.charCodeAt(comma);
    if (code === 0x3002 || code === 0x0a || code === 0xff1b) return undefined;
    comma++;
  }
  const start = comma + 1;
  if (comma >= limit || !startsName(text, start)) return undefined;
  for (const length of [3, 2]) {
    const nameEnd = start + length;
    // 何俊杰负责，施工队负责人为…: the word starts a role word there (负责人), said of no one.
    if (
      text.startsWith(word, nameEnd) &&
      (!amount || isDigitCode(text.charCodeAt(nameEnd + 1))) &&
      personNameEnd(text, start, nameEnd) === nameEnd &&
      (roleAt(text, nameEnd, Math.min(text.length, nameEnd + 12))?.[1] ?? 0) <= nameEnd + 2
    )
      return [start, nameEnd];
  }
  return undefined;
}

/**
 * True when a list's entry or a line starts at `at` (after 1．, 2、, a line break, a cell);
 * not after a colon, where the label says who the name is (当事人：陈建国，男，…).
 */
function startsEntry(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  // 部分收件人信息如下：郭志远，河北省…: the first of a list the sentence introduces.
  if ((before === 0xff1a || before === 0x3a) && text.slice(at - 3, at - 1) === '如下') return true;
  return (
    before === 0x0a ||
    before === 0x2063 ||
    before === 0xff0e ||
    before === 0x2e ||
    before === 0x3001 ||
    before === 0xff1b ||
    isSpace(before)
  );
}

/** True when 从 stands two to five characters before `at` (从万朝伦处). */
function fromBefore(text: string, at: number): boolean {
  for (let k = Math.max(0, at - 5); k <= at - 3; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x4ece || code === 0x5f9e) return true;
  }
  return false;
}

/** The characters of an amount before 元 (4,100, 3200.50, ４６００). */
const AMOUNT = characterSet('0123456789０１２３４５６７８９,，.');
/** Longest remark in brackets between a name and its amount. */
const MAX_AMOUNT_REMARK = 30;

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Where the bracket closing at `close` opens (on the same line, within `max`), or -1. */
function bracketOpenBefore(text: string, close: number, max: number): number {
  for (let k = close - 1; k >= 0 && close - k <= max; k--) {
    const code = text.charCodeAt(k);
    if (code === 0xff08 || code === 0x28) return k;
    if (code === 0x0a) break;
  }
  return -1;
}

/** The sides of a plot's bounds (东至, 南至…). */
const BOUND_SIDES = characterSet('东南西北東');
/** What joins a side of a plot to what lies there: 东至…, 东距…米. */
const BOUNDS = ['至', '距'];

/** What a neighbour holds beside a plot. */
const HOLDINGS = ['住房', '房屋', '承包地', '责任田', '自留地', '宅基地', '林地', '耕地'];

/**
 * 东至关德胜家，北至张凤芝家, 南至于洪波地: a neighbour's household or land, its 家 or 地 ending
 * the bound (not 张家湾, a place: 家 there goes on into the place's name).
 */
function householdAt(text: string, at: number): boolean {
  // 家, or 地 (南至于洪波地，: a neighbour's land), ending the bound.
  const code = text.charCodeAt(at);
  if (code === 0x5730) {
    const after = text.charCodeAt(at + 1);
    return !isHanCode(after) || after === 0x5757; // 地块
  }
  if (code !== 0x5bb6) return false;
  const next = text.charCodeAt(at + 1);
  return !isHanCode(next) || HOUSEHOLD_GOES_ON[next] === 1;
}
const HOUSEHOLD_GOES_ON = characterSet('的院宅屋房田地');

/** Before the owner of a property (租住在余德兵所有的…, 该房屋系刘德明所有). */
const OWNED_AFTER = characterSet('在于於系係为為归歸');

/** Words of place before someone's home (在胡德明家中). */
const TO_PLACE = characterSet('在到至去往於于');

/** Words before the name a person is called by (名为 after a role word: role-mentions.ts). */
const CALLED = ['名叫', '叫做'];
/** Words before the name someone goes by: 真实姓名为龚坤鹏, 自称“范强”. */
const GOES_BY = [
  '真实姓名为',
  // 一名自称“阿某”的男子（经查实名为林志坚）.
  '实名为',
  '真实姓名是',
  '真名为',
  '姓名为',
  '自称',
  '取名为',
  '取名',
  '起名为',
  '起名',
];
/** A report or complaint, after whose 的 and how it was made (吴秀英的书面举报). */
const REPORTS = ['举报', '舉報', '投诉', '投訴', '反映'];
const REPORT_MANNERS = ['书面', '电话', '实名', '口头'];
/** Who received it: 接到, 收到 right before the name. */
const RECEIVED_BEFORE = /(?:接到|收到)$/;
/** After 男子/女子, in the same clause, the words that say who it was (…确定为, 即, 系). */
const IDENTIFIED_AS = /^[^，,。；;：:\n]{0,10}?(?:确定为|查明为|证实为|辨认为|即为|即|系)/;
const MAX_IDENTIFIED = 14;
/** How far before 纠纷 a lawsuit's 诉 may stand (诉曹丽君民间借贷纠纷). */
const MAX_SUIT = 14;
/** Before 诉, what makes another word of it (投诉, 起诉, 申诉, 上诉, 告诉, 控诉, 败诉, 胜诉). */
const NOT_SUED_BEFORE = characterSet('投起申上告控败胜敗勝公应應');
/** The kind of case between the one sued and 纠纷 (民间借贷, 买卖合同, 劳动争议…). */
const CASE_TYPE = /^[\u4e00-\u9fff]{2,8}$/;

/** Renting from someone: 租住诸葛文斌的房屋, 租用王某的门市. */
const RENTED_FROM = ['租住', '租用', '租赁', '承租'];
/** True when 位于 (位於) is written at `at`. */
function locatedAfter(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 0x4f4d &&
    (text.charCodeAt(at + 1) === 0x4e8e || text.charCodeAt(at + 1) === 0x65bc)
  );
}
/** Where the agency received a report, the reporter named right after (接到李梦洁…). */
const RECEIVED = ['接到', '收到'];
/** How the one named after 接到 reported: by a channel, a call, in writing, or at once. */
const REPORTED_HOW =
  /^(?:通过|通過|来电|來電|电话|電話|书面|書面|实名|實名|的(?:书面|電話|电话|实名)?(?:举报|舉報|投诉|投訴|反映)|举报|舉報|投诉|投訴|反映)/;
/** A person's account money is paid into (吴小龙银行卡, 钟佳慧的微信). */
const ACCOUNTS = ['银行卡', '銀行卡', '银行账户', '銀行賬戶', '微信', '支付宝', '支付寶'];
const PAYS_IN_NEAR = /[至入于於给給]/;
/** What pays into an account, right before its holder's name (转账至, 存于, 汇入, 转入). */
const PAID_INTO = /(?:至|入|于|於|给|給)$/;

/**
 * The name a person is called by, at `at` after the word that says so (名叫马文武的男子,
 * 自称“范强”): quoted or not, then a stop or 的.
 */
/** Labels of a household's members, listed after them with their kin (妻 雷翠兰；子 柯小虎). */
const FAMILY_LABELS = ['家庭成员', '家庭人员', '共同居住人'];
/** A member's tie to the household, before the name (longer words first). */
const KIN_BEFORE_NAME =
  /^(?:配偶|妻子|丈夫|儿子|女儿|长子|次子|长女|次女|孙子|孙女|儿媳|女婿|父亲|母亲|妻|夫|子|女|父|母)[ \u3000\u00a0]?/;
/** How far a household's list of members may run on its line. */
const MAX_FAMILY_LIST = 60;

/** Reads `妻 雷翠兰；子 柯小虎` after a family label's colon at `at`, each name added. */
function familyMembers(text: string, at: number, add: AddPerson): void {
  if (!isColon(text, at)) return;
  let i = at + 1;
  const limit = Math.min(text.length, at + MAX_FAMILY_LIST);
  while (i < limit) {
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    const kin = KIN_BEFORE_NAME.exec(text.slice(i, i + 4));
    if (!kin) return;
    const start = i + kin[0].length;
    const end = personNameEnd(text, start, Math.min(limit, start + 4));
    if (end < 0) return;
    add(start, end);
    // The member's remark, then the next member after ；、，.
    i = end;
    if (text.charCodeAt(i) === 0xff08 || text.charCodeAt(i) === 0x28) {
      const close = text.indexOf(text.charCodeAt(i) === 0xff08 ? '）' : ')', i);
      if (close < 0 || close > limit) return;
      i = close + 1;
    }
    if (!FAMILY_SEPARATORS.includes(text[i] ?? '')) return;
    i++;
  }
}
const FAMILY_SEPARATORS = '；;、，,';

/** A document that names its holder (a found wallet's 身份证, a seized 驾驶证). */
const HOLDERS_DOCUMENT =
  /(?:身份证|身份證|驾驶证|駕駛證|行驶证|行駛證|户口簿|戶口簿|户口本|工作证|工作證|学生证|學生證|社保卡|银行卡|銀行卡|护照|護照|名片)/;
/** How far back from 姓名 the document is looked for, within the clause. */
const MAX_DOCUMENT_BEFORE = 14;
/** What stands right before a document holder's 姓名: a document word's end, a bracket, 户主. */
const BEFORE_HOLDERS_NAME = characterSet('证證簿本卡照片（(主');
/** Where the look back for the document stops. */
const DOCUMENT_CLAUSE_STOPS = characterSet('。；;\n\u2063');

/**
 * True when the 姓名 at `at` is the holder's on a document named just before it: right after
 * the document word (驾驶证姓名), or opening a bracket after it (身份证一张（姓名：…, 户口簿一本
 * （户主姓名…).
 */
function namesDocumentHolder(text: string, at: number): boolean {
  // 姓名 is everywhere in a decision: one table load turns away all but 证姓名, （姓名, 户主姓名.
  if (BEFORE_HOLDERS_NAME[text.charCodeAt(at - 1)] !== 1) return false;
  let from = at;
  while (
    from > 0 &&
    at - from < MAX_DOCUMENT_BEFORE &&
    DOCUMENT_CLAUSE_STOPS[text.charCodeAt(from - 1)] !== 1
  )
    from--;
  const before = text.slice(from, at);
  const named = HOLDERS_DOCUMENT.exec(before);
  if (!named) return false;
  const rest = before.slice(named.index + named[0].length);
  return rest === '' || /^[^（(）)]{0,6}[（(](?:户主|戶主)?$/.test(rest);
}

function isColon(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0xff1a || code === 0x3a;
}

function nameCalled(text: string, at: number, add: AddPerson): void {
  const start = text.charCodeAt(at) === 0x201c ? at + 1 : at;
  const end = personNameEnd(text, start, Math.min(text.length, start + 5));
  const after = text.charCodeAt(end);
  if (end > start && (!isHanCode(after) || after === 0x7684)) add(start, end);
}

/** How far back a clause's 从 is looked for before 处 (从浙江省义乌市的邵建新处). */
const MAX_FROM_CLAUSE = 24;
/** Where a clause ends, looking back for its 从. */
const CLAUSE_BACK_STOPS = characterSet('，,。；;：:\n（(）)');

/** True when 从 opens the clause ending at `at` within MAX_FROM_CLAUSE characters. */
function fromEarlierInClause(text: string, at: number): boolean {
  // Before a name of two to four characters (欧阳春华): 的, or a place's last character.
  let before = false;
  for (let k = 3; k <= 5 && !before; k++) {
    const code = text.charCodeAt(at - k);
    before = code === 0x7684 || PLACE_END[code] === 1;
  }
  if (before) {
    for (let k = at - 1; k >= 0 && at - k <= MAX_FROM_CLAUSE; k--) {
      const code = text.charCodeAt(k);
      if (CLAUSE_BACK_STOPS[code] === 1) return false;
      if (code === 0x4ece || code === 0x5f9e) return true;
    }
  }
  return false;
}

/** The last character of a place a seller's name may follow (从重庆市荣昌区蒋三妹处). */
const PLACE_END = characterSet('省市县縣区區镇鎮乡鄉村道');

/** Relatives named by another person (之母, 之父, 之子, 之女, 之妻, 之夫, 之孙…). */
const KIN_AFTER = characterSet('母父子女妻夫兄弟姐妹孙孫');

/** True when 个人 stands right before a name of two to four characters ending at `at`. */
function individualBefore(text: string, at: number): boolean {
  for (let k = Math.max(0, at - 6); k <= at - 4; k++) {
    if (text.charCodeAt(k + 1) === 0x4eba && text.charCodeAt(k) === 0x4e2a) return true;
  }
  return false;
}

/** True when a role word of two to four characters ends right before `at` (卖家处). */
function roleEndsAt(text: string, at: number): boolean {
  for (let start = at - 4; start <= at - 2; start++) {
    if (start >= 0 && roleAt(text, start, at)?.[1] === at) return true;
  }
  return false;
}

/**
 * The person whose list entry the comma at `comma` continues (1．雷振宇，纳税人识别号…),
 * added. Called by role-mentions.ts's loop, which stops at every comma anyway.
 */
export function personEntryAt(text: string, comma: number, add: AddPerson): void {
  // Commas are everywhere: one table load turns most away before the pattern is tried.
  if (ENTRY_FIRSTS[text.charCodeAt(comma + 1)] !== 1 && !isSpace(text.charCodeAt(comma + 1)))
    return;
  if (!PERSON_ENTRY.test(text.slice(comma, comma + 8))) return;
  const found = nameEndingAt(text, comma);
  if (found && startsEntry(text, found[0])) add(found[0], found[1]);
}

/** Masked names in `text` (何某某, 严某): each starts a list its neighbours may be in. */
function maskedNamesEnds(text: string, words: WordPositions): number[] {
  const ends: number[] = [];
  // Past a mask's end (何某某: its second 某 starts none).
  let next = 0;
  for (const at of words.of('某')) {
    if (at < next) continue;
    let end = at;
    while (isNameMaskCode(text.charCodeAt(end))) end++;
    for (const surname of [1, 2]) {
      if (
        isSurnameCode(text.charCodeAt(at - surname)) &&
        maskedNameLength(text, at - surname, end) === end - at + surname
      ) {
        ends.push(end);
        break;
      }
    }
    next = end;
  }
  return ends;
}

/**
 * A relative said of someone right before (韩玉珍的丈夫曾德林, 刘正伟，其父刘德顺): whoever has
 * a husband or a father is a person. The relative is read by its role word (role-mentions).
 */
const RELATIVES = ['丈夫', '妻子', '父亲', '母亲', '儿子', '女儿', '亲属', '家属'];
/** 从杨开贵手中转来: out of someone's hands, a person's. */
const HANDS = ['手中', '手里', '手裏'];
/** 与龙国强驾驶的小型轿车发生碰撞, 被李强驾驶的货车撞伤: who drove, after 与, 被, 由. */
const DROVE = ['驾驶', '駕駛', '驾车', '駕車'];
// 坐 and 乘 of 乘坐, 搭乘: riding in what someone drove (乘坐贾军驾驶的…轿车).
const BEFORE_DRIVER = characterSet('与與和同跟被由坐乘');
/** 在陈思雨经营的奶茶店: the shop a person runs, after 在, 到 or 去. */
// (Not 开设的: an account is opened at a bank's branch, 在…于都支行开设的.)
const RUNS_SHOP = ['经营的', '經營的', '开办的', '開辦的'];
const AT_SHOP = characterSet('在到去至');
/** 受苏红军雇用, 受其父资建军安排: whoever had the party do it, after 受. */
const HAD_DONE = ['雇用', '僱用', '雇请', '僱請', '雇佣', '指使', '安排', '邀约', '邀請', '邀请'];
const BEFORE_HIRER = characterSet('受');
/** After the people called in: what they came to do (到场, 见证, 在场). */
const CALLED_IN = ['到场', '到場', '见证', '見證', '在场', '在場', '作为见证', '作為見證'];
/** 并由周开华介绍客户, 由钟志明签收: what only a person does, after 由 or 经. */
const DONE_BY = ['介绍', '介紹', '签收', '簽收', '代收', '陪同', '见证', '見證'];
/** 该厂房现由李春生租用, 该店由周强经营: who rents or runs a place, after 由 only (经向你原经营场所…). */
const RUN_BY = ['租用', '承租', '经营', '經營'];
/** 由李春生租用: by whom (not 在, after which a place stands as often: 在古城内经营). */
const BY_WHOM = characterSet('由');
/** 王二娃、余春花、蒋明另案处理: people whose own cases are handled apart. */
const HANDLED_APART = ['另案处理', '另案處理'];
const BY = characterSet('由经經');
/** 当晚系替胡德军顶班: whose shift someone took, after 替 or 代. */
const SHIFT_OF = ['顶班', '頂班', '代班'];
const INSTEAD_OF = characterSet('替代');
/** 登记在白玛央金名下, 挂靠于王小红名下: in whose name a thing is registered, after 在 or 于. */
const IN_THE_NAME_OF = ['名下'];
const REGISTERED_IN = characterSet('在于於');
/** 已向陶秀兰赔偿3000元, 向陈某道歉: whom a party paid or apologised to, after 向. */
const MADE_GOOD = ['赔偿', '賠償', '道歉', '赔礼', '賠禮'];
const TO_WHOM = characterSet('向');
/** 林娟位于…水岸华府3栋1单元602室的住宅: whose home is where, in one clause. */
const LOCATED = ['位于', '位於'];
const HOME_AFTER_LOCATION = /^[^，。；,;\n]{4,60}?的(?:住宅|住房|房屋|自建房|家)/;
/** After 其, the relative (其父, 其母…): 其 is everywhere, so it is indexed alone. */
const THEIR_RELATIVES = characterSet('父母妻夫子女');

/** Every word markedPeople looks for, found in one pass over the document. */
const indexWords = wordIndexer([
  '姓名',
  ...FAMILY_LABELS,
  ...RELATIVES,
  '其',
  ...HANDS,
  ...LOCATED,
  ...MADE_GOOD,
  ...DROVE,
  ...HAD_DONE,
  ...RUNS_SHOP,
  '邀请',
  ...IN_THE_NAME_OF,
  ...DONE_BY,
  ...RUN_BY,
  ...HANDLED_APART,
  ...SHIFT_OF,
  '某',
  '元',
  '家',
  '所有',
  ...BOUNDS,
  ...GOES_BY,
  ...REPORTS,
  '委托',
  '男子',
  '女子',
  ...RENTED_FROM,
  ...RECEIVED,
  ...ACCOUNTS,
  '叫',
  '（',
  '(',
  '处',
  '處',
  '之',
  ...WITH_WORDS,
  ...PERSON_STATEMENTS,
  ...QUESTIONED_AFTER,
  ...GIVEN_TO,
  ...HARMED,
  '纠纷',
  ...TAKEN_FROM,
  ...EMPLOYED_BY,
  ...HIRED,
  '对',
  '對',
  ...PLACE_WORDS,
  '、',
]);

/** Everyone in `text` marked as a person by a bracket, 处购得, a statement or a count. */
export function markedPeople(text: string, add: AddPerson): void {
  const words = indexWords(text);
  // Every reading below starts at one of the words (a 文号 or a company's name holds none).
  if (words.none) return;
  // Whoever is listed beside a hand-masked name is a person; beside a person found here, the
  // document's reading looks once it knows who the third persons are (document-reading.ts).
  for (const end of maskedNamesEnds(text, words)) listedBeside(text, end, add);
  // 罗小兵4,100元、周永福5,200元、王国强（合江县…2组）4,850元: a list of people and what each
  // is owed or paid (wages, refunds), an item a name, maybe its remark, then an amount.
  for (const at of words.of('元')) {
    const after = text.charCodeAt(at + 1);
    let k = at;
    while (k > 0 && AMOUNT[text.charCodeAt(k - 1)] === 1) k--;
    if (k === at || !isDigitCode(text.charCodeAt(k))) continue;
    const close = text.charCodeAt(k - 1);
    const nameEnd =
      close === 0xff09 || close === 0x29 ? bracketOpenBefore(text, k - 1, MAX_AMOUNT_REMARK) : k;
    if (nameEnd < 0) continue;
    const found = nameEndingAt(text, nameEnd);
    if (!found || !startsClause(text, found[0])) continue;
    if (text.charCodeAt(found[0] - 1) === 0x3001 || after === 0x3001) add(found[0], found[1]);
  }
  // 在胡德明家中赌博, 到陈光碧家里: whose home it is, after a word of place (在, 到, 至, 去, 往).
  for (const at of words.of('家')) {
    const next = text.charCodeAt(at + 1);
    if (next !== 0x4e2d && next !== 0x91cc && next !== 0x88e1) continue;
    const found = nameEndingAt(text, at);
    if (found && TO_PLACE[text.charCodeAt(found[0] - 1)] === 1) add(found[0], found[1]);
  }
  // 租住在余德兵所有的…房屋, 系刘德明所有: whose property a place is, after 在/于/系/为.
  for (const at of words.of('所有')) {
    const found = nameEndingAt(text, at);
    if (found && OWNED_AFTER[text.charCodeAt(found[0] - 1)] === 1) add(found[0], found[1]);
  }
  // 四至 of a plot: 东至袁志明住房, 西至熊大友承包地, 东距钟文华房屋6米 — a neighbour's house
  // or field.
  for (const bound of BOUNDS) {
    for (const at of words.of(bound)) {
      if (BOUND_SIDES[text.charCodeAt(at - 1)] !== 1) continue;
      // The holding word says where the name ends (邹春林房屋: 房 could go on a given name).
      for (let end = at + 3; end <= at + 5; end++) {
        if (
          (HOLDINGS.some((word) => text.startsWith(word, end)) || householdAt(text, end)) &&
          personNameEnd(text, at + 1, end) === end
        ) {
          add(at + 1, end);
          break;
        }
      }
    }
  }
  // 居民身份证一张（姓名：陈志勇，…）, 户口簿一本（户主姓名浦光明）, 驾驶证姓名：黄德彬: the
  // holder of a document found, seized or handed over, whoever that is.
  for (const at of words.of('姓名')) {
    if (!namesDocumentHolder(text, at)) continue;
    let start = at + 2;
    while (start < text.length && (isSpace(text.charCodeAt(start)) || isColon(text, start)))
      start++;
    nameCalled(text, start, add);
  }
  // 家庭成员：妻 雷翠兰；子 柯小虎（在外务工）: a household's members, each after a word of kin.
  for (const word of FAMILY_LABELS) {
    for (const at of words.of(word)) familyMembers(text, at + word.length, add);
  }
  // 真实姓名为龚坤鹏的男子, 一名自称“范强”的男子: the name a person goes by.
  for (const word of GOES_BY) {
    for (const at of words.of(word)) {
      nameCalled(text, at + word.length, add);
    }
  }
  // 本局接到吴秀英的书面举报: whose report or complaint the agency received.
  for (const word of REPORTS) {
    for (const at of words.of(word)) {
      const of = REPORT_MANNERS.includes(text.slice(at - 2, at)) ? at - 3 : at - 1;
      if (text.charCodeAt(of) !== 0x7684) continue;
      const found = nameEndingAt(text, of);
      if (found && RECEIVED_BEFORE.test(text.slice(Math.max(0, found[0] - 2), found[0])))
        add(found[0], found[1]);
    }
  }
  // 受上官志军委托: who asked for it done (an organisation's name is no name read here).
  for (const at of words.of('委托')) {
    const start = personNameBefore(
      text,
      at,
      (start) => start > 0 && text.charCodeAt(start - 1) === 0x53d7,
    );
    if (start >= 0) add(start, at);
  }
  // 该男子后经侦查确定为钟小军（…）, 经辨认，该男子即钟小军: who a man or woman seen turned out to be.
  for (const who of ['男子', '女子']) {
    for (const at of words.of(who)) {
      const clause = IDENTIFIED_AS.exec(text.slice(at + 2, at + 2 + MAX_IDENTIFIED));
      if (clause) nameCalled(text, at + 2 + clause[0].length, add);
    }
  }
  // 租住诸葛文斌的房屋, 租用王某的门市: whose place is rented.
  for (const word of RENTED_FROM) {
    for (const at of words.of(word)) {
      const start = at + word.length;
      const end = personNameEnd(text, start, Math.min(text.length, start + 5));
      if (end > start && text.charCodeAt(end) === 0x7684) {
        add(start, end);
        continue;
      }
      // 租用伍志华位于北关农贸市场外的门面: the owner, then where the place is.
      for (const length of [3, 2, 4]) {
        const to = start + length;
        if (locatedAfter(text, to) && personNameEnd(text, start, to) === to) {
          add(start, to);
          break;
        }
      }
    }
  }
  // 本局接到李梦洁通过12345热线的举报, 接到张丽来电投诉: whose report the agency received.
  for (const word of RECEIVED) {
    for (const at of words.of(word)) {
      const start = at + word.length;
      const end = personNameEnd(text, start, Math.min(text.length, start + 5));
      if (end > start && REPORTED_HOW.test(text.slice(end, end + 6))) add(start, end);
    }
  }
  // 转账至吴小龙银行卡, 存于陈浩然银行卡内, 转入钟佳慧的微信: whose account money went to.
  for (const word of ACCOUNTS) {
    for (const at of words.of(word)) {
      // What pays in stands a name's length before (转账至吴小龙银行卡): looked for first.
      if (!PAYS_IN_NEAR.test(text.slice(Math.max(0, at - 7), at))) continue;
      const end = text.charCodeAt(at - 1) === 0x7684 ? at - 1 : at;
      const found = nameEndingAt(text, end);
      if (found && PAID_INTO.test(text.slice(Math.max(0, found[0] - 2), found[0])))
        add(found[0], found[1]);
    }
  }
  // 一名叫马文武的男子, 名叫“邓二娃”: a person called by that name.
  // One pass over 叫, which both words hold.
  for (const call of words.of('叫')) {
    const at = text.charCodeAt(call - 1) === 0x540d ? call - 1 : call;
    const word = CALLED.find((called) => text.startsWith(called, at));
    if (word) nameCalled(text, at + word.length, add);
  }
  for (const bracket of ['（', '(']) {
    for (const at of words.of(bracket)) {
      // A count, then who (安排残疾人就业3人（周大伟、龚雪梅、杨文斌）): the bracket lists people.
      const counted = text.charCodeAt(at - 1);
      // (Not 第三人（盖章）: 第 makes an ordinal of the count, a role's.)
      if (
        (counted === 0x4eba || counted === 0x540d) &&
        COUNT_BEFORE[text.charCodeAt(at - 2)] &&
        text.charCodeAt(at - 3) !== 0x7b2c
      ) {
        listedAt(text, at + 1, add, (end) => {
          const code = text.charCodeAt(end);
          return code === 0xff09 || code === 0x29;
        });
        continue;
      }
      // 出示陈立峰的军官证（证件号码：…）: the bracket is a paper's, not a person's (官证).
      if (PAPER_ENDS[text.charCodeAt(at - 1)] === 1) continue;
      const remark = text.slice(at, at + 8);
      const ofCase = CASE_REMARK.test(remark);
      if (!ofCase && !PERSON_REMARK.test(remark) && !saysOfAPerson(text, at + 1)) continue;
      const found = nameEndingAt(text, at);
      // 万德海（另案处理）: a person's case, but also goods' (出售林木（另案处理）): three
      // characters or more only.
      if (
        found &&
        (!ofCase ||
          found[1] - found[0] >= 3 ||
          PERSON_BEFORE.test(text.slice(found[0] - 2, found[0])))
      )
        add(found[0], found[1]);
    }
  }
  for (const at of [...words.of('处'), ...words.of('處')]) {
    // 处 is everywhere (处罚): only after 从 a few characters back, after 的 with 从 earlier
    // in the clause, or before 购/收/租….
    const individual = individualBefore(text, at);
    const fromClause = !individual && fromEarlierInClause(text, at);
    if (
      !individual &&
      !fromClause &&
      !fromBefore(text, at) &&
      !PERSON_PLACE.test(text.slice(at, at + 2))
    )
      continue;
    // 从不明卖家处: a role word, not a name, before 处 (role-mentions.ts reads those).
    if (roleEndsAt(text, at)) continue;
    const found = nameEndingAt(text, at);
    if (!found) continue;
    // 依法从严查处: two characters before 处 that are a word of the language (严查), no name.
    if (found[1] - found[0] === 2 && isDictionaryWord(text, found[0], found[1])) continue;
    // 从万朝伦处; 从资中县个人陈光明处以每瓶86元购进: 个人 says a private person; 从浙江省义乌市的
    // 邵建新处: somebody's place, 的 joining the town to the seller.
    const from =
      FROM_PERSON.includes(text.charAt(found[0] - 1)) ||
      text.endsWith('个人', found[0]) ||
      (fromClause &&
        (text.charCodeAt(found[0] - 1) === 0x7684 ||
          PLACE_END[text.charCodeAt(found[0] - 1)] === 1));
    if (from || PERSON_PLACE.test(text.slice(at, at + 2))) add(found[0], found[1]);
  }
  // 周建华（王诗涵之母）, 陈国富之子陈斌: the name before 之母, 之子… is a person's, a
  // relative being named by it. At a clause's or a bracket's start only (本案之父 is no one).
  for (const at of words.of('之')) {
    if (KIN_AFTER[text.charCodeAt(at + 1)] !== 1) continue;
    const found = nameEndingAt(text, at);
    if (found && startsClause(text, found[0])) add(found[0], found[1]);
  }
  // The other side of a quarrel or a dispute (与罗志刚民间借贷纠纷, 与张大勇因琐事发生争执;
  // not 客厅与阳台之间): only a person quarrels or lends so.
  // Several people on the other side (与梁秋菊、梁建军母子发生推搡, 与吴德胜、吴小兰争吵), or
  // one named by a relative (与谢卫华之妻覃美英相互辱骂).
  const otherSide = (end: number) => {
    const family = FAMILY_AFTER.exec(text.slice(end, end + 2));
    const next = family ? end + family[0].length : end;
    return (
      DISPUTE_AFTER.test(text.slice(next, next + 4)) ||
      RELATIVE_AFTER.test(text.slice(end, end + 3))
    );
  };
  for (const word of WITH_WORDS) {
    for (const at of words.of(word)) {
      const start = at + 1;
      if (!isSurnameCode(text.charCodeAt(start))) continue;
      let found = false;
      for (let end = start + 3; end >= start + 2; end--) {
        if (
          personNameEnd(text, start, end) === end &&
          DISPUTE_AFTER.test(text.slice(end, end + 4))
        ) {
          add(start, end);
          found = true;
          break;
        }
      }
      if (!found) listedAt(text, start, add, otherSide);
    }
  }
  for (const word of PERSON_STATEMENTS) {
    for (const at of words.of(word)) {
      // 马腾飞的陈述, 王小林、罗小燕的《询问笔录》: the name before 的 and a title mark.
      let end = at;
      if (text.charCodeAt(end - 1) === 0x300a) end--;
      // 马小军的证人证言, 李华的书面陈述: what kind of statement, between 的 and it.
      // (Only after 的: 但提交书面陈述 is no one's.)
      if (STATEMENT_KINDS.test(text.slice(end - 2, end)) && text.charCodeAt(end - 3) === 0x7684)
        end -= 2;
      if (text.charCodeAt(end - 1) === 0x7684) end--;
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
  for (const word of QUESTIONED_AFTER) {
    for (const at of words.of(word)) {
      // 在接受询问时陈述: 时 after 询问 is "when", though 时 is a surname too.
      const next = text.charCodeAt(at + word.length);
      if (next === 0x65f6 || next === 0x6642) continue;
      listedAt(text, at + word.length, add, (end) => {
        const code = text.charCodeAt(end);
        return !isHanCode(code) || isSoftStop(code);
      });
    }
  }
  for (const word of GIVEN_TO) {
    for (const at of words.of(word)) {
      // 卖给了筠连县的田光荣: past 了, and the place the buyer is from.
      let from = at + word.length;
      if (text.charCodeAt(from) === 0x4e86) from++;
      const place = PLACE_OF_PERSON.exec(text.slice(from, from + MAX_PLACE_OF_PERSON));
      if (place) from += place[0].length;
      // What follows the name decides (经营, 及, a stop): 秦小玲经营服装店 is a tenant.
      listedAt(text, from, add, (end) => AFTER_GIVEN.test(text.slice(end, end + 2)));
    }
  }
  // 恐吓来人, 殴打路人, 撞倒行人: a word of two characters for someone (…人, …者) or a word
  // of the dictionary, which a surname may start, is no victim's name.
  const addVictim: AddPerson = (start, end) => {
    if (
      end - start === 2 &&
      (SOMEONE_ENDS[text.charCodeAt(start + 1)] === 1 || isDictionaryWord(text, start, end))
    )
      return;
    add(start, end);
  };
  for (const [verbs, after] of VICTIM_READINGS) {
    for (const word of verbs) {
      for (const at of words.of(word)) {
        listedAt(text, at + word.length, addVictim, (end) => after.test(text.slice(end, end + 3)));
      }
    }
  }
  // 受雇于庞德胜: the one who hired is a person too (a company's name is no person's).
  for (const word of EMPLOYED_BY) {
    for (const at of words.of(word)) {
      listedAt(text, at + word.length, add, (end) => AFTER_GIVEN.test(text.slice(end, end + 2)));
    }
  }
  for (const word of HIRED) {
    for (const at of words.of(word)) {
      // 受当事人雇请施工: hired by someone, the work follows, not the one hired.
      if (HIRED_BY.test(text.slice(Math.max(0, at - 12), at))) continue;
      listedAt(text, at + word.length, add, (end) => AFTER_HIRED.test(text.slice(end, end + 2)));
    }
  }
  for (const to of ['对', '對']) {
    for (const at of words.of(to)) {
      listedAt(text, at + 1, add, (end) =>
        QUESTIONED_BETWEEN.some((word) => text.startsWith(word, end)),
      );
    }
  }
  // Villagers named after their village or town (凤鸣村李长富（稻谷…）, 星火镇吴秀珍和…): a
  // name there that ends at a stop is a person; 村委会, 镇政府 and 村卫生室 start no name.
  for (const place of PLACE_WORDS) {
    for (const at of words.of(place)) {
      // 村庄规划: the word 村庄, not a village and 庄某.
      if (!isHanCode(text.charCodeAt(at - 1)) || text.charCodeAt(at + 1) === 0x5e84) continue;
      listedAt(text, at + 1, add, (end) => {
        const code = text.charCodeAt(end);
        // 林业站, 卫生室, 信用合(作社): an office of the village, not a villager.
        if (
          ORGANISATION_ENDS[text.charCodeAt(end - 1)] === 1 ||
          (isHanCode(code) && !isSoftStop(code))
        )
          return false;
        // 东关村南地（南环路北侧）: a side of the village, a plot of land, no villager; 磻溪村
        // 路段时: a word of the language (路段) where the name would start.
        if (end - at === 3 && DIRECTION_PLACE.test(text.slice(at + 1, end))) return false;
        if (isDictionaryWord(text, at + 1, at + 3)) return false;
        return !startsOrganisation(text, at + 1) && !namesBusiness(text, at + 1);
      });
    }
  }
  // 韩玉珍的丈夫, 被刑事拘留的刘正伟，其父刘德顺: a person's relative, named or not.
  for (const word of RELATIVES) {
    for (const at of words.of(word)) {
      if (text.charCodeAt(at - 1) === 0x7684) relativeOf(text, at - 1, add);
    }
  }
  for (const word of HANDS) {
    for (const at of words.of(word)) {
      const found = nameEndingAt(text, at);
      if (found && FROM_PERSON.includes(text.charAt(found[0] - 1))) add(found[0], found[1]);
    }
  }
  // A name right before the word, after one of the characters given (与龙国强驾驶, 向陶秀兰赔偿).
  const namedBetween = (list: readonly string[], before: Uint8Array) => {
    for (const word of list) {
      for (const at of words.of(word)) {
        const found = nameEndingAt(text, at);
        if (found?.[1] === at && before[text.charCodeAt(found[0] - 1)] === 1)
          add(found[0], found[1]);
      }
    }
  };
  namedBetween(DROVE, BEFORE_DRIVER);
  namedBetween(HAD_DONE, BEFORE_HIRER);
  namedBetween(RUNS_SHOP, AT_SHOP);
  // 在界首市孙广才经营的砂石料场, 运至炎亭镇陈建华经营的堆场: a place, then whose business.
  namedBetween(RUNS_SHOP, PLACE_END);
  // 胡某某诉曹丽君民间借贷纠纷一案: the other side of a lawsuit.
  for (const at of words.of('纠纷')) {
    const sued = text.lastIndexOf('诉', at);
    if (sued < 0 || at - sued > MAX_SUIT || NOT_SUED_BEFORE[text.charCodeAt(sued - 1)] === 1)
      continue;
    for (const length of [3, 2, 4]) {
      const end = sued + 1 + length;
      if (
        end < at &&
        personNameEnd(text, sued + 1, end) === end &&
        CASE_TYPE.test(text.slice(end, at))
      ) {
        add(sued + 1, end);
        break;
      }
    }
  }
  // 邀请唐国民、邓春花到场见证: whom someone called in to witness.
  for (const at of words.of('邀请')) {
    listedAt(text, at + 2, add, (end) => CALLED_IN.some((word) => text.startsWith(word, end)));
  }
  namedBetween(IN_THE_NAME_OF, REGISTERED_IN);
  namedBetween(MADE_GOOD, TO_WHOM);
  // Read right back from the word to 由 (由 is a surname too: 由周开华 is no 由周开).
  const doneAfter = (list: readonly string[], before: Uint8Array) => {
    for (const word of list) {
      for (const at of words.of(word)) {
        for (const length of [3, 2]) {
          const start = at - length;
          if (before[text.charCodeAt(start - 1)] === 1 && personNameEnd(text, start, at) === at) {
            add(start, at);
            break;
          }
        }
      }
    }
  };
  doneAfter(DONE_BY, BY);
  doneAfter(RUN_BY, BY_WHOM);
  for (const word of HANDLED_APART) {
    for (const at of words.of(word)) {
      const found = nameEndingAt(text, at);
      if (!found || !startsClauseOrList(text, found[0])) continue;
      add(found[0], found[1]);
      listedBefore(text, found[0], add);
    }
  }
  doneAfter(SHIFT_OF, INSTEAD_OF);
  for (const word of LOCATED) {
    for (const at of words.of(word)) {
      const found = nameEndingAt(text, at);
      // Right before 位于 (凌晨在其位于…的家中: 其 is the one whose home, no name).
      if (found?.[1] === at && HOME_AFTER_LOCATION.test(text.slice(at + 2, at + 80)))
        add(found[0], found[1]);
    }
  }
  for (const at of words.of('其')) {
    if (THEIR_RELATIVES[text.charCodeAt(at + 1)] === 1 && text.charCodeAt(at - 1) === 0xff0c)
      relativeOf(text, at - 1, add);
  }
  // Tried only where a list starts (a name of two to four characters before a 、): a
  // regular expression run over every Han character costs more than the rest of this pass.
  // Past a list read whole (a later 、 in it starts none).
  let next = 0;
  for (const comma of words.of('、')) {
    if (comma < next) continue;
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
      next = start + match[0].length + 1;
      break;
    }
  }
}

/**
 * The people a clause starting at `start` begins with, when a person's action follows them
 * (周建军驾驶…, 周建军、李小兵一起…, 朱小勇正驾驶…): each is added.
 */
export function doers(text: string, start: number, add: AddPerson): void {
  if (!actionAhead(text, start)) return;
  listedAt(
    text,
    start,
    add,
    (end) => actsAt(text, end) || (ADVERBS[text.charCodeAt(end)] === 1 && actsAt(text, end + 1)),
  );
}

/** List joiners between names: 、, 和, 及. */
const JOINERS = characterSet('、和及');

/**
 * The names listed from `at` (张三、李四和王五), all added when `endsWell` accepts what
 * follows the last. Where each name ends is decided by what follows it (a joiner, or what
 * `endsWell` accepts: 李小兵一起 is 李小兵, not 李小兵一), the shortest reading first.
 * Nothing is added when a name does not read.
 */
function listedAt(
  text: string,
  at: number,
  add: AddPerson,
  endsWell: (end: number) => boolean,
): void {
  if (!startsName(text, at)) return;
  const names: [number, number][] = [];
  let start = at;
  for (let count = 0; count < MAX_LIST; count++) {
    if (roleAt(text, start, Math.min(text.length, start + 12))) return;
    let end = -1;
    let last = false;
    for (const length of [2, 3, 4]) {
      // Four characters only with a two-character surname (欧阳晨曦): 欧阳晨应 is no name.
      if (length === 4 && !COMPOUND_SURNAMES.some((surname) => text.startsWith(surname, start)))
        continue;
      const candidate = start + length;
      if (personNameEnd(text, start, candidate) !== candidate) continue;
      if (endsWell(candidate)) {
        end = candidate;
        last = true;
        break;
      }
      if (JOINERS[text.charCodeAt(candidate)] === 1) {
        end = candidate;
        break;
      }
    }
    if (end < 0) return;
    names.push([start, end]);
    if (last) {
      for (const [from, to] of names) add(from, to);
      return;
    }
    // 保障人口4人（罗正福、毕绍芬、⏎罗建勇…）: a PDF's line may break the list after a joiner.
    start = end + 1;
    while (isSpace(text.charCodeAt(start)) || text.charCodeAt(start) === 0x0a) start++;
  }
}

/** Longest run of listed doers looked through for their action (four names and joiners). */
const MAX_DOERS = 20;

/**
 * True when a person's action is written within the run of Han characters (and list
 * joiners) from `start`: most clauses start with no doer, and this look is cheaper than
 * reading names.
 */
function actionAhead(text: string, start: number): boolean {
  const limit = Math.min(text.length, start + MAX_DOERS);
  for (let k = start + 2; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (ACTION_FIRSTS[code] === 1 && actsAt(text, k)) return true;
    if (!isHanCode(code) && code !== 0x3001) return false;
  }
  return false;
}

function actsAt(text: string, at: number): boolean {
  if (ACTION_FIRSTS[text.charCodeAt(at)] !== 1) return false;
  // 称 after 辩, 另, 声… is the end of that word (但辩称, 周俊另称): no name ends before it.
  if (SAYS[text.charCodeAt(at)] === 1 && NOT_BEFORE_SAYS[text.charCodeAt(at - 1)] === 1)
    return false;
  return ACTIONS_BY_FIRST.get(text.charCodeAt(at))!.some((word) => text.startsWith(word, at));
}

/** PERSON_ACTIONS by first character: a hit on 证 (证据, 身份证…) tries 证实 alone. */
const ACTIONS_BY_FIRST = new Map<number, string[]>();
for (const word of PERSON_ACTIONS) {
  const first = word.charCodeAt(0);
  const words = ACTIONS_BY_FIRST.get(first);
  if (words) words.push(word);
  else ACTIONS_BY_FIRST.set(first, [word]);
}

const SAYS = characterSet('称稱');
/** Characters that make a word with 称 after them (辩称, 另称, 声称, 自称, 据称…). */
const NOT_BEFORE_SAYS = characterSet(
  '辩辯另声聲宣自号號谎謊诡詭据據又并均亦还還也则則堪简簡俗统統',
);

/** The name ending at `end` whose relative follows, unless it is a role word (当事人的丈夫). */
function relativeOf(text: string, end: number, add: AddPerson): void {
  const found = nameEndingAt(text, end);
  // (Only the name itself can be an organisation's: 的 and the relative end it, whatever
  // follows them, 曾德林到场 with its 场 included.)
  if (!found || roleAt(text, found[0], end) || isOrganisationName(text.slice(found[0], end)))
    return;
  // The name stands alone: after a clause's start or 的 (拘留的刘正伟), not inside a run of
  // words (十八周岁，其父; 该项目的; 部门沟通).
  const before = text.charCodeAt(found[0] - 1);
  if ((isHanCode(before) && before !== 0x7684) || isDigitCode(before)) return;
  // 由你的妻子, 由与其同住的妻子: a pronoun, no name.
  if (/[你您我他她与其]/.test(text.slice(found[0], found[1]))) return;
  add(found[0], found[1]);
}
