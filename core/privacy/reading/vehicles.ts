import { PLATE_PROVINCES } from '../internal/chars';
import type { Span } from './party-blocks';

/**
 * Whose vehicle a plate in the facts is, when the block it stands in does not say: in a
 * decision whose parties are all organisations it is theirs (当事人…其所属川E·J8571重型自卸
 * 货车), unless the sentence says a private person owns it (派件员何林个人所有的面包车, 其本人所有
 * 的货车, 从个人卖家处收购).
 */

/**
 * Words saying a vehicle is a private person's. Only a person drives: in 付小刚驾驶其自有的货车
 * 其 is the driver, not the company. A dealer's 原车主孔祥林，号牌川Q·8F27M is the seller's car.
 * Someone named before 所有的 or 名下 owns it (卢小川所有的川C·D62K7, 当事人丈夫冉勇名下的面包车),
 * not the party, a company or a cooperative (当事人所有的, 公司名下, 合作社所有的). Only a person
 * rides (聂飞所骑号牌为川Q·60492的电动自行车). A 车主, a consumer or a complainant whose car a
 * business served, a pawnshop's 当户, a stall's 摊主: people, and their cars.
 */
const PRIVATE_OWNER =
  /个人|個人|私家|私人|本人所有|自己所有|[驾駕][驶駛]其(?:自有|所有)|[车車]主|所[骑騎]|[骑騎][行乘]|[^其司业業位社厂廠局人队隊\s](?:所有的|名下)|消费者|消費者|投诉人|投訴人|当户|當戶|摊主|攤主|挂靠|掛靠/;
/** How far back the sentence before a plate is read for PRIVATE_OWNER. */
const OWNER_WINDOW = 60;

/**
 * How far after a plate the owner may be said (（号牌为川Q7K35D，系刘洋私人所有）, 冀J8K726车辆
 * 登记在当事人名下，系个人吕建华出资购买后挂靠当事人: a person's vehicle under a company's name).
 */
const OWNER_AFTER = 30;

/**
 * Where the sentence (or, with `clause`, the clause) that the plate at `at` stands in starts,
 * read back at most OWNER_WINDOW characters.
 */
function startBefore(text: string, at: number, clause: boolean): number {
  let start = at;
  const limit = Math.max(0, at - OWNER_WINDOW);
  while (start > limit) {
    const code = text.charCodeAt(start - 1);
    if (code === 0x3002 || code === 0x0a || code === 0xff1b || (clause && code === 0xff0c)) break;
    start--;
  }
  return start;
}

/** True when the sentence the plate at `at` stands in says the vehicle is a private person's. */
export function privatelyOwned(text: string, at: number): boolean {
  const start = startBefore(text, at, false);
  let end = at;
  const ahead = Math.min(text.length, at + OWNER_AFTER);
  while (end < ahead) {
    const code = text.charCodeAt(end);
    if (code === 0x3002 || code === 0x0a || code === 0xff1b || code === 0xff09) break;
    end++;
  }
  return PRIVATE_OWNER.test(text.slice(start, end));
}

/**
 * The sentence says an organisation owns the vehicle: its name right before the plate
 * (驾驶准格尔旗蒙达危险货物运输有限公司蒙K·D3652号罐式车辆), or before 所属 earlier in the clause
 * with no other vehicle's owner between (驾驶神木市鑫源危险品运输有限公司所属陕K·D6127号重型半挂
 * 牵引车（挂车号牌陕K·E312挂）): a driver who is the party drives the company's vehicle.
 */
export function organisationOwned(text: string, at: number): boolean {
  const clause = text.slice(startBefore(text, at, true), at);
  if (ORGANISATION_BEFORE_PLATE.test(clause)) return true;
  // （琼B·D7261，属三亚金海岸旅游客运有限公司）, or the row's owner cell after the plate
  // (…⁣车辆所有人：义乌市宏远汽车租赁有限公司（…）): said after it.
  let end = at;
  const ahead = Math.min(text.length, at + OWNER_AHEAD);
  while (end < ahead && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x3002) end++;
  const after = text.slice(at, end);
  if (ORGANISATION_AFTER_PLATE.test(after) || OWNER_CELL.test(after)) return true;
  const owned = ORGANISATION_OWNS.exec(clause);
  return owned !== null && !OTHER_OWNER.test(clause.slice(owned.index + owned[0].length));
}

/** The end of an organisation's name that owns vehicles. */
const OWNING_ORGANISATION = '(?:公司|车队|車隊|合作社|集团|集團)';
/** The label of a vehicle's owner (车辆所有人, 登记所有人). */
const OWNER_LABEL = '(?:车辆|車輛)?(?:登记)?所有人';
/** An organisation's name (and a bracket after it), then 所属 or nothing, right before a plate. */
const ORGANISATION_BEFORE_PLATE = new RegExp(
  `${OWNING_ORGANISATION}(?:[（(][^）)]{0,40}[）)])?(?:所属|所屬|所有的|名下的)?$`,
);
/** How far after a plate its owner is read (to the end of the line or sentence). */
const OWNER_AHEAD = 160;
/** After the plate: 属 or 所有人：, then an organisation's name, with no person's 的 between. */
const ORGANISATION_AFTER_PLATE = new RegExp(
  `^[^（(，,。；\\n]{0,24}(?:[，,（(]\\s*(?:属|屬|系|归|歸)|[，,（(]?\\s*${OWNER_LABEL}[：:为為是])\\s*[^，,。；、\\n]{2,30}?${OWNING_ORGANISATION}`,
);
/** A row's owner cell further on (⁣车辆所有人：义乌市宏远汽车租赁有限公司). */
const OWNER_CELL = new RegExp(
  `\\u2063\\s*${OWNER_LABEL}[：:]\\s*[^，,。；、\\u2063\\n]{2,30}?${OWNING_ORGANISATION}`,
);
/** The last 所属 after an organisation's name in the clause. */
const ORGANISATION_OWNS = new RegExp(
  `${OWNING_ORGANISATION}(?:[（(][^）)]{0,40}[）)])?(?:所属|所屬)(?!.*(?:所属|所屬))`,
);
/** Between that and the plate, another party to the vehicle: 与, 和, a list, a person's 的. */
const OTHER_OWNER = /[与與和及、]|[^公司]的/;

/**
 * A trailer's or a driving school's plate (GA 36-2018): province, authority letter, four
 * characters with at least two digits, then 挂 or 学 (川QA936挂, 川E1234学); and the plate of a
 * vehicle that crosses to Hong Kong or Macau (粤Z·C2M7澳, 粤Z·B3L8港). Read here, in the reading
 * layer, where whose vehicle it is can be told (the five-character plates are read by the
 * detector, plate.ts).
 */
const SUFFIXED_PLATE = new RegExp(
  `[${PLATE_PROVINCES}][A-HJ-NP-Z][·•・.．\\s-]?([A-HJ-NP-Z0-9]{4})[挂学掛學港澳]`,
  'g',
);

/** The trailers' and driving schools' plates in text[from, to). */
export function suffixedPlates(text: string, from: number, to: number): Span[] {
  const plates: Span[] = [];
  SUFFIXED_PLATE.lastIndex = from;
  for (let match = SUFFIXED_PLATE.exec(text); match; match = SUFFIXED_PLATE.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    // Not the tail of a longer code (…XA936挂号 is still one; 川QA9364挂 is no such plate).
    if (/[0-9A-Za-z]/.test(text.charAt(match.index - 1))) continue;
    if ((match[1]!.match(/[0-9]/g)?.length ?? 0) >= 2) plates.push({ start: match.index, end });
  }
  return plates;
}
