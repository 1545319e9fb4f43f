import { PersonalDataKind } from '../kinds';
import type { PaperNumber } from './identity-papers';

/**
 * Mobile numbers written in Chinese numerals, as a decision that writes its dates so may write
 * a phone too (联系电话一八九一九三八六二〇五): eleven numerals, 一 then 三 to 九, and no numeral
 * either side (二〇二四年 and 一百零八号 are no run of eleven).
 */
export function spelledMobiles(text: string): PaperNumber[] {
  const found: PaperNumber[] = [];
  SPELLED_MOBILE.lastIndex = 0;
  for (let match = SPELLED_MOBILE.exec(text); match; match = SPELLED_MOBILE.exec(text)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      kind: PersonalDataKind.mobile,
      reason: '以汉字数字书写的手机号码',
    });
  }
  return found;
}

const NUMERAL = '[〇零○一二三四五六七八九]';
const SPELLED_MOBILE = new RegExp(
  `(?<!${NUMERAL})一[三四五六七八九]${NUMERAL}{9}(?!${NUMERAL})`,
  'g',
);
