/**
 * Every way readDocument learns a party's age (reading/party-blocks.ts, document-reading.ts):
 * a 出生 or 生日 label (spaces allowed between its characters, as labels are read; 年齡 is
 * folded to 年龄) or 出生, 生于 in a description; a 年龄 label or an age in 岁; 未满, 不满 or
 * 未成年 said of the party; an ID number (15 or 18 characters; full-width digits, spaces,
 * dashes and invisible characters allowed between them: a run of 15 digits starts either;
 * each try starts on a digit, so a long run of spaces is not rescanned from every position).
 */
const MINOR_HINT =
  /出\s*生|生\s*日|年\s*[龄齡]|生于|岁|[未不]满|未成年|(?:[0-9０-９][\s\u00ad\u180e\u200b-\u2060-]*){15}/;

/**
 * False only when the reading layer cannot find a minor party in `text` (readDocument's
 * `minors` is then empty): a superset test, cheap enough to run before that layer is
 * loaded. True for many texts that show no minor (any ID number, any age).
 */
export function mayReadMinor(text: string): boolean {
  return MINOR_HINT.test(text);
}
