import { characterSet, foldCode, isHanCode } from '../internal/chars';
import { COMPOUND_SURNAMES as MASKED_COMPOUND_SURNAMES } from '../surnames';

/**
 * Two-character surnames the reader knows: the masks' (surnames.ts, in the widgets' first
 * view) and rarer ones only the reading needs (鲜于婷 is masked 鲜某某, but found).
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  ...MASKED_COMPOUND_SURNAMES,
  ...'鲜于 闻人 万俟 濮阳 澹台 公冶 宗政 赫连 太史 钟离 呼延 单于 百里 东郭 拓跋 左丘 梁丘'.split(
    ' ',
  ),
];

import { isDictionaryWord, nameEndBeforeWord } from './dictionary-word';
import { dottedNameEnd, mongolianNameEnd, tibetanNameEnd, yiClanAt } from './ethnic-names';
import { NAME_MASK_CHARACTERS } from './name-masks';
import { traditionalForms } from './name-variants';
import { ROLE_WORDS } from './roles';

/**
 * Reading a Chinese personal name where the text does not mark its end (证人刘大海证实…,
 * 其妻子林燕（…）): a common surname, then one or two given characters (a compound surname,
 * 欧阳, 司马…, then one or two more).
 */

/** Two-character words for a person (roles.ts), which no given name is. */
const PERSON_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_WORDS.map(([word]) => word).filter((word) => word.length === 2),
  // Titles of people in office, which no role word is (向法官请客送礼, 向律师咨询).
  '法官',
  '律师',
  '警官',
  '法警',
]);

/**
 * Surnames of the west and the borders that start common words too (纳税, 畅通, 字样, 岩石,
 * 撒谎): Hui ones of Gansu and Ningxia (冶秀芳, 纳秀芳, 妥文华), a Yi one of Yunnan (杞光林), the
 * 岩 that starts Dai men's names as 玉 starts women's (岩罕, 玉香), and rarer ones met in
 * decisions (字春梅, 綦美华, 畅国栋). Not 者, which ends 经营者, 消费者 before a name.
 */
const WORD_STARTING_SURNAMES = '冶纳妥撒拜喇杞岩字綦畅木刀虎茶';

/** Common single-character surnames (百家姓 and the national surname statistics), Simplified and Traditional. */
const SURNAMES =
  '代赖萧王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  // Rarer surnames met in decisions (宓晓燕, 谯永福, 税明杰, 先小军, the Korean 玄东日).
  '丘禤贝洪洛弘滑蔚濮钮韶贲逄郈佴琚璩厍乜庾蓟莘汲羿钦巢扶习寿堵咸宓谯仉隗殳郗庹糜眭訾郦郏蹇笪暨荀缑酆邴桓苻宦蒯禄阎鄂竺钭税先玄' +
  WORD_STARTING_SURNAMES +
  '張劉陳楊黃趙吳週孫馬鄭謝許韓馮鄧蔣蔡葉蘇魏呂盧薑鍾譚陸汪賈韋鄒熊邱閆賀顧龔萬錢嚴湯溫龐顏莊聶詹歐關蘭俞甯紀淩畢裴塗駱藍遊靳鮑喻蒲饒聞戚嶽欒隋劉羅羅楊盧區鄺';

const RARE_SURNAMES = characterSet(WORD_STARTING_SURNAMES);

// Every surname's Traditional form too (龍, 賴, 蕭), whether or not listed above.
const SURNAME_TABLE = characterSet(SURNAMES + traditionalForms(SURNAMES));

/** Characters that end a name for sure: punctuation, spaces, brackets, digits' neighbours. */
const HARD_STOPS = characterSet(
  '，,。．.、；;：:！!？?（）()【】[]《》“”"\'‘’ \u3000\u00a0\t\n\r—-…·/',
);

/**
 * Characters that usually follow a name in a decision (张三的, 张三等, 张三称, 张三系…), so a
 * name ends before them. A given name may hold one of them (张和平): a longer reading is
 * still taken when the document uses it elsewhere.
 */
const SOFT_STOPS = characterSet(
  '的等在于与和及系是为称说证陈供反报发介表承签确作将被因向对从到把给也都已未不均并还则即所以由经来去拿打用让叫请要会能可应该曾当从现之其在于受持驾开到处家有无二三四五六七八九十两几各共正负协陪代帮替送领购同住常电手投仅',
);

/** True for a character that usually follows a name (的, 在, 从, 称…): prose goes on there. */
export function isSoftStop(code: number): boolean {
  return SOFT_STOPS[foldCode(code)] === 1;
}

/**
 * Characters a given name almost never holds but legal prose puts right after a surname
 * character (当事人应自收到…, 受害人于当日…, 证人向本局…): a reading with one of them as the
 * first given character is no name.
 */
const NOT_GIVEN = characterSet(
  '自于在对向将把被的了其所已未不无是以及或等该此各每内外前后日月年件份个只条款项号次期间罚决定书当即并且但而就都也还又再从到给让使因由经过据按照依称说讲收本',
);

/** 本 and what it points at: the agency, the case, this month or place (向本局, 于本月). */
const THIS_WORDS = /^本[局院所委队案人月年次市县区镇村级单机部办厅]$/;

/** After 从, what makes a word of prose (从旁, 从事, 从未, 从中, 从此…), not a given name. */
const AFTER_FROM = characterSet('旁事而未此中来小没不无前后头严重轻快速宽新今即');
/** After 再, what makes a word of prose (再次, 再度, 再犯, 再行…), not a given name (杨再兴). */
const AFTER_AGAIN = characterSet('次度犯行也无不未审议造生现用加三');

/** Of NOT_GIVEN, the characters that start given names often (向东, 自强, 月华, 日新, 书琴, 定国, 本清). */
const GIVEN_TOO = characterSet('向自月日书定依经前本从再');

/** Of the soft stops, those that a two-character name is followed by far more often than a
 * three-character name ends in (张三系当事人, 李四的, 王五等): they decide a tie. */
const STRONG_STOPS = characterSet('系的等称与及在于是将被向对从把亦');

/** Of those, the ones no name ends with, however often the text writes them after it (司马俊的 ×2). */
const NEVER_LAST = characterSet('的等');

/**
 * Words that follow a name and start with a character given names also end in (文海正在洗车,
 * 与其母亲刘燕同住): where one starts after two characters, the name is those two.
 */
const FOLLOWING_WORDS = [
  '正在',
  // 医生上官明出具了…证明: what a doctor, an office or a witness issued.
  '出具',
  '审批',
  '審批',
  '同住',
  '同居',
  // 李文静、张宏会同会宁县…: did it together with (会 and 同 both follow names alone too).
  '会同',
  '會同',
  // 申磊拟在申丽家中居住: at someone's home (家 may end a given name, 家中 does not).
  '家中',
  '家里',
  '家裡',
  // 员工付强暂住在其女儿家: where the person lives, after the name.
  '暂住',
  '暫住',
  '租住',
  '借住',
  '寄住',
  '一起',
  '一同',
  '一并',
  '同时',
  '同在',
  '联系',
  '聯繫',
  '多次',
  '再次',
  '陪同',
  '配合',
  '带领',
  '帶領',
  '代为',
  '代為',
  '代收',
  '签字',
  '簽字',
  '签收',
  '簽收',
  '签名',
  '簽名',
  '到场',
  '到場',
  '前往',
  '参加',
  '參加',
  '作为',
  '作為',
  '帮忙',
  '幫忙',
  '负责',
  '負責',
  '通过',
  '通過',
  '使用',
  '持有',
  '承认',
  '承認',
  '举报',
  '舉報',
  '投诉',
  '投訴',
  '报警',
  '報警',
  '证实',
  '證實',
  '提供',
  '提出',
  '检查',
  '檢查',
  '诊断',
  '診斷',
  // 为患者向春梅进行的检查: 进行 goes on from a name (and its 行 ends no bank's name there).
  '进行',
  // 唐丽曾于…: 曾 (once) then when, where or how often, not a given name's last character.
  '曾于',
  '曾在',
  '曾经',
  '曾向',
  '曾多次',
  '目睹',
  '看见',
  '看見',
  '发现',
  '發現',
  '驾驶',
  '駕駛',
  // 冉勇名下的面包车: in whose name a thing is.
  '名下',
  // 申请人邓国庆就此投诉, 周敏向本局反映: about what, to whom the person turned.
  '就此',
  '就其',
  '就该',
  '就該',
  '向本',
  '向我',
  '向该',
  '向該',
];
const FOLLOWING_FIRSTS = characterSet(FOLLOWING_WORDS.map((word) => word[0]).join(''));

export function startsFollowingWord(text: string, at: number): boolean {
  return (
    FOLLOWING_FIRSTS[text.charCodeAt(at)] === 1 &&
    FOLLOWING_WORDS.some((word) => text.startsWith(word, at))
  );
}

/** Values that are not names even though they start with a surname character. */
const NOT_NAMES = new Set([
  '本人',
  // Words that start with the rarer surnames, which the segmenter may not know.
  '字样',
  '字樣',
  '字迹',
  '字体',
  '畅通',
  '畅销',
  '纳税',
  '纳入',
  '岩石',
  '岩层',
  '撒谎',
  '拜访',
  // 木工劳务, 木工班组交由…: a trade's work and its team after a trade's word.
  '劳务',
  '勞務',
  '班组',
  '班組',
  // 文书名称及文号: a document's title, 称 after it no one's saying.
  '文书',
  '文書',
  '代理',
  '商议',
  '康复',
  '任何',
  '居住',
  '生活',
  '商量',
  '商定',
  '代表',
  '代办',
  '代码',
  '代碼',
  '强迫',
  '強迫',
  '宣告',
  // 监护人应自视为送达之日起…: "shall, from".
  '应自',
  '无',
  '不详',
  '同上',
  '暂无',
  '未知',
  '宿舍',
  '明确',
  '明显',
  '时间',
  '时候',
  '平时',
  '国家',
  '海关',
  '强制',
  '和解',
  '安全',
  '安排',
  '文件',
  '方面',
  '方式',
  '高度',
  '常年',
  '金额',
  '利益',
  '利用',
  '成年',
  '成员',
  '全部',
  '全体',
  '信息',
  '关系',
  '管理',
  '车辆',
  '车牌',
  '号牌',
  '单位',
  '工作',
  '原因',
  '相关',
  '向其',
  '于是',
  '于当',
  '当日',
  '当天',
  '当场',
  '当时',
  '申请',
  '来源',
  '公司',
  '公安',
  '公民',
  '个人',
  '华人',
  '国内',
  '海外',
  '安装',
  '元整',
  '司法',
  '计算',
  '计划',
  '平方',
  '万元',
  '石料',
  '房屋',
  '房间',
  '路口',
  '那里',
  '支付',
  '支队',
  '区域',
  '区间',
  '陈述',
  '陳述',
  '全程',
  '应邀',
  '居住',
  '银行',
  '銀行',
  '游泳',
  '遊泳',
  '申诉',
  '申訴',
  '申报',
  '申報',
  '许可',
  '許可',
  '全额',
  '全額',
  '初中',
  '高中',
  '江段',
  '河段',
  '车辆',
  '车数',
  '花名册',
  '代为',
  '代為',
  '严加',
  '嚴加',
  // 市民来电举报, 向业主公示, 患者白天到院: words after a role word, not names.
  '来电',
  '來電',
  '来信',
  '來信',
  '来访',
  '來訪',
  '公示',
  '公告',
  '公开',
  '公開',
  '白天',
  // 会员费用, 施工人员关闭, 个人支配, 有人修建.
  '费用',
  '关闭',
  '支配',
  '修建',
  '楼上',
  '楼下',
  // 安全配员范围内, 劳动合同, 申请人先动手/先行/先后.
  '范围',
  '劳动',
  '先动',
  '先行',
  '先后',
  '张贴',
  '申辩',
  '农户',
  // 向老年人展示所谓…, 宣传, 付款: what is done to the people just named, not who.
  '展示',
  '宣传',
  '宣講',
  '宣讲',
  '付款',
]);

/** Last characters of place names that given names do not end in (南部县, 关口村, 人和街). */
const PLACE_ENDS = characterSet('县縣省市区區镇鎮乡鄉村街路巷组組段边邊');

/** Characters a masked name holds (张某, 张*, 张××): already anonymised. */
const MASK_TABLE = characterSet(`${NAME_MASK_CHARACTERS}Xx`);

/** How far around a name its other occurrences are counted (a decision is a few pages). */
const RECURRENCE_WINDOW = 4000;

export function isSurnameCode(code: number): boolean {
  return SURNAME_TABLE[code] === 1;
}

/**
 * True when a name may start at `at`: a surname, or a compound one whose first character is
 * no surname of its own (劳动者上官浩). A cheap look before personNameEnd.
 */
export function startsName(text: string, at: number): boolean {
  return (
    SURNAME_TABLE[text.charCodeAt(at)] === 1 ||
    compoundSurnameAt(text, at) ||
    tibetanNameEnd(text, at, text.length) > 0 ||
    mongolianNameEnd(text, at, text.length) > 0 ||
    dottedNameEnd(text, at, NEVER) > 0
  );
}

const NEVER = () => false;

const COMPOUND_FIRSTS = characterSet(COMPOUND_SURNAMES.map((surname) => surname[0]).join(''));

export function compoundSurnameAt(text: string, at: number): boolean {
  return (
    (COMPOUND_FIRSTS[text.charCodeAt(at)] === 1 &&
      COMPOUND_SURNAMES.some((surname) => text.startsWith(surname, at))) ||
    // A Yi clan's name (吉克, 阿苏) is read as a compound surname is (ethnic-names.ts).
    yiClanAt(text, at)
  );
}

/** The stretch of text around `around` where a name's other occurrences are counted. */
function windowAround(text: string, around: number): [number, number] {
  return [
    Math.max(0, around - RECURRENCE_WINDOW),
    Math.min(text.length, around + RECURRENCE_WINDOW),
  ];
}

/**
 * How often the short reading text[at, short) and the long one (one character more) occur
 * near `at`, in one pass: the long one starts with the short one. Counting stops once the
 * long reading is met twice, which decides (the short count is then not needed).
 */
function recurrences(text: string, at: number, short: number): { short: number; long: number } {
  const [from, to] = windowAround(text, at);
  const word = text.slice(at, short);
  const next = text.charCodeAt(short);
  let shortCount = 0;
  let longCount = 0;
  // The characters after which the two go on into another whole name, seen ended somewhere
  // (廖光明的 beside 廖光辉: brothers share the generation character): those occurrences say
  // nothing about where this one ends.
  const others: number[] = [];
  for (
    let k = text.indexOf(word, from);
    k >= 0 && k + word.length <= to;
    k = text.indexOf(word, k + 1)
  ) {
    const after = text.charCodeAt(k + word.length);
    if (after === next) {
      shortCount++;
      if (k + word.length < to && ++longCount >= 2) break;
      continue;
    }
    if (
      isNameCharacter(after) &&
      NOT_GIVEN[foldCode(after)] === 0 &&
      !endsName(text, k + word.length)
    ) {
      others.push(k);
      continue;
    }
    shortCount++;
  }
  if (others.length > 0) {
    const whole = new Set<number>();
    for (const k of others) {
      if (endsName(text, k + word.length + 1)) whole.add(text.charCodeAt(k + word.length));
    }
    for (const k of others) if (!whole.has(text.charCodeAt(k + word.length))) shortCount++;
  }
  return { short: shortCount, long: longCount };
}

/** The words of a place that follow its name (南关社区, 古湖街道, 锦绣小区, 高洞村委会). */
const PLACE_AFTER = /^(?:社区|街道|小区|村委|居委|村民|乡人|镇人)/;

/** True when what follows a reading at `at` ends it: a stop, or a word that follows names. */
function endsName(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (
    !isNameCharacter(code) ||
    STRONG_STOPS[foldCode(code)] === 1 ||
    isSoftStop(code) ||
    startsFollowingWord(text, at)
  );
}

/** True when `word` is written near `around` with no Han character after it (证人林燕。). */
function standsAloneNear(text: string, word: string, around: number): boolean {
  const [from, to] = windowAround(text, around);
  for (let at = text.indexOf(word, from); at >= 0 && at < to; at = text.indexOf(word, at + 1)) {
    const next = text.charCodeAt(at + word.length);
    if (Number.isNaN(next) || !isHanCode(next)) return true;
  }
  return false;
}

function isNameCharacter(code: number): boolean {
  return isHanCode(code) && HARD_STOPS[code] === 0 && MASK_TABLE[code] === 0;
}

/** text[at, end) in Simplified characters (關係 is 关系 for NOT_NAMES). */
function foldedName(text: string, at: number, end: number): string {
  let name = '';
  for (let k = at; k < end; k++) name += String.fromCharCode(foldCode(text.charCodeAt(k)));
  return name;
}

/** 川E00000 after a name: a plate's province character is where the name ends. */
function startsPlate(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return next >= 0x41 && next <= 0x5a;
}

/**
 * The end of the personal name starting at `at` (read no further than `limit`), or -1 when
 * none starts there. Where nothing marks the name's end, the document decides: the reading
 * met elsewhere in it wins, then a character that usually follows a name. `startKnown`: the
 * caller knows a name starts at `at` (after a role word, in a list), so the language's next
 * word may decide too.
 */
export function personNameEnd(
  text: string,
  at: number,
  limit = text.length,
  startKnown = false,
): number {
  // A Tibetan name has no surname: its given names say where it ends (泽仁卓玛, 央宗，).
  const tibetan = tibetanNameEnd(text, at, limit);
  if (tibetan > 0) return tibetan;
  // A Mongolian name has none either (苏和, 萨仁高娃).
  const mongolian = mongolianNameEnd(text, at, limit);
  if (mongolian > 0) return mongolian;
  // 买买提江·艾合买提, 古丽娜尔·阿不都热依木: a Uyghur or Kazakh name has no surname either,
  // its parts joined by a middle dot; read whole where a name starts (not inside a word).
  if (startKnown || !isHanCode(text.charCodeAt(at - 1))) {
    const dotted = dottedNameEnd(text, at, (k) => startsFollowingWord(text, k));
    if (dotted > 0) return dotted;
  }
  const first = text.charCodeAt(at);
  const compound = compoundSurnameAt(text, at);
  if (!compound && SURNAME_TABLE[first] !== 1) return -1;
  const surname = compound ? 2 : 1;
  // The Han characters available: at most surname + 2 given + 1 to look at.
  let han = 0;
  while (
    han < surname + 3 &&
    at + han < limit &&
    isNameCharacter(text.charCodeAt(at + han)) &&
    !startsPlate(text, at + han)
  )
    han++;
  if (han <= surname) return -1;
  // Glued to a masked name (林燕刘某某, what 林燕刘大海 redacts to): no reading is sure.
  // The document may still decide, as it did before the mask (林燕 met twice: 林燕刘大海
  // read 林燕, so 林燕刘某某 reads 林燕 too, and redaction stays idempotent).
  if (han < surname + 3 && MASK_TABLE[text.charCodeAt(at + han)] === 1) {
    const short = at + surname + 1;
    const shortName = text.slice(at, short);
    if (han > surname + 1 && !NOT_NAMES.has(shortName) && standsAloneNear(text, shortName, at))
      return short;
    return -1;
  }
  // Some of them are also common given characters (彭向东, 王自强, 刘月华, 李书琴): taken when
  // the three characters stand alone, which prose after a surname-like character never does.
  if (
    NOT_GIVEN[foldCode(text.charCodeAt(at + surname))] === 1 &&
    !(han === surname + 2 && GIVEN_TOO[foldCode(text.charCodeAt(at + surname))] === 1)
  )
    return -1;
  // 都从旁边, 均从事: 从 and the next character as a word of prose, not 从林, 从军.
  const given = foldCode(text.charCodeAt(at + surname));
  const next = foldCode(text.charCodeAt(at + surname + 1));
  if ((given === 0x4ece && AFTER_FROM[next] === 1) || (given === 0x518d && AFTER_AGAIN[next] === 1))
    return -1;
  // A masked name (张某, 张某某) is not read again.
  for (let k = at + surname; k < Math.min(limit, at + surname + 2); k++) {
    if (MASK_TABLE[text.charCodeAt(k)] === 1) return -1;
  }
  const short = at + surname + 1;
  const long = at + surname + 2;
  let end: number;
  if (han === surname + 1) end = short;
  else if (han === surname + 2) {
    // 厨师廖军称，: a character that follows names far more often than it ends one (称, 的, 等)
    // makes the third one the next word, unless the document writes the three elsewhere.
    end =
      STRONG_STOPS[foldCode(text.charCodeAt(short))] === 1 && recurrences(text, at, short).long < 2
        ? short
        : long;
  } else {
    // Three or more characters with no break: which reading does the document support?
    const { short: shortCount, long: longCount } = recurrences(text, at, short);
    // Folded: Traditional text (龍小鳳投訴, 陳述, 稱) stops names as Simplified does.
    const softAfterShort = isSoftStop(text.charCodeAt(short));
    const softAfterLong = isSoftStop(text.charCodeAt(long));
    // The document decides first: a three-character string met again is a name (曾德明 ×5);
    // a two-character one met again without the third (万俊 ×3, 万俊联系 ×1) is the name.
    // 黄涛联系 met twice is still 黄涛 and 联系: a word that follows names decides first.
    if (startsFollowingWord(text, short) || NEVER_LAST[foldCode(text.charCodeAt(short))] === 1)
      end = short;
    else if (longCount >= 2) end = long;
    else if (shortCount >= 2) end = short;
    else if (STRONG_STOPS[foldCode(text.charCodeAt(short))] === 1) end = short;
    else if (softAfterLong) end = long;
    else if (softAfterShort) end = short;
    // 经营者任国华通过银行转账: a word that follows names, after the third character.
    else if (startsFollowingWord(text, long)) end = long;
    else {
      // 证人赵丽上前劝阻: where the name surely starts (after a role word, a list's 、), the
      // next word of the language (上前) says where it ends. Not where the start is only a
      // guess: in 由潘小龙, 配件商谭国庆 the given name 小龙, 国庆 is a word too.
      end = startKnown ? nameEndBeforeWord(text, at, short, long) : -1;
      // 修脚师上官…: a name glued to a compound surname is no name's end but another's start.
      if (end < 0 || compoundSurnameAt(text, end)) return -1;
    }
  }
  // 畅通, 字样, 纳税, 岩石: a rare surname's two characters that the language has as a word.
  // (茶楼经营者, 木材厂: the first two a word, whatever follows them.)
  if (RARE_SURNAMES[first] === 1 && isDictionaryWord(text, at, at + 2)) return -1;
  const name = foldedName(text, at, end);
  // 附近居民（住…）: a word for a person (居民, 村民) is no name of one.
  if (NOT_NAMES.has(name) || (end - at === 2 && PERSON_WORDS.has(name))) return -1;
  // 向顾客, 给村民: the given name would be a word for a person, after a preposition.
  if (end - at === surname + 2 && PERSON_WORDS.has(name.slice(surname))) return -1;
  // 向本局, 由本院, 于本月: 本 and what it points at (李本清 is a name).
  if (end - at === surname + 2 && THIS_WORDS.test(name.slice(surname))) return -1;
  // 安排用于, 全程见证: a three-character reading that starts with a word is no name either.
  if (end - at === surname + 2 && NOT_NAMES.has(name.slice(0, 2))) return -1;
  // 南部县财政局, 关口村村民, 人和街社区: a place, not a person.
  if (PLACE_ENDS[text.charCodeAt(end - 1)] === 1) return -1;
  // 南关社区网格员, 金鹅街道: the place's own word follows, so the two were its name.
  if (PLACE_AFTER.test(text.slice(end, end + 2))) return -1;
  return end;
}

/**
 * The start of a personal name that ends exactly at `end`, three, two or four characters long
 * (the commonest lengths first), whose start `startsWell` accepts; or -1 when none does.
 */
export function personNameBefore(
  text: string,
  end: number,
  startsWell: (start: number) => boolean = () => true,
): number {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start >= 0 && startsWell(start) && personNameEnd(text, start, end) === end) return start;
  }
  return -1;
}

/**
 * A name spaced out, as OCR reads it or a table pads it to line up with longer ones (向 子 轩,
 * 王　芳): one Han character, then one or two more each after a single space, and no more of
 * them (行 政 处 罚 决 定 书 is a title). What the characters spell must read as a name.
 * Returns its end, or -1.
 */
export function spacedNameEnd(text: string, at: number): number {
  const spaced = SPACED_NAME.exec(text.slice(at, at + MAX_SPACED_NAME));
  if (!spaced) return -1;
  const joined = spaced[0].replace(NAME_SPACES, '');
  return personNameEnd(joined, 0, joined.length) === joined.length ? at + spaced[0].length : -1;
}

const SPACED_NAME = /^[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2}(?![ \u3000][\u4e00-\u9fff])/;
const NAME_SPACES = /[ \u3000]/g;
const MAX_SPACED_NAME = 8;
