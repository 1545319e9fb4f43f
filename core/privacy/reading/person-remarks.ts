import { afterBracket } from './brackets';
import { type Clause, clausesOf } from './clauses';
import { FieldKind } from './fields';
import { addressAcrossBreak, HOME_END, isHomeShaped } from './home-addresses';
import { afterDwellingVerb, type Span } from './party-blocks';

/**
 * The details written in brackets right after a third person's name (寄件人牟丽（地址成都市…，
 * 电话…）, 卿志华（联系电话：0830-3152078）, 家长刘光荣（泸县福集镇龙华路33号，180…）):
 * whatever their labels, they are that person's, as a block's fields are its holder's. With
 * no label, a house's address there is where that person lives: a bracket after a name says
 * who the person is, and a house in it is theirs.
 */

/** Longest bracket of a person's details read after the name. */
const MAX_REMARK = 80;

/**
 * The inside of each bracket after one of `names` that holds a field or a house, and the
 * clause after a comma that says where the person lives, in text order.
 */
export function personRemarks(text: string, names: readonly string[]): Span[] {
  const found: Span[] = [];
  for (const name of new Set(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const open = at + name.length;
      const code = text.charCodeAt(open);
      // 邓国庆留下的联系电话为0830-…, 其外送地址为…: a field said to be the person's.
      const owned = OWNED_FIELD.exec(text.slice(open, open + MAX_OWNED_LABEL));
      if (owned) {
        const start = open + owned[1]!.length;
        found.push({ start, end: clauseEnd(text, start) });
        continue;
      }
      if (code === 0xff0c || code === 0x2c) {
        const home = homeAfterComma(text, open + 1);
        if (home) found.push(home);
        continue;
      }
      // A PDF's line may end inside the bracket.
      const after = afterBracket(text, open, MAX_REMARK, text.length, 1);
      if (after === open) continue;
      const close = after - 1;
      const clauses = clausesOf(text, open + 1, close);
      if (
        clauses.some(
          (clause) =>
            clause.field !== undefined ||
            unlabelledHome(text, clause) ||
            OWNED_FLAT.test(text.slice(clause.valueStart, clause.end).trim()),
        )
      )
        found.push({ start: open + 1, end: close });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * After a name, the words that make what follows that person's (的, 留下的, 预留的…) and a
 * phone's or an address's label said with 为 or a colon: 邓国庆留下的联系电话为0830-3125678,
 * 王芳的外送地址为江阳区…501室. The first group is the possessive, the label starts after it.
 */
const OWNED_FIELD =
  /^((?:留下|所留|提供|预留|預留|填写|填寫|登记|登記)?的)[\u4e00-\u9fff]{0,4}?(?:地址|住址|电话|電話|手机|手機|联系方式|聯繫方式)(?:号码|號碼)?(?:为|為|是|：|:)/;
/** Longest possessive and label read after a name. */
const MAX_OWNED_LABEL = 20;
const CLAUSE_STOPS = /[，,。；;\n]/g;

/** Where the clause starting at `start` ends (a comma, a sentence, a line), at most a remark on. */
function clauseEnd(text: string, start: number): number {
  CLAUSE_STOPS.lastIndex = start;
  const stop = CLAUSE_STOPS.exec(text);
  return Math.min(stop ? stop.index : text.length, start + MAX_REMARK);
}

/** Most clauses of description (男, 45岁, 汉族) read between a name and its home. */
const MAX_DESCRIPTIONS = 3;
/** A clause that describes a person: sex, age, ethnicity, birth. */
const DESCRIPTION = /^(?:男|女|[0-9０-９]{1,3}(?:周)?岁|.{1,4}族|.{0,12}出生)$/;

/**
 * The clause after a third person's name and a comma that says where the person lives
 * (当事人之子陈浩然，暂住内江市…附5号，在询问中称…; 证人李四，男，45岁，住…组，…), past
 * clauses that describe the person: a remark written without brackets.
 */
function homeAfterComma(text: string, from: number): Span | undefined {
  let lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = text.length;
  const clauses = clausesOf(text, from, Math.min(lineEnd, from + MAX_REMARK), MAX_DESCRIPTIONS + 1);
  for (const clause of clauses) {
    if (isHomeClause(text, clause)) return { start: clause.start, end: clause.end };
    if (!DESCRIPTION.test(text.slice(clause.start, clause.end).trim())) return undefined;
  }
  return undefined;
}

/** The addresses of a house in the remarks (…16号1栋904室, …五社37号), not descriptions. */
export function remarkAddresses(text: string, remarks: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const remark of remarks) {
    for (const clause of clausesOf(text, remark.start, remark.end)) {
      if (isLabelledHome(text, clause)) found.push({ start: clause.valueStart, end: clause.end });
      else if (OWNED_FLAT.test(text.slice(clause.valueStart, clause.end).trim())) {
        // 熊桂芳（湖滨锦苑9栋2单元702室业主）: the flat the person owns or lives in.
        const value = text.slice(clause.valueStart, clause.end);
        const flat = OWNED_FLAT.exec(value.trim())![1]!;
        const start = clause.valueStart + value.indexOf(flat);
        found.push({ start, end: start + flat.length });
      } else if (
        clause.field === FieldKind.address &&
        VILLAGE_HOME.test(text.slice(clause.valueStart, clause.end).trim())
      )
        // 杨丽春（女，68岁，住大理市银桥镇磻溪村委会沙村）: a village is a whole home in the
        // countryside, where the person's own bracket says they live there.
        found.push({ start: afterDwellingVerb(text, clause.valueStart), end: clause.end });
      else if (unlabelledHome(text, clause))
        // 住泸县…4组: the address starts after the verb; 任福贵之女任丽娟家住平遥县…502室: after
        // the verb that follows whose home it is.
        found.push({
          start: homeStartInClause(text, clause.valueStart, clause.end),
          end: clause.end,
        });
      else if (
        clause.role === undefined &&
        (clause.field === undefined ||
          // （村委会地址：…）: an office's place in a cadre's bracket is no home of theirs.
          (clause.labelled && clause.field !== FieldKind.premises))
      ) {
        // 住泸县云龙镇⏎杨柳村4组: a PDF's line cut the address, which goes on after the break.
        const start =
          clause.field === undefined
            ? afterDwellingVerb(text, clause.valueStart)
            : clause.valueStart;
        const across = addressAcrossBreak(text, start, clause.end);
        if (across) found.push({ start, end: across.end });
      }
    }
  }
  return found;
}

/** Where the address of a clause that says whose home it is starts: after its 家住 or 住. */
function homeStartInClause(text: string, start: number, end: number): number {
  const verb = LIVES_AT.exec(text.slice(start, end));
  return verb ? start + verb.index + verb[0].length : afterDwellingVerb(text, start);
}
/** A dwelling verb, then a place (家住平遥县…, 住在古陶镇…). */
const LIVES_AT =
  /(?:家住|住在|现住|現住|暂住|暫住|住(?![所址宅房]))(?=[\u4e00-\u9fff]{1,8}[省市县縣区區镇鎮乡鄉村])/;

/** A flat, then the person's tie to it (…702室业主, …12号住户). */
const OWNED_FLAT =
  /^(.*[0-9０-９](?:室|号|號|户|戶))(?:业主|業主|住户|住戶|租户|租戶|户主|戶主|房主)$/;

/** A place that ends as a village or a hamlet does (…磻溪村委会沙村, 木乐村旧屋屯). */
const VILLAGE_HOME = /[市县縣区區镇鎮乡鄉][^，。；]{1,16}[村屯寨]$/;

/** A clause labelled as an address whose value ends as a house does (住：…16号1栋904室). */
function isLabelledHome(text: string, clause: Clause): boolean {
  return (
    clause.field === FieldKind.address &&
    clause.labelled &&
    HOME_END.test(text.slice(clause.valueStart, clause.end).trim())
  );
}

/** A clause that gives a house's address, labelled or not. */
function isHomeClause(text: string, clause: Clause): boolean {
  return isLabelledHome(text, clause) || unlabelledHome(text, clause);
}

/** A clause with no label or role that is a house's address (泸县福集镇龙华路33号). */
function unlabelledHome(text: string, clause: Clause): boolean {
  return (
    clause.field === undefined &&
    clause.role === undefined &&
    isHomeShaped(text.slice(clause.valueStart, clause.end).trim())
  );
}

/** The remark holding `pos`, if any (remarks sorted, none overlapping). */
export function remarkAt(remarks: readonly Span[], pos: number): Span | undefined {
  let low = 0;
  let high = remarks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const remark = remarks[middle]!;
    if (remark.start > pos) high = middle - 1;
    else if (remark.end <= pos) low = middle + 1;
    else return remark;
  }
  return undefined;
}
