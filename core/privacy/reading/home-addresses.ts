import { hasAddressMarker } from '../address';
import { characterSet, isHanCode, isSpace } from '../internal/chars';
import { continuationAfter, isLineBreak } from './line-breaks';
import { maskedNameBefore, maskedNameLength } from './name-masks';
import type { Span } from './party-blocks';
import { isPdfSpaceAt, withoutPdfSpaces } from './pdf-spacing';
import { personNameBefore, personNameEnd } from './person-name';
import { wordIndexer } from './word-index';

/**
 * Homes named in the facts with no label: 位于成都市…2103号的自有住宅, 业主某某位於…603號住宅,
 * 当事人所有的长沙市…302室房屋. What follows the address says it is somebody's dwelling, and a
 * dwelling is a natural person's whoever the party is (a company fined for work in a flat
 * names the owner's home). A block's labelled addresses are read in party-blocks.ts; this is
 * the prose a reviewer reads the same way.
 */

/** Rented to live in, after the address (…302室租住). */
const MOVED_IN = '租住';
/** Lived there before, before the address. */
const FORMER_HOME = '原住';
/** Lives there, after the address (…401室居住). */
const RESIDES = '居住';
/** Rented, before the address: a home only when it is a flat. */
const RENTED = '承租';

/** Words that make the address before them a dwelling. */
const DWELLINGS = [
  // 在王德福家（合江縣白米鎮白米村五社37號）院壩: the address in the bracket after 家.
  '家（',
  '家(',
  // 谢语彤的姓名、班级、家庭住址（监利市…128号）: a home's label, its value in a bracket.
  '住址（',
  '住址(',
  // 在自家院坝（资中县…3组22号）操办寿宴: a home's courtyard, the address in the bracket.
  '院坝（',
  '院坝(',
  // 其岳父钟明全家位于叙州区观音镇钟山村7组的闲置偏房内.
  '家位于',
  '家位於',
  '住宅',
  '住房',
  '住处',
  '住處',
  '家中',
  '居所',
  '寓所',
  '自住房',
  '自建房',
  '民房',
  // 在贾某某家门口（定州市…119号）发生口角: the door of someone's home, its address after.
  '家门口',
  '家門口',
  '家门前',
  '家門前',
  // 其位于…梨子村6组的老宅无人居住: a family's old house, a home.
  '老宅',
  '老屋',
  '旧宅',
  '舊宅',
  '祖宅',
  // 购有新房一套（阳光花城小区8栋1单元1302室）: a flat bought to live in.
  '新房',
  // 出售其自住房屋（位于…）: the longer word first, so the bracket after it is read.
  '自住房屋',
  // 其表弟林小军位于…58号的自家院落.
  '自家院落',
  // 在其位于…2组的自家宅基地上修建房屋; 其宅基地（王楼村172号）: a household's homestead.
  '自家宅基地',
  '宅基地（',
  '宅基地(',
  // 赵金山户已有宅基地一处（坐落于东兴村四屯7号）: the household's homestead, counted.
  '宅基地一处',
  '宅基地一處',
  '宅基地一宗',
  // 在其租住房屋（…7栋302室）内: the bracket after it.
  '租住房屋',
  '院落',
  '出租屋',
  '出租房',
  '出租楼',
  '租住的房间',
  // 搬入…302室租住 (the address before it only: 在其租住的… is read after 住的).
  MOVED_IN,
  // 搬至…401室居住: lives there (the address before it only).
  RESIDES,
  // 搬至其位于…602室的新家中居住: a family's new home (not 新家园, an estate's name).
  '的新家中',
  '的新家（',
  // 二人共同名下有房产一套（…501室）; …402室居民户发生燃气爆燃: a household's property, its flat.
  '房产',
  '房產',
  '居民户',
  '居民戶',
];
/**
 * Words that make the address after them a dwelling, whoever lives there: 在其租住的于都县…
 * 402室内, 证人王五住在…3组. (A party's 住 in its own block is read in party-blocks.ts.)
 */
const DWELLING_BEFORE = [
  // 把家安在了哈尔滨市…: where one made one's home (老家在泸县云龙镇石岭村5组12号, where
  // one's family home is, is read at its 家在 below).
  '家安在',
  '安家在',
  '老家位于',
  '住在',
  // 后人联系人陈某，现居地：沭阳县…302室; 之子田某某，现居晋中市…7号楼: where someone lives now.
  '现居',
  '現居',
  // 马某某原住舜耕小区8号楼3单元602室: where someone lived before (not 原住宅, 原住所).
  FORMER_HOME,
  '住于',
  '住於',
  '住的',
  '暂住',
  '暫住',
  // 原承租东关街道罗玉小区公租房7号楼303室: a flat a household rents (a flat only: 承租…门面
  // is a shop).
  RENTED,
  '其住',
  '我住',
  '他住',
  '她住',
  // 她家在城阳街道大湖社区后湖村, 户口在夏庄镇岳家村: where someone's home or registration is.
  '家在',
  '户口在',
  '戶口在',
  '户籍在',
  '戶籍在',
];
/** A town and its village, before 的 or a stop (喜捷镇槽坊村的…). */
const TOWN_VILLAGE =
  /^[\u4e00-\u9fff]{1,6}?(?:镇|鎮|乡|鄉|街道)[\u4e00-\u9fff]{1,6}?(?:村|社区|社區|屯|寨)(?=的|[^\u4e00-\u9fff]|$)/;
const MAX_TOWN_VILLAGE = 16;

/** Where someone lives now (现居…, 现居地：…). */
const NOW_LIVES = ['现居', '現居'];
/** Someone's 住 (其住, and as a person says it in a record: 我住玉蟾街道…, 她住…). */
const PRONOUN_HOMES = ['其住', '我住', '他住', '她住'];
/** After 其住 (我住, 他住): a longer word (其住所, 其住房, 其住处, 其住宅, 其住址), not an address. */
const NOT_AFTER_HIS_HOME = characterSet('所房处處宅址院');

/** 房屋 is any building: a home only where the sentence says whose (所有的, 居住的…). */
const BUILDING = '房屋';
/**
 * Words of a sentence, which an address never holds: …社区网格员邓晓林在入户走访时发现龙城印象
 * 小区一住户家中 is where someone was found, told as it happened.
 */
const PROSE_IN_VALUE = /[在时時]|发现|發現|走访|走訪/;

/** Every word homeAddresses looks for before an address, 房屋 last. */
const DWELLING_WORDS = [...DWELLINGS, BUILDING];
const OWNED = /所有|自有|居住|自住|承租|租住|购买|購買/;
/** After 房屋, its owner (…101室房屋所有权人, …803室房屋的所有权人): a person's home. */
const OWNER_AFTER = /^的?(?:所有权人|所有權人|产权人|產權人)/;
/**
 * Between the address and the dwelling word: 的, 自有 (…2103号的自有住宅), 自建 (…4组的自建住房),
 * 出租 (…502室的出租住宅).
 */
const BETWEEN = /(?:的)?(?:[其你他她]|自有|自住|自建|个人|個人|私人|私有|出租)?(?:的)?$/;
/**
 * After 住宅: a development or a building type, not one home (住宅小区, 住宅楼, 住宅项目,
 * 住房公积金, 住房城乡建设局, 住房保障); 住宅楼道, 住宅楼下 are the stairs and the door of one (…52号附3号的住宅楼道内).
 */
const NOT_ONE_HOME =
  /^(?:公积|公積|和城|城乡|城鄉|保障|小区|小區|楼(?![道下])|樓(?![道下])|项目|項目|用地|工程|开发|開發|建设|建設|区|區|套|用房)/;
/** The opening of a bracket after an address, up to the dwelling word: （当事人住宅）, （其住处）. */
const DWELLING_BRACKET =
  /[（(](?:系)?(?:当事人|其|该户|該戶|户主|戶主|受送达人)(?:所有|自有)?(?:[、，,]?(?:用于|用於)?出租)?的?(?:自有|自建|自住)?$/;
/** （住宅，经营者本人居住）: a bare （住宅 said to be lived in, after the dwelling word. */
const LIVED_IN_AFTER = /^[，,][^）)\n]{0,10}?居住[）)]/;
/** How far before the dwelling word DWELLING_BRACKET may start (（当事人所有、用于出租的住宅）). */
const MAX_DWELLING_BRACKET = 14;
/** A person's own place, said before its address: 你位于…, 其位于…, 当事人位于… in one clause. */
const OWN_HOME_BEFORE = /(?:[你您其他她我]|当事人)(?:自有的?|自建的?)?位[于於][^，,。；;：:\n]*$/;
/** The roof or inside of one's own 住宅楼 (a house of several floors in the countryside). */
const OWN_ROOF = /^(?:楼顶|樓頂|楼内|樓內)/;
/** Where a clause stops, looking back from the dwelling word. */
const CLAUSE_STOPS = characterSet('，,。；;：:\n\r\t（(）)、　 【】');
/** Words an address follows in prose; it starts after the last of them. */
const BEFORE_ADDRESS = [
  '位于',
  '位於',
  '坐落于',
  '坐落於',
  // 搬入自贡市…302室租住: moved into it.
  '搬入',
  '搬至',
  '迁入',
  '遷入',
  // 当事人系泸县…101室房屋所有权人: who someone is, then the place.
  '系',
  '係',
  // 违法经营地点为乐山市…: what a place is said to be.
  '为',
  '為',
  '在',
  '于',
  '於',
  '的',
  '至',
  '到',
  '对',
  '對',
  // 贺某某很快从偃师区…601室的家中赶到: where someone came from.
  '从',
  '從',
  // 现住重庆市…136号附8号（租住）: where someone lives, before the address.
  '住',
  // 根据…101室住户孟某某的举报; 该小区12幢…702户业主: where the report came from, which estate.
  '根据',
  '根據',
  '该',
  '該',
];
/** Words after which a clause names a place (…位于会宁县…): the address starts after them. */
const LOCATING_WORDS = ['位于', '位於', '坐落于', '坐落於'];
/** Characters that mark the first unit of an address (长沙市, 岳麓区, 某某镇…). */
// (团 and 连 of a Xinjiang regiment, 委 of a Harbin residents' committee, 坊 of a Fuzhou lane,
// 屯 and 嘎查 of villages.)
const FIRST_UNIT = characterSet('省市县区縣區镇鎮乡鄉村街路团连委坊屯嘎');
/** How far back an address may start. */
const MAX_LOOK_BACK = 80;
/**
 * The last characters of a home: a house or flat number, a floor, a village group (…3组,
 * …村六社, …村四队), a house's part as Fujian and Guangdong number it (…17号之一), a building
 * written with # (…5#楼). An address written alone ends so too (party-blocks.ts), which a sentence that
 * passes a place does not (该协议由双河村七组组长周宗林作为见证人签名).
 */
export const HOME_END =
  /(?:[0-9０-９]|[号號室户戶组組社幢栋棟房]|村[一二三四五六七八九十0-9０-９]{1,3}[队隊]|单元|單元|[0-9０-９一二三四五六七八九十]楼|[0-9０-９]樓|楼上|[号號]之[一二三四五六七八九十]{1,2}|[0-9０-９][#＃]楼)$/;

/** After an address and a comma, who heads the household there (…402室，户主刘桂珍). */
const HOUSEHOLD_HEADS = ['户主', '戶主'];

/** A flat's number, its building or unit before it (602, 3单元501, 12栋1402): its room follows. */
/** A digit of a house number: Arabic, full-width, or a Chinese numeral (十二栋二单元五〇一室). */
const DIGIT = '[0-9０-９〇零一二三四五六七八九十]';
const FLAT_NUMBER = `(?:${DIGIT}{1,3}\\s*(?:号楼|號樓|栋|棟|幢|单元|單元))?${DIGIT}{3,4}\\s*`;
/** A building, a unit in it and a flat (12幢1单元702户, 7栋1402房, 3号楼2单元1201室). */
const BUILDING_FLAT = `${DIGIT}+\\s*(?:[栋棟幢座]|号楼|號樓)\\s*(?:${DIGIT}+\\s*(?:单元|單元))?\\s*${DIGIT}+\\s*(?:室|户|戶|房)`;

/**
 * Who lives in the flat before them (…1单元101室住户孟某某, 12幢1单元702户业主马某某, 7栋1402房
 * 租户王某某): the flat is that person's home.
 */
const RESIDENTS_AFTER = ['住户', '業主', '业主', '租户', '租戶', '住戶', '承租人'];
/** A bracket after a flat saying whose it is (（当事人所有，…）, （其所有）). */
const OWNED_BRACKET = /^[（(](?:系)?(?:当事人|其|户主|戶主)(?:个人|個人)?所有(?:[，,、）)]|的)/;
/**
 * A flat written alone, as neighbours in one building are (602室, 1103房, 7楼2号, 6楼东户, 3单元
 * 501室): a home where a resident word follows it.
 */
const BARE_FLAT = new RegExp(
  `${FLAT_NUMBER}(?:室|房|户|戶)$|[0-9０-９]{1,2}楼[0-9０-９]{1,2}号$|[0-9０-９]{1,2}楼[东西南北中]户$`,
);
/** How far back BARE_FLAT is looked for. */
const BARE_FLAT_REACH = 12;
/** A flat's last unit (…101室, …702户, …1402房): what a resident word after it lives in. */
const FLAT_END = new RegExp(`${DIGIT}(?:室|户|戶|房)$`);

/**
 * A neighbour's place, then whose household it is (与其相邻的汪大郢36号汪德林家, 相邻的徐家组50号
 * 村民徐金花家, 邻居秀灵村一坡20号住户莫春兰): a home of any shape, the person named after it.
 */
const NEIGHBOUR_WORDS = ['相邻的', '相鄰的', '邻居', '鄰居', '隔壁'];
const NEIGHBOUR_HOME =
  /^([^\s，,。；;：:、（(）)]{2,16}?[0-9０-９]+(?:号|號|幢|栋|棟|室))(村民|业主|業主|住户|住戶)?/;

/** A neighbour's home and name after a neighbour word ending at `wordEnd`, if one is there. */
function neighbourAfter(text: string, wordEnd: number): { home: Span; name: Span } | undefined {
  // (A PDF's line may break after 相邻的.)
  const from = afterLineBreak(text, wordEnd);
  const place = NEIGHBOUR_HOME.exec(text.slice(from, from + MAX_LOOK_AHEAD));
  if (!place) return undefined;
  // Whose it is: a person's name right after the place, after 村民, 业主 or 住户, or before 家
  // (汪德林家).
  const nameStart = from + place[0].length;
  const nameEnd = personNameEnd(text, nameStart, Math.min(text.length, nameStart + 4));
  if (nameEnd <= nameStart || (!place[2] && text.charCodeAt(nameEnd) !== 0x5bb6)) return undefined;
  return {
    home: { start: from, end: from + place[1]!.length },
    name: { start: nameStart, end: nameEnd },
  };
}

/** Every word homeAddresses looks for, found in one pass over the document. */
/** What a place is said to be (…42号系纪某某…居住). */
const SAID_TO_BE = '系';
/** After 系, the rest of a clause saying someone lives there (…与其妻邵某某居住, 项某租住的住处). */
const LIVED_IN_CLAUSE = /^[^，,。；;\n]{1,16}?(?:居住|租住|住处|住處|住宅|的家)/;
const MAX_LIVED_IN_CLAUSE = 20;
/** A household, then a bracket. */
const HOUSEHOLD_BRACKET = '户（';
/** Whose household it is, the character before 户: 你户, 该户, 其户; 住户, one living there. */
const HOUSEHOLD_OWNERS = characterSet('你您该該其住');
const indexWords = wordIndexer([
  ...DWELLING_WORDS,
  ...DWELLING_BEFORE,
  ...HOUSEHOLD_HEADS,
  ...RESIDENTS_AFTER,
  ...NEIGHBOUR_WORDS,
  '住',
  '家住',
  HOUSEHOLD_BRACKET,
  SAID_TO_BE,
]);

/**
 * The homes found in the prose of `text` (the address part only); into `neighbours`, the names
 * of the neighbours whose homes they are (与其相邻的汪大郢36号汪德林家): third persons.
 */
export function homeAddresses(text: string, neighbours: Span[] = []): Span[] {
  const homes: Span[] = [];
  const words = indexWords(text);
  // 分别为万德贵（资中县球溪镇高楼村3组）、龙某某: a person's name, then a bracket holding
  // nothing but a home, from its county down to the house or the village group.
  for (let at = text.indexOf('（'); at >= 0; at = text.indexOf('（', at + 1)) {
    // Looked for within reach only: a bracket left open must not make this quadratic.
    const inside = text.slice(at + 1, at + 1 + MAX_REMARK_BRACKET).indexOf('）');
    if (inside < 0) continue;
    const close = at + 1 + inside;
    // …2号楼3单元402室（当事人所有，出租用于群租）: a flat the bracket says the party owns.
    if (OWNED_BRACKET.test(text.slice(at, at + 8)) && FLAT_END.test(text.slice(at - 2, at))) {
      const home = addressBefore(text, at, false);
      if (home) homes.push(home);
      continue;
    }
    const value = text.slice(at + 1, close);
    // 其侄潘某某（住王宅镇王宅村下新屋）, 行人黄某某（女，71岁，住木乐村旧屋屯）: where the person
    // named before the bracket lives, a clause of it. (The bracket's reach is wide: an ID in
    // it, masked or not, must not decide whether the clause is read.)
    const lived = LIVED_IN_BRACKET.exec(value);
    if (lived) {
      const place = lived[1]!;
      if (
        place.length >= 4 &&
        ((hasAddressMarker(place) && BELOW_TOWN.test(place)) || isDwellingPlace(place)) &&
        (personNameBefore(text, at) >= 0 || maskedNameBefore(text, at) >= 0)
      ) {
        const start = at + 1 + lived.index + lived[0].length - place.length;
        homes.push({ start, end: start + place.length });
        continue;
      }
    }
    // The home's end first: most brackets end otherwise, and that test is the cheapest.
    // 孙立伟（文华园3号楼2单元1201室）: an estate's flat alone is a home too.
    if (
      inside > MAX_NAMED_HOME ||
      !PRIVATE_HOME_END.test(value) ||
      !((COUNTY_FIRST.test(value) && isHomeShaped(value)) || BRACKET_FLAT.test(value)) ||
      PROSE_IN_VALUE.test(value) ||
      (personNameBefore(text, at, (start) => startsListedName(start, text)) < 0 &&
        maskedNameBefore(text, at) < 0)
    )
      continue;
    homes.push({ start: at + 1, end: close });
  }
  // Every home below is found from one of the words.
  if (words.none) return homes.sort((a, b) => a.start - b.start);
  for (const word of DWELLING_WORDS) {
    for (const at of words.of(word)) {
      // 住宅楼 is a building of homes; 你位于…58号的住宅楼顶 is the roof of the addressee's own.
      if (
        NOT_ONE_HOME.test(text.slice(at + word.length, at + word.length + 2)) &&
        !(
          OWN_ROOF.test(text.slice(at + word.length, at + word.length + 2)) &&
          OWN_HOME_BEFORE.test(text.slice(Math.max(0, at - MAX_LOOK_BACK), at))
        )
      )
        continue;
      // …南路61号附4号（当事人住宅）: a bracket after the address says it is a dwelling.
      const bracket =
        word === BUILDING
          ? null
          : (DWELLING_BRACKET.exec(text.slice(Math.max(0, at - MAX_DWELLING_BRACKET), at)) ??
            (isOpeningBracket(text.charCodeAt(at - 1)) &&
            LIVED_IN_AFTER.test(text.slice(at + word.length, at + word.length + 14))
              ? [text[at - 1]!]
              : null));
      const home =
        (bracket ? addressBefore(text, at - bracket[0].length, false) : undefined) ??
        addressBefore(text, at, word === BUILDING) ??
        (word === BUILDING || word === MOVED_IN || word === RESIDES
          ? undefined
          : (addressAfter(text, at + word.length) ?? addressBeforeWhose(text, at))) ??
        (FAMILY_HOMES.includes(word) ? settlementBefore(text, at) : undefined);
      if (home) homes.push(home);
    }
  }
  // 家住喜捷镇槽坊村的陈某某: after 家住, a town and its village is a home, up to whose it is;
  // 其家住岜沙村, 当事人家住东孔庄村三街: a settlement alone is one too.
  for (const at of words.of('家住')) {
    const village = TOWN_VILLAGE.exec(text.slice(at + 2, at + 2 + MAX_TOWN_VILLAGE));
    const home = village
      ? { start: at + 2, end: at + 2 + village[0].length }
      : (addressAfter(text, at + 2) ?? settlementAfter(text, at + 2));
    if (home) homes.push(home);
  }
  for (const word of DWELLING_BEFORE) {
    for (const at of words.of(word)) {
      // 暂住于自贡市…: the 于 is the verb's (其户籍地址于都县… keeps 于都县's 于 elsewhere).
      const after = at + word.length;
      // 其住所, 其住房, 其住处, 其住宅 are dwelling words of their own.
      if (
        (PRONOUN_HOMES.includes(word) || word === FORMER_HOME) &&
        NOT_AFTER_HIS_HOME[text.charCodeAt(after)] === 1
      )
        continue;
      const into = text.charCodeAt(after) === 0x4e8e || text.charCodeAt(after) === 0x65bc;
      let start = into && word.endsWith('住') ? after + 1 : after;
      // 把家安在了哈尔滨市…: the verb's 了 is not the address's.
      if (text.charCodeAt(start) === 0x4e86) start++;
      if (NOW_LIVES.includes(word)) {
        // 现居住地, 现居住于 are read after their 住; 现居地：… after its colon.
        if (text.charCodeAt(after) === 0x4f4f) continue;
        const label = /^地[：:]?\s*/.exec(text.slice(after, after + 4));
        if (label) start = after + label[0].length;
      }
      const home =
        addressAfter(text, start) ??
        estateAfter(text, start) ??
        bareFlatAfter(text, start) ??
        (word === RENTED ? undefined : settlementAfter(text, start));
      if (
        home &&
        (word !== RENTED ||
          (FLAT_END.test(text.slice(home.end - 2, home.end)) &&
            !text.slice(home.start, home.end).includes('的')))
      )
        homes.push(home);
    }
  }
  // 事故发生在阿城区…402室，户主刘桂珍: the household's home.
  for (const word of HOUSEHOLD_HEADS) {
    for (const at of words.of(word)) {
      const comma = text.charCodeAt(at - 1);
      if (comma !== 0xff0c && comma !== 0x2c) continue;
      const home = addressBefore(text, at - 1, false);
      if (home) homes.push(home);
    }
  }
  for (const word of NEIGHBOUR_WORDS) {
    for (const at of words.of(word)) {
      const neighbour = neighbourAfter(text, at + word.length);
      if (!neighbour) continue;
      homes.push(neighbour.home);
      neighbours.push(neighbour.name);
    }
  }
  for (const word of RESIDENTS_AFTER) {
    for (const at of words.of(word)) {
      const before = text.slice(Math.max(0, at - BARE_FLAT_REACH), at);
      const bare = BARE_FLAT.exec(before);
      if (!FLAT_END.test(before) && !bare) continue;
      // 楼上7楼2号住户蔡宏伟, 对门602室住户乔淑梅: a flat alone, in the building the text is about.
      const home =
        addressBefore(text, at, false) ??
        estateFlatBefore(text, at) ??
        (bare ? { start: at - bare[0].length, end: at } : undefined);
      if (home) homes.push(home);
    }
  }
  // 欧阳丽萍住滨江花园6栋1单元802室: a person's name, then 住 and the home; 孟凡伟系吕建华雇用
  // 的驾驶人，住任丘市…东五村: a clause of its own after a sentence that opens with the person.
  for (const at of words.of('住')) {
    if (NOT_AFTER_HIS_HOME[text.charCodeAt(at + 1)] === 1) continue;
    const comma = text.charCodeAt(at - 1) === 0xff0c;
    // 陈某某、程某某均住…: several people named, then where they all live.
    const all = ALL_OF_THEM[text.charCodeAt(at - 1)] === 1;
    const nameEnd = all ? at - 1 : at;
    if (
      comma
        ? !sentenceOpensWithPerson(text, at - 1)
        : (!all && NOT_BEFORE_NAMES_HOME[text.charCodeAt(at - 1)] === 1) ||
          !(nameEndsAt(text, nameEnd) || maskedNameBefore(text, nameEnd) >= 0)
    )
      continue;
    const home =
      addressAfter(text, at + 1) ??
      (comma ? settlementAfter(text, at + 1) : undefined) ??
      dwellingAfter(text, at + 1);
    if (home) homes.push(home);
  }
  // 你户（3号楼2单元6层601室）, 楼下住户（…）, 杨志成户（…）: a household, its home in the
  // bracket (not 金融账户（…）).
  for (const at of words.of(HOUSEHOLD_BRACKET)) {
    if (
      HOUSEHOLD_OWNERS[text.charCodeAt(at - 1)] !== 1 &&
      !nameEndsAt(text, at) &&
      maskedNameBefore(text, at) < 0
    )
      continue;
    const home = addressAfter(text, at + 1);
    if (home) homes.push(home);
  }
  // 十一连42号系纪某某与其妻邵某某居住, 平阳四村31号601室系项某租住的住处: a place said to be
  // where someone lives, the clause opening with it.
  for (const at of words.of(SAID_TO_BE)) {
    if (!LIVED_IN_CLAUSE.test(text.slice(at + 1, at + 1 + MAX_LIVED_IN_CLAUSE))) continue;
    const clause = clauseStartBefore(text, at, MAX_LOOK_BACK);
    const place = text.slice(clause, at);
    if (isHomeShaped(place) || SETTLEMENT_WHOLE.test(place)) homes.push({ start: clause, end: at });
  }
  // 住在同单元502室的谭立伟: a flat, and the person who lives in it (a third person).
  for (const at of words.of('住')) {
    if (text.charCodeAt(at + 1) !== 0x5728) continue;
    const from = at + 2;
    const of = text.indexOf('的', from);
    if (of < 0 || of - from > MAX_FLAT_OF_RESIDENT) continue;
    const place = text.slice(from, of);
    if (CLAUSE_STOPS_IN.test(place) || !(FLAT_END.test(place) || isHomeShaped(place))) continue;
    const nameEnd = personNameEnd(text, of + 1, Math.min(text.length, of + 5));
    if (nameEnd <= of + 1) continue;
    homes.push({ start: from, end: of });
    neighbours.push({ start: of + 1, end: nameEnd });
  }
  return homes.sort((a, b) => a.start - b.start);
}

/**
 * Labels only a person's home has, which a PDF's line may break (户籍⏎所在地四川省渠县有庆镇,
 * 现住⏎址：…): the value after the broken label is a home, whoever's block it stands in.
 */
const HOME_LABELS = ['户籍所在地', '户籍地', '现住址', '现居住地', '居住地', '家庭住址', '住址'];

/** The last characters of the labels' first parts (户 of 户⏎籍地, 籍 of 户籍⏎所在地…). */
const LABEL_PIECE_ENDS = characterSet(
  HOME_LABELS.flatMap((label) => [...label.slice(0, -1)]).join(''),
);

/** The homes whose labels a line break cuts in two (see HOME_LABELS). */
export function brokenLabelHomes(text: string): Span[] {
  const homes: Span[] = [];
  for (let br = text.indexOf('\n'); br >= 0; br = text.indexOf('\n', br + 1)) {
    let before = br;
    while (
      before > 0 &&
      (isSpace(text.charCodeAt(before - 1)) || text.charCodeAt(before - 1) === 0x0d)
    )
      before--;
    // Most lines end with a stop or a value: only a label's first part ends one so.
    if (LABEL_PIECE_ENDS[text.charCodeAt(before - 1)] !== 1) continue;
    let after = br + 1;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    for (const label of HOME_LABELS) {
      for (let cut = 1; cut < label.length; cut++) {
        if (
          !text.startsWith(label.slice(cut), after) ||
          !text.startsWith(label.slice(0, cut), before - cut)
        )
          continue;
        let start = after + label.length - cut;
        if (LABEL_JOINERS.includes(text[start]!)) start++;
        let end = start;
        while (
          end < text.length &&
          end - start < MAX_LOOK_AHEAD &&
          CLAUSE_STOPS[text.charCodeAt(end)] === 0
        )
          end++;
        const value = text.slice(start, end);
        if (value.length >= 4 && hasAddressMarker(value)) homes.push({ start, end });
      }
    }
  }
  return homes;
}
/** What joins a label to its value (：, 为). */
const LABEL_JOINERS = '：:为為';

/** Longest flat read between 住在 and 的 (同单元502室, 锦华苑3号楼2单元601室). */
const MAX_FLAT_OF_RESIDENT = 24;
/** What no flat holds: a clause's end. */
const CLAUSE_STOPS_IN = /[，,。；;、\n（(）)]/;

/** A bracket's clause saying where someone lives (住…, 家住…, 现住…), its place. */
const LIVED_IN_BRACKET =
  /(?:^|[，,；;])(?:现|現|家|暂|暫|均|都)?住(?!所)(?:址|在)?[：:]?\s*(?![其他她])([^\s，,；;：:（(的][^，,；;：:（(的]{3,29})(?=[，,；;]|$)/;
/** Something below a town: a village, a group, a house, an estate (住…郭杜街道雅居乐小区). */
const BELOW_TOWN =
  /[村屯寨组組社队隊号號室户戶苑楼樓栋棟幢]|单元|單元|小区|小區|花园|花園|家园|家園|新城|公寓/;

/** Longest bracket after a name read for its clauses (an ID, an age, where one lives…). */
const MAX_REMARK_BRACKET = 96;
/** Longest bracket after a name read as a home (a county, town, village and house). */
const MAX_NAMED_HOME = 40;
/** A home that starts from its county or city (资中县…, 乐山市…), as a bracket after a name gives it. */
const COUNTY_FIRST =
  /^(?![住家暂暫现現户戶原收寄居籍])[\u4e00-\u9fff]{1,6}?(?:省|市|县|縣|区|區|州|旗)/;
/** An estate's building, unit and flat, the whole of a bracket (文华园3号楼2单元1201室). */
const BRACKET_FLAT = new RegExp(
  `^(?![住宅家现現原系为為在])[\\u4e00-\\u9fff]{2,12}?${BUILDING_FLAT}$`,
);
/** How a private home ends, as a bracket after a name gives it: a village group or a flat. */
const PRIVATE_HOME_END =
  /(?:[组組社队隊]|[组組社][0-9０-９一二三四五六七八九十]{1,4}[号號]|[0-9０-９][室户戶]|单元|單元)$/;
/** A name that starts a clause or an item of a list (，分别为万德贵（…）、龙某某（…）). */
const startsListedName = (start: number, text: string) =>
  !isHanCode(text.charCodeAt(start - 1)) ||
  LIST_JOINERS[text.charCodeAt(start - 1)] === 1 ||
  PERSON_WORD_BEFORE.test(text.slice(Math.max(0, start - 4), start));
const LIST_JOINERS = characterSet('为為和及与與');

/** Between the people named and 住: all of them (均住, 都住, 也住). */
const ALL_OF_THEM = characterSet('均都也');

/**
 * Where people live that is no address: a dormitory, a guard station, a shed, a boat's or a
 * fish raft's cabin, a herder's camp (集体宿舍, 老虎坑管护站, 放牧窝棚, 渔排管理房, 冬营地, 第三浩特).
 * Said to be where someone lives (住…, （住…）), it is that person's home.
 */
const DWELLING_END =
  /(?:宿舍|管护站|管護站|护林站|護林站|窝棚|窩棚|工棚|看护棚|看護棚|管理房|看护房|看護房|值班房|老屋|渔排|漁排|营地|營地|浩特|定居点|定居點|营盘|營盤|蒙古包|毡房|氈房)$/;

export function isDwellingPlace(place: string): boolean {
  return DWELLING_END.test(place);
}

/** Longest dwelling read after 住 (养殖场场部集体宿舍, 草林林场老虎坑管护站). */
const MAX_DWELLING = 24;

/** A dwelling named right after 住 (or 住在), up to the clause's end: …均住养殖场场部集体宿舍，. */
function dwellingAfter(text: string, from: number): Span | undefined {
  const start = text.charCodeAt(from) === 0x5728 ? from + 1 : from;
  let end = start;
  const limit = Math.min(text.length, start + MAX_DWELLING);
  while (end < limit && CLAUSE_STOPS[text.charCodeAt(end)] === 0) end++;
  const place = text.slice(start, end);
  // (店里的员工宿舍: a place told by whose it is, no place of its own.)
  return end > start + 2 &&
    CLAUSE_STOPS[text.charCodeAt(end)] === 1 &&
    !place.includes('的') &&
    isDwellingPlace(place)
    ? { start, end }
    : undefined;
}

/** Before 住, what makes a word of it rather than end a name (居住, 现住, 暂住, 家住, 其住). */
const NOT_BEFORE_NAMES_HOME = characterSet('居现現暂暫家其我他她租入借留常同');

/**
 * True when the sentence the comma at `comma` stands in opens with a person's name, written or
 * masked (孟凡伟系…驾驶人，住…): the clause after the comma is said of that person.
 */
function sentenceOpensWithPerson(text: string, comma: number): boolean {
  let start = comma;
  while (
    start > 0 &&
    comma - start < MAX_SENTENCE_TO_HOME &&
    !SENTENCE_STARTS[text.charCodeAt(start - 1)]
  )
    start--;
  return (
    comma - start >= 2 &&
    (personNameEnd(text, start, comma) > start || maskedNameLength(text, start, comma) > 0)
  );
}
const SENTENCE_STARTS = characterSet('。；;\n！？');
/** How far back the sentence's start is looked for. */
const MAX_SENTENCE_TO_HOME = 40;

/** True when a person's name ends at `end`, starting a clause or a list item (，欧阳丽萍住…). */
function nameEndsAt(text: string, end: number): boolean {
  return (
    personNameBefore(
      text,
      end,
      (start) =>
        !isHanCode(text.charCodeAt(start - 1)) ||
        // 投诉人张玉兰住…, 邻居王某住…: the word for who the person is, then the name.
        PERSON_WORD_BEFORE.test(text.slice(Math.max(0, start - 4), start)),
    ) >= 0
  );
}

/** Words for a person whose home a sentence then gives (投诉人, 邻居, 住户…). */
const PERSON_WORD_BEFORE =
  /(?:投诉人|举报人|反映人|证人|邻居|住户|租户|房东|业主|村民|居民|代收人|[之其][父母子女妻夫]|父亲|母亲|儿子|女儿|妻子|丈夫)$/;

/**
 * After the address, the clause that says whose dwelling it is: …滨江路西段12号，系居民唐德明
 * 的自建住宅 (the dwelling word at `at`).
 */
const WHOSE_DWELLING =
  /^[系是为為](?:居民|村民|其|邻居|鄰居)?[^，,。；;：:\n]{1,8}?的(?:自建|自有|自住|私人)?$/;

/** How far back from the dwelling word the clause saying whose it is may start. */
const MAX_WHOSE_CLAUSE = 28;
/** Longest bracket after a person's name read past there (（男，88岁）). */
const MAX_REMARK = 14;
const REMARKS = /[（(][^）)]*[）)]/g;

function addressBeforeWhose(text: string, at: number): Span | undefined {
  let clause = at;
  while (clause > 0 && at - clause < MAX_WHOSE_CLAUSE) {
    const code = text.charCodeAt(clause - 1);
    // 系村民张庆祥（男，88岁）独居的自建房: a person's bracket is read past, commas and all.
    if (code === 0xff09 || code === 0x29) {
      const open = text.lastIndexOf(code === 0xff09 ? '（' : '(', clause - 1);
      if (open < 0 || clause - open > MAX_REMARK) break;
      clause = open;
      continue;
    }
    if (CLAUSE_STOPS[code] === 1) break;
    clause--;
  }
  const comma = clause - 1;
  const stop = text.charCodeAt(comma);
  if (
    (stop !== 0xff0c && stop !== 0x2c) ||
    !WHOSE_DWELLING.test(text.slice(clause, at).replace(REMARKS, ''))
  )
    return undefined;
  return addressBefore(text, comma, false);
}

/** Text of the document after `at` starts with 位于 (or 位於). */
function locatedAt(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 0x4f4d &&
    (text.charCodeAt(at + 1) === 0x4e8e || text.charCodeAt(at + 1) === 0x65bc)
  );
}

/**
 * The homes named with 住所 or 名下 in the prose of a natural person's document: 住所内 (the
 * address before it), 其住所位于…, 名下（的）位于… (the address after it). 住所 is a person's
 * home and a company's registered seat alike, and what stands 名下 (in someone's name) may be
 * a company's building, so the caller asks only where the party is a natural person (在当事人
 * 位于合江镇新华路二段9号的住所内查获…, 孙丽华称其住所位于宜宾市…1号). One pass for each word:
 * this runs over every document.
 */
export function residenceAddresses(text: string, organisationParties: boolean): Span[] {
  const homes: Span[] = [];
  for (let at = text.indexOf('住所'); at >= 0; at = text.indexOf('住所', at + 2)) {
    const next = text.charCodeAt(at + 2);
    let home: Span | undefined;
    // Where the parties are organisations, 其住所 may be the company's: only a 住所 a person
    // named or a relative holds is a home (新郎之父谭满生住所（…）in a decision on a company).
    if (organisationParties) {
      if ((next === 0xff08 || next === 0x28) && residenceOfPerson(text, at)) {
        home = addressAfter(text, at + 2);
        if (home) homes.push(home);
      }
      continue;
    }
    if (next === 0x5185 || next === 0x5167) home = addressBefore(text, at, false);
    else if (text.charCodeAt(at - 1) === 0x7684) {
      // 从其位于湖畔嘉苑9号楼1单元101室的住所后院, 迁往其女梁燕萍位于…1503房的住所: the
      // place of someone named or meant right before 位于 (personBeforePlaceWord).
      const before = addressBefore(text, at, false);
      if (before && personBeforePlaceWord(text, before.start)) home = before;
    } else if (text.charCodeAt(at - 1) === 0x5176 && locatedAt(text, at + 2))
      home = addressAfter(text, at + 4);
    // 在其住所（泸州市…1502室）内: the address in the bracket after it; 其住所于都县…401室需
    // 重新装修: right after it.
    else if (
      (PERSON_BEFORE_RESIDENCE.test(text.slice(Math.max(0, at - RESIDENCE_OWNER_REACH), at)) &&
        (next === 0xff08 || next === 0x28 || isHanCode(next))) ||
      // 在其父生前住所（…）门前, 新郎之父谭某某住所（…）: a relative's or a person's, the
      // address in the bracket.
      ((next === 0xff08 || next === 0x28) && residenceOfPerson(text, at))
    )
      // 到达受送达人住所温州市…58号: the addressee's, a person's where the party is one.
      home = addressAfter(text, at + 2);
    if (home) homes.push(home);
  }
  if (organisationParties) return homes;
  // 按你在《送达地址确认书》中确认的地址（广饶县…72号）: the addressee's own address, in the
  // bracket after any 地址; 你的送达地址：三台县…601室, 按其提供的联系地址汉中市…1802室邮寄送达,
  // 送达地址：…8组，系你在《送达地址确认书》中确认的地址: where the addressee is reached (after
  // its label, joined any way), said to be his own.
  for (let at = text.indexOf('地址'); at >= 0; at = text.indexOf('地址', at + 2)) {
    const bracket = text.charCodeAt(at + 2) === 0xff08;
    const reach = REACH_LABEL.test(text.slice(at - 2, at));
    if (!bracket && !reach) continue;
    const joined = text.charCodeAt(at + 2) === 0xff1a || text.charCodeAt(at + 2) === 0x3a;
    const home = addressAfter(text, at + (joined ? 3 : 2));
    if (!home) continue;
    if (
      YOUR.test(text.slice(clauseStartBefore(text, at, MAX_YOUR_ADDRESS), at)) ||
      (reach && joined && YOUR_AFTER.test(text.slice(home.end, home.end + 4)))
    )
      homes.push(home);
  }
  // 将其位于允景洪街道曼弄枫村46号的房屋出租: the house of the person the document is about.
  for (const word of OWN_HOUSE_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      // (…82号的房屋, …82号的私有房屋: what addressBefore passes over between.)
      const of = OWN_HOUSE_OF.exec(text.slice(Math.max(0, at - 3), at));
      if (!of) continue;
      const home = addressBefore(text, at, false) ?? placeAfterOwnLocating(text, at - of[0].length);
      if (home && OWN_HOUSE_BEFORE.test(text.slice(Math.max(0, home.start - 8), home.start)))
        homes.push(home);
    }
  }
  // A house registered to a person (将其父亲刘德明名下的位于…602室转移登记): that person's.
  for (let at = text.indexOf('名下'); at >= 0; at = text.indexOf('名下', at + 2)) {
    const of = text.charCodeAt(at + 2) === 0x7684 ? 1 : 0;
    if (!locatedAt(text, at + 2 + of)) continue;
    // 名下位于…502室、⏎…1204室的两套住房: every home listed.
    for (
      let home = addressAfter(text, at + 4 + of), count = 0;
      home && count < MAX_LISTED_HOMES;
      home = text.charCodeAt(home.end) === 0x3001 ? addressAfter(text, home.end + 1) : undefined
    ) {
      homes.push(home);
      count++;
    }
  }
  return homes;
}

/** 你, 您 in the clause before 地址（…）, not 你单位 or 你公司 (an organisation addressed). */
// 当事人确认的送达地址（景洪市…36号）, 其送达地址（…）: the party's own, in a person's document.
const YOUR = /[你您其](?!单位|單位|公司|司|店|厂|廠|社)|当事人/;
/** A house or its plot (宅基地), said of whoever 其 or 你 is (a person's, where no party is an organisation). */
const OWN_HOUSE_WORDS = ['房屋', '房子', '房产', '房產', '宅基地', '自家'];
const OWN_HOUSE_OF = /的(?:自有|自住|自建|私有)?$/;

/**
 * 在其位于汪大湾组18号的宅基地: a place no county or town opens, right after 其位于 and up to
 * 的 at `end`, when it ends as a home does (a house number, a group).
 */
function placeAfterOwnLocating(text: string, end: number): Span | undefined {
  const from = Math.max(0, end - MAX_OWN_PLACE);
  const located = text.slice(from, end).lastIndexOf('位于');
  if (located < 0) return undefined;
  const start = from + located + 2;
  const value = text.slice(start, end);
  return value.length >= 4 && !CLAUSE_STOPS_IN.test(value) && HOME_END.test(value)
    ? { start, end }
    : undefined;
}
const MAX_OWN_PLACE = 24;
/** 其位于, 你所有的位于, 其名下位于: the address after it is the person's own house. */
const OWN_HOUSE_BEFORE =
  /(?:其|你|您|当事人|當事人)(?:本人)?(?:所有的|自有的|名下的?)?(?:位于|位於|坐落于|坐落於)$/;

/** Where papers reach someone (送达地址, 联系地址…), not where an office stands (办公地址). */
const REACH_LABEL = /^(?:送达|送達|联系|聯繫|通讯|通訊|邮寄|郵寄)$/;
/** …8组，系你在《送达地址确认书》中确认的: the value said to be the addressee's. */
const YOUR_AFTER = /^[，,]?[系是为為][你您]/;
/** How far back the clause before 地址（ is read for 你. */
const MAX_YOUR_ADDRESS = 40;

/**
 * Whose 住所 is read right after it: 其, 你的, the addressee's or the party's, by role or by
 * role and name (前往受送达人何丽君住所翠屏路46号…).
 */
const PERSON_BEFORE_RESIDENCE =
  /(?:其|你的?|您的?|(?:受送达人|当事人)(?:[\u4e00-\u9fff·]{2,5})?的?)$/;
/** True when a relative (其父, 之母…) or a person named (谭某某, 谭德明) holds the 住所 at `at`. */
function residenceOfPerson(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - RESIDENCE_OWNER_REACH), at).replace(LATE, '');
  if (RELATIVE_OR_MASKED.test(before)) return true;
  const end = at - (text.slice(at - 2, at) === '生前' ? 2 : 0);
  return personNameBefore(text, end) >= 0;
}

/** 生前 (a late relative's former home) between the person and 住所. */
const LATE = /生前$/;
/** A relative, or a name a redaction masked, right before 住所. */
const RELATIVE_OR_MASKED = /(?:[其之][父母妻夫子女兄弟姐妹岳]|[\u4e00-\u9fff]某某?)$/;

/** How far before 住所 PERSON_BEFORE_RESIDENCE may start. */
const RESIDENCE_OWNER_REACH = 11;

/** Most homes one 名下位于 lists (a bound against hostile input). */
const MAX_LISTED_HOMES = 8;

/** The address that ends before the dwelling word at `at`, or undefined. */
function addressBefore(text: string, at: number, needsOwner: boolean): Span | undefined {
  // Text pasted from a PDF may break the line between the address and 的住宅, or inside
  // what stands between them (…36号的自有⏎住宅).
  let cut = beforeLineBreak(text, at);
  // …建设路56号曾晓玲住处楼下: whose dwelling, named between the address and the word.
  if (!needsOwner) {
    const owner = personNameBefore(text, cut);
    // (A house or a flat before the name: a village group alone is where the person's house
    // is, as a boundary says — 东至红旗村7组范家成住房.)
    if (owner > 0 && HOUSE_END.test(text.slice(Math.max(0, owner - 4), owner))) cut = owner;
  }
  const between = BETWEEN.exec(text.slice(Math.max(0, cut - 6), cut));
  const end = beforeLineBreak(text, cut - (between ? between[0].length : 0));
  let clause = clauseStartBefore(text, end, MAX_LOOK_BACK);
  // …多次到其居住地及其父母位于会宁县…四社的家中: the place is what 位于 names, however
  // much of the clause comes before it (whose it is may stand there: 其所有的位于…的房屋).
  const clauseStart = clause;
  for (const word of LOCATING_WORDS) {
    const located = text.lastIndexOf(word, end - word.length);
    if (located >= clause) clause = Math.max(clause, located + word.length);
  }
  const segment = text.slice(clause, end);
  let firstUnit = -1;
  for (let i = 1; i < segment.length; i++) {
    if (FIRST_UNIT[segment.charCodeAt(i)] === 1) {
      firstUnit = i;
      break;
    }
  }
  if (firstUnit < 0) {
    // 其位于锦绣蓝湾花园12幢2-18-2的住宅: an estate's flat needs no place before it.
    const flat = FLAT_AFTER_ESTATE.exec(segment);
    return flat ? { start: clause + flat.index, end } : undefined;
  }
  let start = 0;
  for (const word of BEFORE_ADDRESS) {
    const last = firstUnit - 1 - word.length;
    const found = last < 0 ? -1 : segment.lastIndexOf(word, last);
    if (found >= 0 && found + word.length > start) start = found + word.length;
  }
  // A county or city name is a few characters: more before the first unit is prose.
  if (firstUnit - start > 6) return undefined;
  // 唐明富向村民陈长发租用的琵琶镇石鼓村6组: no address holds 的; the place is after the last.
  const of = segment.lastIndexOf('的');
  if (of >= start) start = of + 1;
  const value = segment.slice(start);
  // 石牛村四组 (a village group, five characters) is a whole home in the countryside.
  if (value.length < (VILLAGE_GROUP.test(value) ? 5 : 6)) return undefined;
  // 吴建平位于珙县巡场镇新华村的家中: a village is a whole home where the sentence says whose.
  const ownVillage =
    VILLAGE_END.test(value) && personBeforePlaceWord(text, clause + start) && !needsOwner;
  if (
    !hasAddressMarker(value) ||
    !(HOME_END.test(value) || ownVillage) ||
    PROSE_IN_VALUE.test(value)
  )
    return undefined;
  if (
    needsOwner &&
    !OWNED.test(text.slice(clauseStart, clause + start)) &&
    !OWNER_AFTER.test(text.slice(at + BUILDING.length, at + BUILDING.length + 6))
  )
    return undefined;
  return { start: clause + start, end };
}

/**
 * An estate's name and a flat in it, ending the clause (锦绣蓝湾花园12幢2-18-2, 翠苑小区3栋
 * 2单元501室, 湖畔嘉苑9号楼1单元101室): where the address names no town or street.
 */
const FLAT_AFTER_ESTATE =
  /(?:(?![在于於位其的至到往从從对對])[\u4e00-\u9fff]){2,8}(?:小区|小區|花园|花園|家园|家園|公寓|苑|湾|灣|城|府|庭|居)[0-9０-９]+\s*(?:[栋棟幢座]|号楼|號樓)?[0-9０-９]+(?:单元|單元|-)[0-9０-９-]+[号號室]?$/;

/** A flat alone right after a dwelling verb (其租住的301室自2023年起…), to its room. */
const FLAT_AHEAD = new RegExp(`^${FLAT_NUMBER}(?:室|房)(?![0-9０-９])`);

/**
 * A settlement named after a verb of living, with no house number (家住岜沙村, 家住东孔庄村三街,
 * 现居…锦纶路紫金苑B区7号楼, 住在…凤鸣小区家中): a village, a group, an estate, a building or a
 * street, up to the clause's end or the home after it. The verb says it is where someone
 * lives, so the shape a home's value needs under a generic label is not asked.
 */
const SETTLEMENT =
  '(?![其他她你我您一这這那附同])[\\u4e00-\\u9fff0-9０-９A-Za-z]{2,22}?(?:村|屯|寨|[组組社]|小区|小區|花园|花園|家园|家園|新城|新村|公寓|[0-9０-９A-Za-z][号號]?[楼樓栋棟幢]|[街巷弄])';
const SETTLEMENT_AHEAD = new RegExp(
  `^${SETTLEMENT}(?=的?(?:家中|家里|家裡|家|老宅|自家)|[，,。；;）)\\n、]|$)`,
);
/** A settlement and nothing else, up to a home's 的 (…凤鸣小区的家中). */
const SETTLEMENT_WHOLE = new RegExp(`^${SETTLEMENT}的?$`);
/** Where one went or was, before the settlement: 在, 回, 到… */
const PLACE_VERBS = /[在回到于於至从從]/g;
/** 位于 (after a pronoun: 其位于) between where one went and the place: passed over. */
const LOCATED = /^[其你您他她]?(?:位于|位於)/;
/** A time in the clause (当年3月回…): no part of a place. */
const TIME_WORDS = /[年月日时時]/;
const MAX_SETTLEMENT = 24;

/** Words that make a family's home of the settlement before them (…凤鸣小区家中, …三社老宅). */
const FAMILY_HOMES = ['家中', '老宅', '老屋', '旧宅', '舊宅', '祖宅', '家门口', '家門口'];

/** The settlement of a family's home ending at `at` (在阳朔镇迎宾路凤鸣小区家中). */
function settlementBefore(text: string, at: number): Span | undefined {
  const clause = clauseStartBefore(text, at, MAX_SETTLEMENT + 2);
  const before = text.slice(clause, at);
  // The first verb whose rest is a settlement alone, no time (其于当年3月回梅川镇…三社老宅).
  for (const verb of before.matchAll(PLACE_VERBS)) {
    // 带回位于金麟湾小区的家中: the place after 位于.
    const place = before.slice(verb.index + 1).replace(LOCATED, '');
    if (!SETTLEMENT_WHOLE.test(place) || TIME_WORDS.test(place)) continue;
    return { start: at - place.length, end: at - (place.endsWith('的') ? 1 : 0) };
  }
  return undefined;
}

function settlementAfter(text: string, verbEnd: number): Span | undefined {
  // 暂住在你位于福海家园的家中: whose home it is first, the place after 位于.
  let start = afterWhoseHome(text, verbEnd);
  if (start === verbEnd && text.charCodeAt(start) === 0x5728) start++;
  const place = SETTLEMENT_AHEAD.exec(text.slice(start, start + MAX_SETTLEMENT + 4));
  return place ? { start, end: start + place[0].length } : undefined;
}

function bareFlatAfter(text: string, start: number): Span | undefined {
  const flat = FLAT_AHEAD.exec(text.slice(start, start + 16));
  return flat ? { start, end: start + flat[0].length } : undefined;
}

/** An estate's flat ending at `at` with no town or street before it (该小区12幢1单元702户). */
function estateFlatBefore(text: string, at: number): Span | undefined {
  const clause = clauseStartBefore(text, at, MAX_LOOK_BACK);
  const flat = ESTATE_FLAT.exec(text.slice(clause, at));
  return flat ? { start: clause + flat.index, end: at } : undefined;
}
/** A building, a unit and a flat (12幢1单元702户, 7栋1402房), the clause's end after it. */
const ESTATE_FLAT = new RegExp(`${BUILDING_FLAT}$`);

function isOpeningBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28;
}

/** Where the clause that `at` ends starts, read back at most `reach` characters. */
function clauseStartBefore(text: string, at: number, reach: number): number {
  let clause = at;
  while (clause > 0 && at - clause < reach && CLAUSE_STOPS[text.charCodeAt(clause - 1)] === 0)
    clause--;
  return clause;
}

/** Before a line break (with its spaces) that ends at `at`, or `at`. */
function beforeLineBreak(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x3000) i--;
  if (text.charCodeAt(i - 1) !== 0x0a) return at;
  i--;
  if (text.charCodeAt(i - 1) === 0x0d) i--;
  return i;
}

/** A village, with no group or house after it (珙县巡场镇新华村). */
const VILLAGE_END = /[^\u4e00-\u9fff]?[\u4e00-\u9fff]{2,}[县縣镇鎮乡鄉][\u4e00-\u9fff]{1,6}村$/;

/**
 * True when a person stands right before the 位于 that ends at `at` (吴建平位于…, 其位于…,
 * 当事人位于…): the place after it is that person's own.
 */
function personBeforePlaceWord(text: string, at: number): boolean {
  const word = text.slice(at - 2, at);
  if (word !== '位于' && word !== '位於') return false;
  const before = at - 2;
  if (/(?:[你您其他她我]|当事人)$/.test(text.slice(Math.max(0, before - 3), before))) return true;
  // The name may follow a role word (其男友吴建平位于…) or a preposition (居住在吴建平位于…).
  return personNameBefore(text, before) >= 0;
}

/** A village and a group or team in it, as a whole address (石牛村四组, 关山村2组, 金钟村一队). */
export const VILLAGE_GROUP =
  /^[\u4e00-\u9fff]{1,6}[村社][0-9０-９一二三四五六七八九十]{1,3}[组組社队隊]$/;

/** The last characters of a house or a flat (…56号, …302室, …2栋). */
const HOUSE_END = /(?:[0-9０-９][号號室]|[栋棟幢]|单元|單元)$/;

/** An estate's flat as residents write it, building-unit-flat (东方丽景3-1-602). */
const DASHED_FLAT =
  /^[\u4e00-\u9fff]{2,10}[0-9０-９]{1,3}[-－][0-9０-９]{1,2}[-－][0-9０-９]{2,4}$/;

/** A building and a flat in it: 2栋1单元602号, 8栋301室. */
const BUILDING_UNIT =
  /[0-9０-９]+\s*(?:[栋棟幢座]|[号號#＃]楼|號樓)[\s\S]*[0-9０-９]+\s*[号號室房]$/;

/**
 * Between a dwelling word and the address after it: 其住房位于…, 家中（…）, 住宅为…,
 * 其住处，即桐兴村11组8号, 名下住房一套（…）.
 */
const INTO_ADDRESS =
  /^(?:[，,]?(?:位于|位於)|坐落于|坐落於|地址为|地址為|地址是|为|為|在|(?:一[套处處间間栋棟]|内|內)?[（(](?:位于|位於|坐落于|坐落於)?|一[套处處间間栋棟][，,]?(?:位于|位於|坐落于|坐落於)|[，,]?即)/;
/** Where in the home a thing stands, after its address (…15号院内, …22号楼顶). */
const WITHIN_HOME =
  /(?:院内|院內|院坝|院壩|楼顶|樓頂|屋顶|屋頂|楼道内|樓道內|楼道|樓道|家中|家|内|內)$/;
/**
 * An address, then what happened inside that home (…402室内查获…, …3组家中发现…), a room of a
 * courtyard house part of it (…槐院巷18号院东厢房内找到).
 */
const INSIDE_HOME =
  /^(.*(?:[0-9０-９][号號室户戶组組]|单元|單元|二楼|三楼)(?:院[东西南北]?(?:厢房|廂房|正房|偏房|平房|耳房|堂屋))?)(?:院内|院內|院坝|院壩|楼道|樓道|家中|内|內|里|裡)/;
/** How far an address after a dwelling word may run. */
const MAX_LOOK_AHEAD = 60;

/**
 * The address right after a dwelling word (其住房慶符鎮沙壩村二組15號樓頂, 其住房位于纳溪区…
 * 18号, 在其家中（白沙镇石堡村三组12号）), or undefined.
 */
/**
 * 其本人住在长江大道西段滨江国际: after 住在 (暂住, 其住…), a street and the estate where one
 * lives, with no house number: the whole clause up to the estate's last word.
 */
function estateAfter(text: string, start: number): Span | undefined {
  const estate = STREET_ESTATE.exec(text.slice(start, start + MAX_LOOK_AHEAD));
  return estate ? { start, end: start + estate[0].length } : undefined;
}
/** A street (…路, …大道, …街) and then a residential estate's name, the clause's end after it. */
const STREET_ESTATE =
  /^[\u4e00-\u9fff0-9０-９]{0,12}?(?:路|大道|街)[\u4e00-\u9fff0-9０-９]{0,8}?(?:小区|小區|花园|花園|家园|家園|公寓|国际|國際|华庭|華庭|名都|苑)(?=[，,。；;）)\n]|$)/;

function addressAfter(text: string, wordEnd: number): Span | undefined {
  const into = INTO_ADDRESS.exec(text.slice(wordEnd, wordEnd + 6));
  // Whose home it is may come first (暂住其女胡晓梅位于泸县…的住宅, 租住在余德兵所有的南溪区…):
  // the address is after 位于 or 所有的.
  const whose = WHOSE_HOME.exec(text.slice(wordEnd, wordEnd + MAX_WHOSE_HOME));
  const from = whose ? wordEnd + whose[0].length : wordEnd + (into ? into[0].length : 0);
  // Text pasted from a PDF may break the line before the address (其住所位于⏎宜宾市…).
  const start = afterLineBreak(text, from);
  let end = start;
  const limit = Math.min(text.length, start + MAX_LOOK_AHEAD);
  while (end < limit && CLAUSE_STOPS[text.charCodeAt(end)] === 0) end++;
  const across = addressAcrossBreak(text, start, end);
  if (across) return { start, end: across.end };
  let value = text.slice(start, end);
  // 在其家中（宰荡村3组）: a bracket right after the dwelling word holds its address and nothing
  // else, so a village's group is enough there (a shorter value than isHomeShaped takes).
  if (
    into?.[0].endsWith('（') &&
    text.charCodeAt(end) === 0xff09 &&
    (VILLAGE_GROUP.test(value) || COUNTY_VILLAGE.test(value))
  )
    return { start, end };
  const within = WITHIN_HOME.exec(value);
  if (within) value = value.slice(0, value.length - within[0].length);
  else {
    // The clause goes on inside the home (…402室内查获记账本): the address ends before 内.
    const inside = INSIDE_HOME.exec(value);
    if (inside) value = inside[1]!;
  }
  // The clause goes on after the home (租住的…601室进行检查, 家位于…7组的闲置偏房内): the
  // address ends at its house, flat or group.
  const house = HOUSE_THEN_PROSE.exec(value);
  if (house && isHomeShaped(house[1]!)) value = house[1]!;
  else if (!isHomeShaped(value)) {
    const words = HOUSE_THEN_WORDS.exec(value);
    if (!words || !isHomeShaped(words[1]!)) return undefined;
    value = words[1]!;
  }
  return { start, end: start + value.length };
}

/** A village named down from its county (电白区南海街道岭门村委会岭门村), in such a bracket. */
const COUNTY_VILLAGE = /^[\u4e00-\u9fff]{1,8}[县縣区區市][\u4e00-\u9fff]{2,16}[村屯寨]$/;

/** Someone named before the place of their home (其女胡晓梅位于, 余德兵所有的), up to it. */
const WHOSE_HOME = /^[^，。；、\n（(]{1,10}?(?:位于|位於|所有的)/;
const MAX_WHOSE_HOME = 12;

/**
 * Where the place starts in a home's value that first says whose it is (现租住于房东卢桂香位于
 * 南溪区…: the address is after 位于, and the landlord's name is no part of it).
 */
export function afterWhoseHome(text: string, start: number): number {
  const whose = WHOSE_HOME.exec(text.slice(start, start + MAX_WHOSE_HOME));
  return whose ? start + whose[0].length : start;
}

/** An address, then words that are not part of it: the address is up to its last unit. */
const HOUSE_THEN_PROSE =
  /^(.*?(?:[0-9０-９][号號室户戶组組栋棟幢]|单元|單元)(?:[一二三四五六七八九十0-9０-９]{1,2}[楼樓层層])?)(?:的|进行|進行|内|內|里|裡|被|将|將|堆|存|经|經|开|開|从|從|查|楼下|樓下|需|已|均|仍|无法|無法)/;

/**
 * Any other word after the address's last unit, one no address goes on with (楼, 栋, 单元,
 * 室, 附…): 蒋涛租住的…301室找到其本人. Tried when the words above are not there and the
 * clause does not end as a home.
 */
const HOUSE_THEN_WORDS =
  /^(.*(?:[0-9０-９][号號室户戶组組房]|单元|單元))(?=[\u4e00-\u9fff])(?![楼樓栋棟幢单單元室层層附号號组組社户戶院门門之屋间間])/;

/** After one line break at `at` (with the spaces around it), or `at`. */
function afterLineBreak(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) !== 0x0a) return at;
  i++;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000) i++;
  return i;
}

/** An address's value, then what may follow it on its line: up to its last unit. */
const UP_TO_LAST_UNIT = /^.*(?:[0-9０-９] ?[号號室户戶组組栋棟幢房]|单元|單元)/;
/** What the rest of a cut address never holds: a sentence's words, a date, a redaction. */
const NOT_A_REST =
  /^[你您其我他她在于於从向将將对對]|[在时時年的【】]|发现|發現|走访|走訪|位于|位於/;
/** Where the rest of a cut address stops: a clause's end, a cell's, a quotation. */
const REST_STOPS = characterSet('，,。；;：:\n\r\t（(）)、　 【】\u2063“”"');
/** How far the rest of a cut address may run on the next line. */
const MAX_CONTINUATION = 40;

/**
 * An address cut by a line break at `end`, as a PDF's lines cut it (…现居住于泸县云龙镇石⏎
 * ⏎- 1 -⏎⏎桥村11组36号，…): when the part before the break is no whole home and, with the
 * next line's start up to its last unit, it is, the address ends there. Returns that end and
 * the address read across the break (undefined when it does not go on).
 */
export function addressAcrossBreak(
  text: string,
  start: number,
  end: number,
): { end: number; value: string; restStart: number } | undefined {
  let cut = end;
  while (cut > start && isSpace(text.charCodeAt(cut - 1))) cut--;
  let after = cut;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  if (cut === start) return undefined;
  // A line break, or the spaces a <br> inside a table cell leaves in the page's text.
  const cellBreak = after - cut >= 2 && after < text.length && !isLineBreak(text.charCodeAt(after));
  if (!isLineBreak(text.charCodeAt(after)) && !cellBreak) return undefined;
  const before = text.slice(start, cut);
  // A home already whole, or already redacted (利川市【已脱敏】: the next line is not its rest).
  if (HOME_END.test(before) || before.includes('【')) return undefined;
  const next = cellBreak ? after : continuationAfter(text, after);
  if (next < 0) return undefined;
  let stop = next;
  const limit = Math.min(text.length, next + MAX_CONTINUATION);
  // (9 号楼 1 单元 302 室: a PDF's spaces between digits and words are no stop.)
  while (
    stop < limit &&
    (REST_STOPS[text.charCodeAt(stop)] === 0 || (stop > next && isPdfSpaceAt(text, stop)))
  )
    stop++;
  const rest = UP_TO_LAST_UNIT.exec(text.slice(next, stop));
  // The next line's sentence (你于2023年8月在团堡镇…5组) is no rest of an address.
  if (!rest || NOT_A_REST.test(rest[0])) return undefined;
  const value = before + rest[0];
  const read = withoutPdfSpaces(value, 0, value.length);
  return isHomeShaped(read) ? { end: next + rest[0].length, value, restStart: next } : undefined;
}

/**
 * The pieces of a home's span text[start, end) either side of the breaks it was read across
 * (addressAcrossBreak), each to be redacted on its own so that what stands between them (a
 * page number, a cell's line break) stays; a span read across none is one piece.
 */
export function addressPieces(text: string, start: number, end: number): Span[] {
  const pieces: Span[] = [];
  // A value put on the line after its label (住址：⏎内江市…) starts past the break.
  let from = start;
  while (from < end && (isLineBreak(text.charCodeAt(from)) || isSpace(text.charCodeAt(from))))
    from++;
  for (;;) {
    let stop = from;
    while (stop < end && !isLineBreak(text.charCodeAt(stop)) && !isCellBreak(text, stop)) stop++;
    const across = stop < end ? addressAcrossBreak(text, from, stop) : undefined;
    if (!across || across.end > end) {
      pieces.push({ start: from, end });
      return pieces;
    }
    pieces.push({ start: from, end: stop });
    from = across.restStart;
  }
}

/** Two blanks or more at `at`: what a <br> inside a table cell leaves in the page's text. */
function isCellBreak(text: string, at: number): boolean {
  return isSpace(text.charCodeAt(at)) && isSpace(text.charCodeAt(at + 1));
}

/**
 * A place the public goes to, no one's home (转移去向：新沙村文化室, 安置点：…小学体育馆):
 * where a row or a block about a person sends them.
 */
const PUBLIC_FACILITY =
  /(?:文化室|文化站|活动室|活动中心|体育馆|学校|小学|中学|幼儿园|村委会|村民委员会|居委会|礼堂|祠堂|安置点|避险点|避难场所|卫生院|医院|敬老院|养老院|派出所|办事处|人民政府|服务中心)$/;

export function isPublicFacility(value: string): boolean {
  return PUBLIC_FACILITY.test(value);
}

/**
 * Whether `value` reads as a house's address on its own: a place (沙壩村, 李庄镇, 纳溪区…)
 * within its first few characters and a house, flat or village group at its end; a flat in
 * a housing estate needs no place before it (芳邻苑2栋1单元602号).
 */
export function isHomeShaped(value: string): boolean {
  let firstUnit = -1;
  for (let i = 1; i < Math.min(value.length, 7); i++) {
    if (FIRST_UNIT[value.charCodeAt(i)] === 1) {
      firstUnit = i;
      break;
    }
  }
  const flat = BUILDING_UNIT.test(value) || DASHED_FLAT.test(value);
  if ((firstUnit < 0 && !flat) || value.length < 6) return false;
  return (hasAddressMarker(value) || flat) && HOME_END.test(value);
}
