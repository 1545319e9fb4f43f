import { isHanCode } from '../internal/chars';

/**
 * The same name in Simplified and Traditional characters (劉春梅 is 刘春梅; a page put
 * through a 简/繁 converter, or a Traditional paragraph in a Simplified decision, writes the
 * one person both ways). Pairs for the characters of common surnames and given names; a
 * character not listed is the same in both.
 *
 * Limit: characters outside the table (rare given names) are compared as written.
 */
const TRADITIONAL =
  '張劉陳楊黃趙吳週孫馬鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆賀顧龔萬錢嚴湯溫龐顏莊聶歐關蘭紀淩畢塗駱藍遊鮑饒聞嶽欒羅區鄺賴鳳龍國華偉麗強軍東紅亞傑濤貴興順飛雲靜曉輝蓮豔鵬彥愛賢寶靈義禮慶聖書夢傳廣嬌瑩鈺銘錦鋒銀鐵鋼權榮樂歡蘊穎綺維綱紹緒譽謙詩語誠貞賓達遠邁鍵長門陽雙韻頌領鴻鶴麥齊寧實導將峯崗巖帥師幹懷戰數樹橋機櫻歲漢潔澤濱灣煥燦爾獅環瑤產當發監礦祿禎穩競節範純絲經綠緣練總繼續聰聯職肅舉藝蘆處衛覺觀訓詠諾證護貝財貫賦質躍軒輔輪農連進運邊鄉醫釗鈞鈴銓錫鎮鏡閣陣隨險項預頓顯騰體魯鮮鳴黨齡曄瑋瓊賽濟滿潤濃瀟煒熱燁爺瑪瓏畝療盤眾硯禪種積窮竇筆簡籌糧納紐紡絨給絢統緯繡纓習聲艦萊蓋蔭薑藥蝦衝補親記設詞詳誼說課調談論講謹識議讓豐貨費資賜賞贊車輕載輝適選遼鄰釋鋪錄鐘開間閩隊階際隱離難電頭額願類養驚鷹鹽點齒瑞喬閻鄔繆鈕儲諸';
const SIMPLIFIED =
  '张刘陈杨黄赵吴周孙马郑谢许韩冯邓萧蒋叶苏吕卢钟谭陆贾韦邹闫贺顾龚万钱严汤温庞颜庄聂欧关兰纪凌毕涂骆蓝游鲍饶闻岳栾罗区邝赖凤龙国华伟丽强军东红亚杰涛贵兴顺飞云静晓辉莲艳鹏彦爱贤宝灵义礼庆圣书梦传广娇莹钰铭锦锋银铁钢权荣乐欢蕴颖绮维纲绍绪誉谦诗语诚贞宾达远迈键长门阳双韵颂领鸿鹤麦齐宁实导将峰岗岩帅师干怀战数树桥机樱岁汉洁泽滨湾焕灿尔狮环瑶产当发监矿禄祯稳竞节范纯丝经绿缘练总继续聪联职肃举艺芦处卫觉观训咏诺证护贝财贯赋质跃轩辅轮农连进运边乡医钊钧铃铨锡镇镜阁阵随险项预顿显腾体鲁鲜鸣党龄晔玮琼赛济满润浓潇炜热烨爷玛珑亩疗盘众砚禅种积穷窦笔简筹粮纳纽纺绒给绚统纬绣缨习声舰莱盖荫姜药虾冲补亲记设词详谊说课调谈论讲谨识议让丰货费资赐赏赞车轻载辉适选辽邻释铺录钟开间闽队阶际隐离难电头额愿类养惊鹰盐点齿瑞乔阎邬缪钮储诸';

const TO_SIMPLIFIED = new Map<string, string>();
const TO_TRADITIONAL = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  const traditional = TRADITIONAL[i]!;
  const simplified = SIMPLIFIED[i]!;
  if (traditional === simplified) continue;
  TO_SIMPLIFIED.set(traditional, simplified);
  if (!TO_TRADITIONAL.has(simplified)) TO_TRADITIONAL.set(simplified, traditional);
}

/** The Traditional forms of the characters of `characters` that have one (张 → 張). */
export function traditionalForms(characters: string): string {
  let out = '';
  for (const ch of characters) {
    const traditional = TO_TRADITIONAL.get(ch);
    if (traditional) out += traditional;
  }
  return out;
}

/**
 * The name in Simplified characters, spaces between Han characters left out (向 子 轩 as OCR
 * spaced it, 王　芳 as a table padded it): the key all spellings of one name share.
 */
export function simplifiedName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    // Only between Han characters: NGUYEN THI LAN keeps its spaces.
    const between = isHanCode(name.charCodeAt(i - 1)) && isHanCode(name.charCodeAt(i + 1));
    if ((ch === ' ' || ch === '\u3000') && between) continue;
    out += TO_SIMPLIFIED.get(ch) ?? ch;
  }
  return out;
}

/** The name as written in Simplified and in Traditional characters (one or two strings). */
export function nameSpellings(name: string): string[] {
  const simplified = simplifiedName(name);
  let traditional = '';
  for (const ch of simplified) traditional += TO_TRADITIONAL.get(ch) ?? ch;
  return [...new Set([name, simplified, traditional])];
}
