/**
 * An organisation described in a bracket after its name, wherever it stands (工作单位：泸县恒达
 * 鞋业有限公司（统一社会信用代码：…，住所：…，法定代表人：…）; 将某某房产经纪有限公司（…住所：…）
 * 在…挂牌): the 住所 and phone in that bracket are the organisation's, public, even inside a
 * natural person's block.
 */

/** How far back the bracket may open. */
const MAX_BRACKET = 120;
/** Words only an organisation's description holds. */
const ORGANISATION_DETAILS = ['信用代码', '注册号', '註冊號', '信用代碼'];

/** True when `pos` is inside a bracket describing an organisation named before it. */
export function inOrganisationBracket(text: string, pos: number): boolean {
  let depth = 0;
  for (let i = pos - 1; i >= Math.max(0, pos - MAX_BRACKET); i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x3002) return false;
    if (code === 0xff09 || code === 0x29) depth++;
    else if (code === 0xff08 || code === 0x28) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const inside = text.slice(i + 1, pos);
      return (
        ORGANISATION_DETAILS.some((word) => inside.includes(word)) ||
        /公司\s*$/.test(text.slice(Math.max(0, i - 6), i))
      );
    }
  }
  return false;
}
