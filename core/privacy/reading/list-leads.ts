/**
 * How a notice says that the rows below name whom it is addressed to: 下列 or 以下 before
 * their role word, a few words of what they hold between (下列机动车所有人, 下列热用户,
 * 以下电力客户). Those people are the notice's parties, named in public; their homes are not.
 */

/** The words that open such a phrase. */
const LIST_LEADS = ['下列', '以下'];
/** Most characters of a thing held between 下列 and its holder (机动车 in 下列机动车所有人). */
const MAX_LISTED_THING = 4;

/**
 * True when `text` says 下列 or 以下 before `word`, at most a few characters between, or says
 * the notice lists them after it (…的房屋出租人通报如下, 出租人名单公示如下).
 */
export function listedAs(text: string, word: string): boolean {
  for (const lead of LIST_LEADS) {
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + lead.length)) {
      const found = text.indexOf(word, at + lead.length);
      if (found >= 0 && found - at - lead.length <= MAX_LISTED_THING) return true;
    }
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (LISTED_AFTER.test(text.slice(at + word.length, at + word.length + MAX_LISTED_AFTER)))
      return true;
  }
  return false;
}

/** What a notice does with the people it names next (通报如下, 名单公示如下). */
const LISTED_AFTER = /^(?:名单|名單|情况|情況)?(?:通报|通報|公告|公示|通告)如下/;
const MAX_LISTED_AFTER = 8;

/**
 * A row's own decision: its decision's number in a cell (决定书编号：…, 处罚决定书文号：…); not a
 * bare 文号, which a 送达回证's rows give for each document served.
 */
const OWN_DECISION_CELL =
  /(?:^|\u2063)(?:处罚|處罰)?(?:决定书|決定書)(?:编号|文号|編號|文號)[：:]\s*\S/;

/**
 * True when a listing's row, read up to a cell (text[rowStart, at)), is one decision of its
 * own: a cell holds its number (序号：2⁣决定书编号：4407811000127854⁣…). The person its first
 * role cell names is that decision's party.
 */
export function opensOwnDecision(row: string): boolean {
  return OWN_DECISION_CELL.test(row);
}
