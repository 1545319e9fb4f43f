import { characterSet, isHanCode, isSpace } from '../internal/chars';
import { singleCharactersAt } from './dictionary-word';
import type { AddPerson } from './marked-people';
import { personNameEnd } from './person-name';

/**
 * Foreigners named in prose by their nationality: 越南籍女子阮氏兰, 缅甸籍男子貌貌（MAUNG
 * MAUNG，…）, 越南籍NGUYEN VAN HUNG. The nationality says a person follows, and that the
 * name need not start with a Chinese surname nor be written in Han characters; the other
 * spelling in the bracket after it (（中文名阮氏兰）, （MAUNG MAUNG，…）) is the same person's.
 * Whether it is the party's name (public) or a third person's is decided with every other
 * name (document-reading.ts).
 */
export function foreignersNamed(text: string, add: AddPerson): void {
  for (let at = text.indexOf('籍'); at >= 0; at = text.indexOf('籍', at + 1)) {
    if (!isNationality(text, at)) continue;
    const noun = PERSON_NOUNS.find((word) => text.startsWith(word, at + 1));
    const from = at + 1 + (noun?.length ?? 0);
    let end = foreignNameEnd(text, from, noun !== undefined);
    if (end < 0) continue;
    add(from, end);
    otherSpelling(text, end, add);
    // 缅甸籍人员昂觉敏、妙蒂达在车间…: the others listed with the first are foreigners too.
    while (noun && text.charCodeAt(end) === 0x3001) {
      const next = foreignNameEnd(text, end + 1, true);
      if (next < 0) break;
      add(end + 1, next);
      otherSpelling(text, next, add);
      end = next;
    }
  }
}

/** 户籍, 原籍, 书籍, 党籍, 国籍：… (a label): no nationality before a person at the 籍 at `at`. */
function isNationality(text: string, at: number): boolean {
  return isHanCode(text.charCodeAt(at - 1)) && NOT_NATIONALITY[text.charCodeAt(at - 1)] !== 1;
}

/**
 * Where a listed name starts after its nationality and the word for the person (及约旦籍商人
 * 萨米尔·哈桑), or `at` when none stands there (苟俊杰户籍均在… is a name, then its 户籍).
 */
export function afterNationality(text: string, at: number): number {
  for (let k = at + 1; k <= at + MAX_NATIONALITY && isHanCode(text.charCodeAt(k - 1)); k++) {
    if (text.charCodeAt(k) !== 0x7c4d || !isNationality(text, k)) continue;
    const noun = PERSON_NOUNS.find((word) => text.startsWith(word, k + 1));
    return k + 1 + (noun?.length ?? 0);
  }
  return at;
}
/** Longest country before 籍 looked through (约旦, 吉尔吉斯斯坦). */
const MAX_NATIONALITY = 6;

/** Characters before 籍 that make another word of it (户籍, 原籍, 书籍, 党籍, 学籍, 国籍：). */
// 外籍 too: 外籍人员 is any foreigner, and what follows it is seldom a name.
const NOT_NATIONALITY = characterSet('户戶原书書典党黨学學祖本军軍客归歸入落在除外国國');

/** Words for a person between the nationality and the name, longest first. */
const PERSON_NOUNS = [
  '务工人员',
  '務工人員',
  '商人',
  '留学生',
  '留學生',
  '学生',
  '學生',
  '男子',
  '女子',
  '男性',
  '女性',
  '妇女',
  '婦女',
  '人员',
  '人員',
  '公民',
  '工人',
  '旅客',
  '游客',
  '遊客',
  '男',
  '女',
];

/** Words that open the other spelling in a bracket: （中文名阮氏兰）, （英文名：…）. */
/** A nationality opening a bracket, before the name in the other script (越南籍，, 韩国国籍、). */
const NATIONALITY_FIRST = /^[\u4e00-\u9fff]{1,6}(?:国籍|國籍|籍)\s*[，,、]\s*/;

const SPELLING_WORDS =
  /^(?:中文译名|中文譯名|译名|譯名|中文名|中文姓名|英文名|英文姓名|外文名|外文姓名|原名|又名)[：:]?/;

/**
 * The end of a foreigner's name at `at`, or -1: Latin letters (one to five words), or two to
 * four Han characters with the bracket of the person's details right after them (貌貌（…）),
 * or a name with a Chinese surname as any name is read. Without a word for the person before
 * it, only the first two. (Han characters before a comma are too often the sentence going on:
 * 越南籍女子入境后，…)
 */
function foreignNameEnd(text: string, at: number, afterNoun: boolean): number {
  const latin = latinNameEnd(text, at);
  if (latin > at) return latin;
  // 拉胡尔·库马尔·夏尔马: a transliteration, its parts joined by middle dots.
  const dotted = DOTTED_NAME.exec(text.slice(at, at + MAX_DOTTED_NAME));
  if (dotted) {
    // 安德烈·伊万诺夫在当事人经营的酒吧…: the last part ends where the sentence goes on.
    const lastDot = at + Math.max(...[...DOTS_LIST].map((dot) => dotted[0].lastIndexOf(dot)));
    let end = lastDot + 1;
    while (end < at + dotted[0].length && SENTENCE_GOES_ON[text.charCodeAt(end)] === 0) end++;
    if (end > lastDot + 1) return end;
  }
  let han = at;
  while (han < at + 5 && isHanCode(text.charCodeAt(han))) han++;
  if (han - at >= 2 && han - at <= 4 && NAME_ENDS[text.charCodeAt(han)] === 1) return han;
  if (!afterNoun) return -1;
  const surnamed = personNameEnd(text, at);
  if (surnamed > at) return surnamed;
  // 缅甸籍男子佐佐泰到其工地, 缅甸籍人员昂觉敏、…: after the word for the person, two to four
  // characters the segmenter knows no word in, up to a stop, a list's joiner or a word of
  // the sentence (到, 在, 等…). Not 入境后 nor 务工期间: words of the language.
  const count = singleCharactersAt(text, at, 4, SENTENCE_GOES_ON);
  return count >= 2 ? at + count : -1;
}

/**
 * Characters that go on a sentence after a name, which no transliteration of a name holds
 * (在, 于, 到, 从, 等, 的, 和, 与, 及, 向, 被, 将, 对, 因, 系, 已, 均…).
 */
const SENTENCE_GOES_ON = characterSet(
  '在于於到从從等的和与與及向被将將对對因系已均并並也曾为為是后後',
);
const DOTS_LIST = '·•・';

/** A name transliterated in Han characters, its parts joined by middle dots. */
const DOTTED_NAME = /^[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,6}){1,3}/;
const MAX_DOTTED_NAME = 30;

/** What follows a foreigner's name written with no surname: the bracket of details. */
const NAME_ENDS = characterSet('（(');

/**
 * Latin words of a name (NGUYEN THI LAN, Maung Maung), each starting with a capital; in
 * full-width letters too, as a PDF or a Chinese keyboard may write them (ＰＥＴＲＯＶ ＤＭＩＴＲＹ).
 */
const LATIN_NAME =
  /^[A-ZＡ-Ｚ](?:[A-Za-zＡ-Ｚａ-ｚ'’-]+|(?=[ \u00a0][A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ]))(?:[ \u00a0\u3000·][A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ'’-]*){0,4}/;

/** The end of a name in Latin letters at `at` (NGUYEN THI LAN, Maung Maung), or -1. */
export function latinNameEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if ((code < 65 || code > 90) && (code < 0xff21 || code > 0xff3a)) return -1;
  const match = LATIN_NAME.exec(text.slice(at, at + 48));
  return match ? at + match[0].length : -1;
}

/** The same person's name in the other script, first thing in the bracket after the name. */
export function otherSpelling(text: string, end: number, add: AddPerson): void {
  const open = text.charCodeAt(end);
  if (open !== 0xff08 && open !== 0x28) return;
  let at = end + 1;
  while (isSpace(text.charCodeAt(at))) at++;
  // 黎秋红（越南籍，LE THI HONG）: the nationality first, then the name in its own script.
  const nationality = NATIONALITY_FIRST.exec(text.slice(at, at + 10));
  if (nationality) at += nationality[0].length;
  const word = SPELLING_WORDS.exec(text.slice(at, at + 6));
  if (word) at += word[0].length;
  const other = word
    ? (spelledNameEnd(text, at) ?? foreignNameEnd(text, at, true))
    : foreignNameEnd(text, at, false);
  if (other > at) add(at, other);
}

/**
 * The names in Latin letters that brackets right after `name` give (约翰·史密斯（JOHN SMITH）,
 * 金秀妍（KIM SOOYEON，韩国籍…）): the same person's, in the other script.
 */
export function latinSpellings(text: string, name: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    otherSpelling(text, at + name.length, (start, end) => {
      if (latinNameEnd(text, start) === end && SPELLING_ENDS[text.charCodeAt(end)] === 1)
        found.push(text.slice(start, end));
    });
  }
  return found;
}

const DOTS = characterSet('·•・');

/**
 * What ends the other spelling in its bracket (（中文译名：玛宁薇）, （…，女）, （KIM SOOYEON，韩国籍…）).
 */
const SPELLING_ENDS = characterSet('）)，,、；;');

/**
 * The end of a name the bracket calls a name (中文译名：玛宁薇): two to six Han characters, or a
 * transliteration's dotted parts, up to the bracket's end or its next detail.
 */
function spelledNameEnd(text: string, at: number): number | undefined {
  let end = at;
  while (end < at + 12 && (isHanCode(text.charCodeAt(end)) || DOTS[text.charCodeAt(end)] === 1))
    end++;
  return end - at >= 2 && end - at <= 12 && SPELLING_ENDS[text.charCodeAt(end)] === 1
    ? end
    : undefined;
}
