import { PersonalDataKind } from '../kinds';
import type { Span } from './party-blocks';

/** A number the reading finds (an identity paper's, a piece of a wrapped one), and its kind. */
export interface PaperNumber extends Span {
  readonly kind: PersonalDataKind;
  /** Why, when not an identity paper's. */
  readonly reason?: string;
}

/**
 * Numbers of identity papers that neither their shape nor the label right before them tell
 * the detectors of: an officer's or a soldier's card (证件号码：北字第2016038472号, 证号：川军残字
 * 第0031874号, 证件号码为“兵字第0758231号”) and a foreigner's work permit (工作许可证号：
 * 330200202300874, fifteen digits no resident ID has). The card's number is a person's as an
 * ID is; a 文号 of the same form (罚字第12号) follows no identity label.
 */
export function identityPapers(text: string): PaperNumber[] {
  const papers: PaperNumber[] = [];
  for (let at = text.indexOf('证'); at >= 0; at = text.indexOf('证', at + 1)) {
    const permit = text.startsWith(WORK_PERMIT, at - WORK_PERMIT.length);
    let labelEnd: number;
    if (permit)
      labelEnd = at + 1 + (PERMIT_NUMBER_WORD.exec(text.slice(at + 1, at + 3))?.[0].length ?? 0);
    else {
      const word = CARD_NUMBER_WORD.exec(text.slice(at + 1, at + 4));
      // (执法证号, 检查证号, 工作证号: an officer's credential, public.)
      if (!word || OFFICERS_CARD.test(text.slice(Math.max(0, at - 2), at))) continue;
      labelEnd = at + 1 + word[0].length;
    }
    const joined = JOINED.exec(text.slice(labelEnd, labelEnd + MAX_JOINER))![0].length;
    const start = labelEnd + joined;
    const number = (permit ? PERMIT_NUMBER : CARD_NUMBER).exec(
      text.slice(start, start + MAX_NUMBER),
    );
    if (number)
      papers.push({ start, end: start + number[0].length, kind: PersonalDataKind.residentId });
  }
  return papers;
}

/** Before 证: a work permit's (外国人工作许可证). */
const WORK_PERMIT = '工作许可';
/** After 工作许可证: what its number is called, if anything. */
const PERMIT_NUMBER_WORD = /^(?:编号|編號|号码|號碼|号|號)/;
/** After 证: 证件号码, 证件号, 证号 (of a card). */
const CARD_NUMBER_WORD = /^(?:件号码|件號碼|件号|件號|号|號)/;
/** Before 证: a credential's (执法证号, 检查证号, 工作证号, 警官证号 of an officer). */
const OFFICERS_CARD = /(?:执法|執法|检查|檢查|监督|監督|工作|警官|[执執])$/;
/** Between the label and its number: a colon, a cell's mark, spaces, 为 and a quotation mark. */
const JOINED = /^[：:\u2063\s]*(?:为|為)?[“"]?/;
const MAX_JOINER = 6;
/** A military card's number: its series (北, 兵, 川军残), 字第, its digits, 号. */
const CARD_NUMBER = /^[\u4e00-\u9fff]{1,4}字第[0-9０-９]{4,10}[号號]/;
/** A work permit's number: letters and digits, whole. */
const PERMIT_NUMBER = /^[0-9A-Za-z]{8,20}(?![0-9A-Za-z])/;
const MAX_NUMBER = 24;
