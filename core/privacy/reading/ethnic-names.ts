import { characterSet, isHanCode } from '../internal/chars';

/**
 * Names of Sichuan's Yi and Tibetan people as written in Han characters, which carry no Han
 * surname: a Yi name is the clan's name and a given name (吉克曲布, 阿苏拉哈, 沙马木呷), read
 * as a compound surname is; a Tibetan name is one or two given names of a known stock (泽仁
 * 卓玛, 扎西多吉, 央宗), with no surname at all. Decisions of the counties of 凉山, 甘孜 and
 * 阿坝 name their parties and witnesses so.
 *
 * Limit: the lists hold the common clans and name elements, not all; a rarer one is read only
 * after a label (姓名：…), as any name without a surname is.
 */

/** Common Yi clan names (家支), which a given name of two characters follows. */
export const YI_CLANS: readonly string[] = (
  '阿苏 吉克 沙马 海来 俄底 阿牛 曲比 阿的 勒格 勒尔 俄木 马海 吉伍 阿约 瓦扎 木乃 日火 加拉 ' +
  '阿尔 的日 吉觉 拉马 苏呷 井曲 金古 罗洪 阿鲁 吉木 阿西 沙玛 倮伍 比尔 安哈 阿侯 阿说 马黑 ' +
  '吉力 阿于 补约 巴且 阿皮 吉狄 阿库 立布 贾巴 俄地 洛古 阿合 依火 吉好 莫色 阿卓 曲木 的惹 ' +
  '阿衣 尔古 苦惹 马加 沙呷 阿克 吉史 阿达 吉则 阿木 吉尔 吉牛 阿吉 马尔 阿布 曲莫 吉拉 阿什 ' +
  '阿育 斯日 俄尔 吉火 吉拿 阿洛 吉地 阿别 勒勒 瓦渣 以木 阿比 吉列 俄其 吉萨 阿呷 沙伍'
).split(' ');

/** Given names of Tibetans, two characters each; a full name is one or two of them. */
const TIBETAN_ELEMENTS: ReadonlySet<string> = new Set(
  (
    '扎西 泽仁 格桑 次仁 洛绒 尼玛 多吉 卓玛 拉姆 央金 仁青 降措 益西 顿珠 旺堆 贡布 四郎 泽郎 ' +
    '达瓦 巴桑 索朗 平措 丹增 曲珍 德吉 拥忠 阿旺 呷绒 嘎玛 土登 洛桑 更登 斯郎 降央 泽翁 郎加 ' +
    '翁姆 俄色 此里 登珠 邓珠 罗布 白玛 卓嘎 央宗 拉巴 多杰 贡嘎 泽让 拉吉 拥措 曲措 扎巴 降村 ' +
    '次措 志玛 拉措 泽珍 格勒 昂旺 洛让 仁真 呷玛 泽登 次旦 拉珍 根秋 彭措 扎拉 四朗 洛珠 根呷 ' +
    '巴登 邓真 泽尔 拉翁 曲吉 则玛 央拉 益珍 向巴 降泽 俄珠 阿措 绒布 旺姆 仁增 江措 群培 ' +
    '曲扎 格绒 桑珠 多登 拥珍 德西 卓措 达娃 次珍 索南 平措 尼珍 泽旺 仁措 贡秋 此称 生格 ' +
    // Qinghai's and Gansu's (Amdo) spellings of the same stock (才仁 for 次仁, 才让 for 泽仁).
    '才仁 才让 江才 昂文 尕松 才旦 加措 更尕 尕玛 公保 完德 周措 拉毛 才吉 桑杰 旦正 南加 ' +
    '万玛 东主 更藏 才项 久美 多拉 旦增 卓嘎 拉加 才让 吉太 仁增 闹日 德乾 索昂 贡去'
  ).split(' '),
);

const TIBETAN_FIRSTS = characterSet([...TIBETAN_ELEMENTS].map((element) => element[0]).join(''));

/**
 * Mongolian given names as Inner Mongolia's decisions write them (巴特尔, 苏日娜, 额尔敦), whole
 * words of two to four characters; a full name is one or two of them (乌云其其格, 萨仁高娃,
 * 额尔敦巴雅尔). Not the ones that are also places (乌兰, 赛罕, 查干, 呼和, 白音).
 */
const MONGOLIAN_NAMES: readonly string[] = (
  '巴特尔 巴图 巴雅尔 布和 朝鲁 达来 额尔敦 额日和木 敖登 敖其尔 格日勒 哈斯 吉日嘎拉 孟和 那仁 ' +
  '娜仁 其其格 其木格 萨仁 萨日娜 斯琴 苏和 苏日娜 塔娜 特木尔 图门 图雅 乌云 乌力吉 乌日娜 ' +
  '阿拉坦 阿古拉 毕力格 满都拉 德力格尔 高娃 额尔德尼 通拉嘎 都仁 宝力道 阿木古楞 那顺 乌恩 ' +
  '呼格吉勒 萨础拉 其勒木格 图布信 朝格图 额布勒 哈日巴拉 巴音 敖日格勒'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
/** The names by their first character (高, 苏, 孟 start many Han names too), longest first. */
const MONGOLIAN_BY_FIRST = new Map<number, string[]>();
for (const name of MONGOLIAN_NAMES) {
  const first = name.charCodeAt(0);
  const names = MONGOLIAN_BY_FIRST.get(first);
  if (names) names.push(name);
  else MONGOLIAN_BY_FIRST.set(first, [name]);
}
const MONGOLIAN_FIRSTS = characterSet(MONGOLIAN_NAMES.map((name) => name[0]).join(''));

/** The Mongolian name element at `at` (the longest), or its length 0. */
function mongolianElementAt(text: string, at: number, limit: number): number {
  if (MONGOLIAN_FIRSTS[text.charCodeAt(at)] !== 1) return 0;
  // The second character decides most: 苏和 and 苏日娜 share 苏, 苏州 matches neither.
  for (const name of MONGOLIAN_BY_FIRST.get(text.charCodeAt(at))!)
    if (
      text.charCodeAt(at + 1) === name.charCodeAt(1) &&
      at + name.length <= limit &&
      text.startsWith(name, at)
    )
      return name.length;
  return 0;
}

/**
 * The end of a Mongolian name at `at`, or -1: two elements (萨仁高娃), or one standing alone
 * before what is not a Han character (苏和（…）, 额尔敦，), as for a Tibetan name.
 */
export function mongolianNameEnd(text: string, at: number, limit: number): number {
  const first = mongolianElementAt(text, at, limit);
  if (first === 0) return -1;
  const second = mongolianElementAt(text, at + first, limit);
  if (second > 0) return at + first + second;
  const end = at + first;
  return end >= limit || !isHanCode(text.charCodeAt(end)) ? end : -1;
}
const YI_FIRSTS = characterSet(YI_CLANS.map((clan) => clan[0]).join(''));

/** True when a Yi clan's name starts at `at` (吉克曲布's 吉克). */
export function yiClanAt(text: string, at: number): boolean {
  return YI_FIRSTS[text.charCodeAt(at)] === 1 && YI_CLANS.some((clan) => text.startsWith(clan, at));
}

function tibetanElementAt(text: string, at: number, limit: number): boolean {
  return (
    at + 2 <= limit &&
    TIBETAN_FIRSTS[text.charCodeAt(at)] === 1 &&
    TIBETAN_ELEMENTS.has(text.slice(at, at + 2))
  );
}

/**
 * The end of a Tibetan name at `at`, or -1: two elements (泽仁卓玛), or one standing alone
 * before what is not a Han character (央宗，, 更登（), which a word of prose seldom is.
 */
export function tibetanNameEnd(text: string, at: number, limit: number): number {
  if (!tibetanElementAt(text, at, limit)) return -1;
  if (tibetanElementAt(text, at + 2, limit)) return at + 4;
  return at + 2 >= limit || !isHanCode(text.charCodeAt(at + 2)) ? at + 2 : -1;
}

/**
 * A Uyghur's, a Kazakh's or a Kyrgyz's name as Chinese documents write it: a given name and
 * the father's, transliterated, joined by a middle dot (买买提江·艾合买提, 古丽娜尔·阿不都热依木),
 * and no surname. The last part ends where the sentence goes on: a stop, a word that
 * follows names (`endsName`), at most eight characters.
 */
export function dottedNameEnd(text: string, at: number, endsName: (at: number) => boolean): number {
  if (!dotAhead(text, at)) return -1;
  let part = at;
  let parts = 0;
  for (;;) {
    let end = part;
    while (end < part + MAX_DOTTED_PART && isHanCode(text.charCodeAt(end))) end++;
    if (end - part < 2) return -1;
    parts++;
    if (parts < 3 && NAME_DOTS[text.charCodeAt(end)] === 1 && isHanCode(text.charCodeAt(end + 1))) {
      part = end + 1;
      continue;
    }
    if (parts < 2) return -1;
    // The sentence going on after the last part (阿不力米提·肉孜出具证明): cut where it starts,
    // at a character such names are not spelt with or a word that follows names.
    for (let k = part + 2; k < end; k++)
      if (TRANSLITERATION[text.charCodeAt(k)] !== 1 || endsName(k)) return k;
    return end;
  }
}

/**
 * The characters Uyghur, Kazakh and Kyrgyz names are transliterated with (阿不都热依木, 买买提,
 * 古丽娜尔, 吐尔逊, 努尔兰): past the first two of the last part, any other one is where the
 * sentence goes on.
 */
const TRANSLITERATION = characterSet(
  '阿艾爱安昂奥巴拜班邦包贝毕别比波伯博不布达代丹道得德迪丁汀东都杜多朵尔俄厄额恩凡法菲夫甫尕改干刚高戈格根古哈海罕汉汗好合和赫黑亨洪乎胡华吉加佳贾江杰金居喀卡开凯坎柯科克肯坤库夸阔奎昆拉来莱赖兰朗勒雷里力丽利莉列林琳刘龙鲁罗洛马玛迈麦买曼毛梅美蒙米敏明莫墨木穆那纳娜乃奈尼宁努诺帕潘佩皮普其奇恰乔切钦热仁日如茹肉撒萨赛桑色森沙莎山尚舍什斯松苏素塔泰太坦特提天铁帖图吐托娃瓦万旺维韦乌吾西希夏肖谢新兴逊许雅亚扬耶伊依优尤于玉则扎孜兹祖',
);

/**
 * True when `text` holds one of the dots a Uyghur's or a Kazakh's name is written with: three
 * indexOf scans, much faster than a regex's character class over a document. The answer for
 * the text asked about last is kept: a document is asked wherever a name may start in it, and
 * most documents hold no dot.
 */
export function hasNameDot(text: string): boolean {
  if (text !== dotText) {
    dotText = text;
    dotInText = text.indexOf('·') >= 0 || text.indexOf('•') >= 0 || text.indexOf('・') >= 0;
  }
  return dotInText;
}

let dotText = '';
let dotInText = false;

/** A name's dot within the first part's reach of `at` (asked wherever a name may start). */
function dotAhead(text: string, at: number): boolean {
  if (!hasNameDot(text)) return false;
  const limit = Math.min(text.length, at + MAX_DOTTED_PART + 1);
  for (let k = at + 2; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (NAME_DOTS[code] === 1) return true;
    if (!isHanCode(code)) return false;
  }
  return false;
}

/** Longest part of a dotted name read. */
const MAX_DOTTED_PART = 8;
/** The dots between the parts: middle dot, bullet, katakana middle dot. */
const NAME_DOTS = characterSet('·•・');

/** True when `code` is one of the dots between a dotted name's parts. */
export function isNameDot(code: number): boolean {
  return NAME_DOTS[code] === 1;
}

/** The part of a dotted name before its first dot (买买提江 of 买买提江·艾合买提), if it has one. */
export function dottedGivenName(name: string): string | undefined {
  for (let k = 0; k < name.length; k++)
    if (NAME_DOTS[name.charCodeAt(k)] === 1) return name.slice(0, k);
  return undefined;
}
