import { characterSet, isHanCode, isSpace } from '../internal/chars';
import { hasNameDot } from './ethnic-names';
import { isHomeShaped } from './home-addresses';
import { LIST_NUMBER } from './list-numbers';
import { maskedNameLength } from './name-masks';
import type { Span } from './party-blocks';
import { personNameBefore, personNameEnd } from './person-name';

/**
 * Homes given as the village a person belongs to: 西吉县兴隆镇单家集村村民苏某某, 系本镇杏林村
 * 三社村民, 申请人于海龙，惠七满族镇东兴村三屯村民, （邻居，鸡公垭村6组村民）, 宛水街道西冲社区
 * 居民邓某某. A reviewer reads the place before 村民 or 居民 as where that person lives, when
 * the sentence is about a person: a name or a masked name follows, or the place says what
 * someone is (系…村民, a name and a comma before it, a bracket describing someone). A village
 * named for its people at large (向石岭村村民宣传, 石岭村村民委员会) is no one's home.
 */
export function residentPlaces(text: string): Span[] {
  const homes: Span[] = [];
  for (const word of RESIDENT_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const after = at + word.length;
      if (NOT_A_RESIDENT.test(text.slice(after, after + 4))) continue;
      const place = placeBefore(text, at);
      if (!place) continue;
      if (namedAfter(text, after) || saysWhoBefore(text, place.from, after))
        homes.push({ start: place.start, end: place.end });
    }
  }
  return homes;
}

/**
 * Homes in a numbered list of people, each item a name and then where the person lives:
 * 1．葛世友，金钟村一组，欠2022年度水费…; 2．刘　芳，金钟村一组，… (a 公示 of households).
 */
export function listedHomes(text: string): Span[] {
  const homes: Span[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Only a line whose first character is a list's number's (1, 一, （) is tried.
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_ITEM_HEAD));
    const item = ITEM_FIRSTS[text.charCodeAt(first)] === 1 ? LISTED_PERSON.exec(head) : null;
    // 1    金敏浩          青岛市…3号楼1108户 (under 当事人最后登记住址): a row typed with
    // spaces holding a number, a person's name and a house, and nothing else, lists a home.
    const row =
      !item && ITEM_FIRSTS[text.charCodeAt(first)] === 1 ? SPACED_PERSON_ROW.exec(head) : null;
    if (row) {
      const name = row[1]!;
      const placeStart = lineStart + row[0].length;
      const place = text.slice(placeStart, lineEnd).trimEnd();
      if (
        (personNameEnd(name, 0) === name.length || hasNameDot(name)) &&
        !/[\s，,]/.test(place) &&
        isHomeShaped(place)
      )
        homes.push({ start: placeStart, end: placeStart + place.length });
    }
    if (item) {
      const name = item[1]!.replace(/[ \u3000]/g, '');
      const head = lineStart + item[0].length;
      // 家住十里铺乡…, 现住址：米脂县…: the home after its word.
      const placeStart = head + (DWELLING_WORD.exec(text.slice(head, head + 5))?.[0].length ?? 0);
      let placeEnd = placeStart;
      while (placeEnd < lineEnd && PLACE_ENDS[text.charCodeAt(placeEnd)] !== 1) placeEnd++;
      const place = text.slice(placeStart, placeEnd);
      if (
        (personNameEnd(name, 0) === name.length || maskedNameLength(name, 0) === name.length) &&
        placeEnd < lineEnd &&
        (LISTED_VILLAGE_GROUP.test(place) || isHomeShaped(place))
      )
        homes.push({ start: placeStart, end: placeEnd });
    }
    lineStart = lineEnd + 1;
  }
  return homes;
}

/** An item's number, a name (maybe padded: 刘　芳) and its comma, at a line's start. */
const LISTED_PERSON = new RegExp(
  `^[ \\u3000\\t]*${LIST_NUMBER}\\s*([\\u4e00-\\u9fff](?:[ \\u3000]?[\\u4e00-\\u9fff]){1,3})[，,](?:[男女][，,])?`,
);
/** A row's number, a name and the spaces before the next cell (2+, or a tab). */
const SPACED_PERSON_ROW =
  /^[ \u3000\t]*[0-9０-９]{1,3}[．.、]?[ \u3000\t]+([\u4e00-\u9fff][\u4e00-\u9fff·•]{1,9})(?:[ \u3000]{2,}|\t)[ \u3000\t]*/;
/** A word of dwelling before the home (家住, 现住址：). */
const DWELLING_WORD = /^(?:家住|现住址[：:]|現住址[：:]|住址[：:]|现住|現住|住)/;
/** How a list's number starts: a digit, a Chinese numeral or a bracket. */
const ITEM_FIRSTS = characterSet('0123456789０１２３４５６７８９一二三四五六七八九十（(');
/** How much of a line its item's number, name and sex may take. */
const MAX_ITEM_HEAD = 32;
/** Where the place after the name ends: the next comma or stop. */
const PLACE_ENDS = characterSet('，,；;。（(');
/** A village and its group, as a list gives a household's home (金钟村一组, 草滩村三社). */
const LISTED_VILLAGE_GROUP =
  /^(?:[\u4e00-\u9fff]{2,5}(?:镇|鎮|乡|鄉))?[\u4e00-\u9fff]{2,4}[村社][0-9０-９一二三四五六七八九十]{1,3}[组組社队隊]$/;

/** The people of a place, after it. */
const RESIDENT_WORDS = ['村民', '居民'];
/** 村民小组, 村民委员会, 居民委员会, 村民代表大会: the village's bodies, not its people. */
const NOT_A_RESIDENT = /^(?:小组|小組|委员会|委員會|代表大会|代表大會|自治|会议|會議)/;

/** The last unit of a place whose people are its residents: a village, its group, a community. */
const PLACE_END =
  /(?:村|屯|寨|[组組社队隊][一二三四五六七八九十0-9０-９]?|[0-9０-９一二三四五六七八九十]{1,3}[组組社队隊]|社区|社區)$/;
/** Words a place follows in a sentence: it starts after the last of them. */
const PLACE_STARTS = characterSet('，,。；;：:、（(）)\n\r\t 　系是为為由的与和及');
/** How far back a place may reach (省, county, town, village and group). */
const MAX_PLACE = 22;
/**
 * A place written down from its larger units to the village (宁晋县换马店镇大陆村, 鸡公垭村6组,
 * 湄江街道桂花社区): each unit a short name and its word.
 */
const PLACE_NAME =
  /^(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,5}?(?:市|州|盟))?(?:[\u4e00-\u9fff]{1,5}?(?:县|縣|区|區|旗))?(?:[\u4e00-\u9fff]{1,5}?(?:镇|鎮|乡|鄉|街道))?[\u4e00-\u9fff]{2,4}?(?:村|社区|社區|屯|寨)(?:[\u4e00-\u9fff0-9０-９]{1,3}?[组組社队隊屯])?$/;
/** What a sentence says before a place, taken into it by the look back (被辑庆镇…, 核查新红村…). */
const NOT_A_PLACE =
  /^(?:当事人|當事人|被|受|租|发现|發現|核查|反映|接到|举报|舉報|直至|向|对|對|在|到|从|從|经|經|把|将|將|称|稱|由|与|與|给|給|和|及|同|外|该|該|其|本|第|时|時|[0-9０-９]{2,4}年)/;
const BODY_NAME = /(?:村民|居民)小组$/;
/** 本村, 该村, 同村: a place said by pointing, no one's home written down. */
const POINTING = /^(?:本|该|該|同|邻|鄰|各|全|外|他|其)/;

/** The place before `end`, and where its clause starts (before 本镇, if written). */
function placeBefore(text: string, end: number): (Span & { readonly from: number }) | undefined {
  let start = end;
  while (start > 0 && end - start < MAX_PLACE && PLACE_STARTS[text.charCodeAt(start - 1)] !== 1) {
    if (!isHanCode(text.charCodeAt(start - 1)) && !isDigit(text.charCodeAt(start - 1))) break;
    start--;
  }
  const from = start;
  const value = text.slice(start, end);
  // 本镇杏林村三社: the town said by pointing, the village and group written out.
  const pointed = /^本[镇鎮乡鄉县縣]/.exec(value);
  if (pointed) start += pointed[0].length;
  const place = text.slice(start, end);
  if (
    place.length < 4 ||
    POINTING.test(place) ||
    NOT_A_PLACE.test(place) ||
    // 下坪村民小组村民: the group is a body, named so in the documents that make it a party.
    BODY_NAME.test(place) ||
    !PLACE_NAME.test(place) ||
    !PLACE_END.test(place)
  )
    return undefined;
  // 东兴村 alone is one word of a village; the home needs its group, or a town before it.
  if (!/[组組社队隊屯]|社区|社區/.test(place) && !/[县縣镇鎮乡鄉区區街道]/.test(place.slice(0, -2)))
    return undefined;
  return { start, end, from };
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** A person named right after the word (村民苏某某, 居民邓某某, 村民韩德明). */
function namedAfter(text: string, at: number): boolean {
  if (maskedNameLength(text, at) > 0) return true;
  // The name's end is not known (宋国华口头约定): each length a name may have is tried.
  for (const length of NAME_LENGTHS) {
    if (personNameEnd(text, at, at + length) === at + length) return true;
  }
  return false;
}
const SEX_BEFORE = /^[，,][男女]$/;
const NAME_LENGTHS = [3, 2];

/**
 * What stands around the place says it is someone's: 系 or 为 before it (你…系本镇杏林村三社村民),
 * a person's name and a comma before it (于海龙，惠七…村民), or a bracket describing someone
 * that the word closes (（邻居，鸡公垭村6组村民）).
 */
function saysWhoBefore(text: string, start: number, after: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 0x7cfb || before === 0x4fc2 || before === 0x662f) return true; // 系 係 是
  if (before === 0xff0c || before === 0x2c) {
    if (personNameBefore(text, start - 1) >= 0) return true;
    // 李建平，男，桃镇姬家岔村村民: the person's sex between the name and the place.
    if (SEX_BEFORE.test(text.slice(start - 3, start - 1)) && personNameBefore(text, start - 3) >= 0)
      return true;
    const close = text.charCodeAt(after);
    return (close === 0xff09 || close === 0x29) && text.lastIndexOf('（', start) > start - 8;
  }
  return false;
}
