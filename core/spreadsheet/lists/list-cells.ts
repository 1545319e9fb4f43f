import type { IsoDate } from '../../calendar/iso-date';
import type { LegalBasis } from '../../records/agency-profile';
import { parseChineseInteger } from '../../records/chinese-amount';
import type { ProcedureStep, ServiceGuide, TimeLimit } from '../../records/service-guide';
import { TimeUnit } from '../../records/service-guide';
import { parseCellDate } from '../cell-values';

/**
 * Readers for the cells of 事前公开 lists, which hold several values in one cell (duties,
 * materials, conditions, procedure steps) the way agencies type them in Excel: one per line,
 * or separated by ；, often numbered (1. 2. / （1）/ ①).
 */

// Numbering a clerk puts before each item: 1. 1、 1） (1) （一） ① 一、
const ITEM_NUMBER =
  /^(?:\d{1,2}\s*[.、．)）]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*/;

/**
 * The items of a multi-value cell: split on line breaks and ；/; (full- and half-width), the
 * numbering taken off, empty items dropped.
 *
 * @example splitItems('1.有经营场所；\n2.有管理制度') // ['有经营场所', '有管理制度']
 */
export function splitItems(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n|[；;]/)
    .map((item) =>
      item
        .trim()
        .replace(ITEM_NUMBER, '')
        .trim()
        .replace(/[。，,]$/, ''),
    )
    .filter((item) => item !== '');
}

const UNITS: Readonly<Record<string, TimeUnit>> = {
  工作日: TimeUnit.workingDays,
  个工作日: TimeUnit.workingDays,
  日: TimeUnit.days,
  天: TimeUnit.days,
  自然日: TimeUnit.days,
  小时: TimeUnit.hours,
};
const TIME_LIMIT = /([0-9]+|[零一二两三四五六七八九十百]+)\s*个?\s*(工作日|自然日|日|天|小时)/;
const IMMEDIATE = /即办|当场办结|当场办理|立即办理|即时办结/;

/**
 * A time limit as written in a guide: 8个工作日, 20日, 二十个工作日, 24小时, 即办 (0 working
 * days). A bracketed remark becomes the note (8个工作日（法定时限20个工作日）). Undefined when
 * the text names no limit.
 */
export function parseTimeLimit(text: string | undefined): TimeLimit | undefined {
  if (!text) return undefined;
  const normalised = text.normalize('NFKC');
  const bracketed = /[(（]([^()（）]+)[)）]/.exec(normalised)?.[1]?.trim();
  const outside = normalised.replace(/[(（][^()（）]*[)）]/g, '');
  const match = TIME_LIMIT.exec(outside);
  if (!match) {
    if (IMMEDIATE.test(normalised)) {
      return { value: 0, unit: TimeUnit.workingDays, note: normalised.trim() };
    }
    return undefined;
  }
  const value = /^\d+$/.test(match[1]!) ? Number(match[1]) : parseChineseInteger(match[1]!);
  if (value === undefined) return undefined;
  return { value, unit: UNITS[match[2]!]!, ...(bracketed ? { note: bracketed } : {}) };
}

const DATE_IN_TEXT = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?<!\d)\d{8}(?!\d)/g;

/**
 * The last day a credential is valid, from 证件有效期 as written: a date, a range
 * (2022-01-01至2027-12-31: the end counts), an Excel serial number, or 长期 (`open`).
 */
export function parseValidUntil(text: string | undefined): {
  date?: IsoDate;
  open?: true;
  invalid?: true;
} {
  if (!text) return {};
  const dates = text.normalize('NFKC').match(DATE_IN_TEXT);
  if (dates && dates.length > 0) return parseCellDate(dates.at(-1));
  return parseCellDate(text);
}

const COPIES = /[(（]?\s*([0-9]+|[一二两三四五六七八九十]+)\s*份\s*[)）]?/;

/**
 * 申请材料: one material per item, with its number of copies (申请书（1份）, 营业执照复印件
 * 1份) and any other bracketed remark as the note (身份证明（原件核验）).
 */
export function parseMaterials(text: string | undefined): ServiceGuide['materials'] {
  return splitItems(text).map((item) => {
    const normalised = item.normalize('NFKC');
    const copiesMatch = COPIES.exec(normalised);
    let rest = copiesMatch ? normalised.replace(copiesMatch[0], '') : normalised;
    const copies = copiesMatch
      ? /^\d+$/.test(copiesMatch[1]!)
        ? Number(copiesMatch[1])
        : parseChineseInteger(copiesMatch[1]!)
      : undefined;
    const note = /[(（]([^()（）]+)[)）]/.exec(rest)?.[1]?.trim();
    if (note) rest = rest.replace(/[(（][^()（）]+[)）]/, '');
    const name = rest.trim() || item;
    return {
      name,
      ...(copies !== undefined && copies > 0 ? { copies } : {}),
      ...(note ? { note } : {}),
    };
  });
}

/**
 * 执法依据: one law per item; 《title》 and the articles after it are split (《中华人民共和国
 * 食品安全法》第三十四条 → title, articles); a 裁量基准 is marked as one.
 */
export function parseLegalBasis(text: string | undefined): LegalBasis[] {
  return splitItems(text).map((item) => {
    const quoted = /^《([^》]+)》\s*(.*)$/.exec(item);
    const title = quoted ? quoted[1]!.trim() : item;
    const articles = quoted?.[2]?.trim();
    return {
      title,
      ...(articles ? { articles } : {}),
      ...(/裁量基准|裁量标准/.test(title) ? { discretionStandard: true } : {}),
    };
  });
}

/**
 * 办理流程 typed into one cell: steps separated by →, ->, >, line breaks or ；, each
 * `名称（办理人，时限）` or `名称：办理人，时限`. A step without its own actor is done by
 * `defaultActor` (the approving body).
 *
 * @example parseSteps('受理（窗口，1个工作日）→审查（承办科室，5个工作日）→决定', '某局')
 */
export function parseSteps(text: string | undefined, defaultActor: string): ProcedureStep[] {
  if (!text) return [];
  return text
    .split(/\s*(?:→|->|＞|>|⇒|\r?\n|[；;])\s*/)
    .map((part) => part.trim().replace(ITEM_NUMBER, '').trim())
    .filter((part) => part !== '')
    .map((part) => {
      const bracket = /^([^（(：:]+)[（(]([^）)]*)[）)]$/.exec(part);
      const colon = /^([^：:]+)[：:](.+)$/.exec(part);
      const [name, detail] = bracket
        ? [bracket[1]!, bracket[2]!]
        : colon
          ? [colon[1]!, colon[2]!]
          : [part, ''];
      const pieces = detail
        .split(/[，,、]/)
        .map((piece) => piece.trim())
        .filter(Boolean);
      const timeLimit = pieces.map(parseTimeLimit).find((limit) => limit !== undefined);
      const actor = pieces.find((piece) => parseTimeLimit(piece) === undefined);
      return {
        name: name.trim(),
        actor: actor ?? defaultActor,
        ...(timeLimit ? { timeLimit } : {}),
      };
    });
}

/** 收费标准 as agencies write "free": 否, 无, 不收费, 免费, 0 → 不收费; anything else as written. */
export function parseFees(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return /^(?:否|无|不收费|免费|免收|0(?:\.0+)?元?)$/.test(text.normalize('NFKC').trim())
    ? '不收费'
    : text;
}
