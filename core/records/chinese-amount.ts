import { MoneyUnit } from './enumerations';
import { formatFen, type Money } from './money';

// 大写数字 (financial numerals) and everyday numerals, as decision documents write amounts.
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  壹: 1,
  一: 1,
  贰: 2,
  貳: 2,
  二: 2,
  两: 2,
  兩: 2,
  叁: 3,
  參: 3,
  三: 3,
  肆: 4,
  四: 4,
  伍: 5,
  五: 5,
  陆: 6,
  陸: 6,
  六: 6,
  柒: 7,
  七: 7,
  捌: 8,
  八: 8,
  玖: 9,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = {
  拾: 10,
  十: 10,
  佰: 100,
  百: 100,
  仟: 1000,
  千: 1000,
};
const LARGE_UNITS: Readonly<Record<string, number>> = {
  万: 10_000,
  萬: 10_000,
  亿: 100_000_000,
  億: 100_000_000,
};

/**
 * Reads a Chinese numeral (贰拾万零伍佰, 一千二百) as an integer, or undefined if the text
 * is not one. Limit: integers only; 角/分 are read by parseChineseAmount.
 */
export function parseChineseInteger(text: string): number | undefined {
  if (text === '') return undefined;
  // 亿 closes everything before it; 万 closes the section since the last 亿.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char]!;
    } else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char]!;
      digit = undefined;
    } else if (char in LARGE_UNITS) {
      const unit = LARGE_UNITS[char]!;
      if (unit === 10_000) {
        wan = (section + (digit ?? 0)) * unit;
      } else {
        yi = (yi + wan + section + (digit ?? 0)) * unit;
        wan = 0;
      }
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return yi + wan + section + (digit ?? 0);
}

// 罚款 + optional 人民币 + the amount, in Arabic or Chinese numerals, in 元 or 万元.
const FINE =
  /罚款(?:人民币)?\s*([0-9０-９][0-9０-９,，.．]*|[零〇壹一贰貳二两兩叁參三肆四伍五陆陸六柒七捌八玖九拾十佰百仟千万萬亿億]+)\s*(万元|萬元|元)(?:([零〇壹一贰貳二两兩叁參三肆四伍五陆陸六柒七捌八玖九])角)?(?:([零〇壹一贰貳二两兩叁參三肆四伍五陆陸六柒七捌八玖九])分)?/;

/**
 * The fine a decision text imposes (罚款人民币伍仟元整, 罚款20万元, 罚款1,200.50元), exactly,
 * or undefined when the text names none. The first 罚款 amount is taken: decision documents
 * state the fine before any 没收 amount.
 *
 * @example parseFineAmount('本机关决定：罚款人民币贰拾万元整') // { value: '200000', unit: '元' }
 */
export function parseFineAmount(text: string): Money | undefined {
  const match = FINE.exec(text);
  if (!match) return undefined;
  const [, amount = '', unitText = '', jiao, fen] = match;
  const unit =
    unitText.startsWith('万') || unitText.startsWith('萬') ? MoneyUnit.wanYuan : MoneyUnit.yuan;
  const arabic = amount.normalize('NFKC').replace(/[,，]/g, '').replace('．', '.');
  if (/^\d+(?:\.\d+)?$/.test(arabic)) return { value: arabic, unit };
  const integer = parseChineseInteger(amount);
  if (integer === undefined) return undefined;
  if (unit === MoneyUnit.wanYuan) return { value: String(integer), unit };
  const cents = integer * 100 + (jiao ? DIGITS[jiao]! * 10 : 0) + (fen ? DIGITS[fen]! : 0);
  return { value: formatFen(cents, MoneyUnit.yuan), unit };
}
