import { CHAR_CLASSES, CharClass, characterSet, isHanCode, skipSpaces } from './internal/chars';
import { ReverseTrie } from './internal/reverse-trie';
import type { TextDetector } from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { ADDRESS_LABELS, AddressLabelKind, Subject } from './labels';
import { isMaskedOnly } from './placeholders';

/**
 * County-level units (GB/T 2260): an address is kept down to the first of these in public
 * style (court practice, 法释〔2016〕19号: 住所 kept to 县/区).
 */
export const COUNTY_LEVEL_SUFFIXES = '县区旗縣區';
const COUNTY_SUFFIX_TABLE = characterSet(COUNTY_LEVEL_SUFFIXES);
/** Words ending in 区 that are below county level. */
export const SUB_COUNTY_AREAS = [
  '小区',
  '社区',
  '园区',
  '片区',
  '厂区',
  '矿区',
  '营区',
  '街区',
  '景区',
  '校区',
  '城区',
];
/** How far into an address the county may be (四川省泸州市江阳区 is 9). */
const COUNTY_SEARCH_LIMIT = 16;
/**
 * Longest address read (keeps the work per label bounded). A longer value is cut here: its
 * redaction ends in 【已脱敏】 or *, where a re-read stops, so redaction stays idempotent.
 */
const MAX_ADDRESS_LENGTH = 100;
/**
 * Characters that end an address value (【 and * start redacted data; a colon starts the next
 * field, 身份证号码：…).
 */
const ADDRESS_END_CHARACTERS = '，,。；;：:\n\r|｜│┃\t\u2063（()）、<>\u3000\u00a0 【*＊';
const ADDRESS_END_TABLE = characterSet(ADDRESS_END_CHARACTERS);
/**
 * Characters an address contains (省, 市, 县, 区, 镇, 乡, 村, 路, 街, 号…, GB/T 2260 and street
 * naming): a value without any (住址等个人隐私内容) is prose, not an address.
 */
export const ADDRESS_MARKERS = '省市县区镇乡村组路街道巷弄号栋楼室幢苑园縣區鎮鄉號樓';
const ADDRESS_MARKER_TABLE = characterSet(ADDRESS_MARKERS);

export function hasAddressMarker(value: string): boolean {
  for (let k = 0; k < value.length; k++)
    if (ADDRESS_MARKER_TABLE[value.charCodeAt(k)] === 1) return true;
  return false;
}

/** Another field starting inside the value (住址：XX路5号联系电话138…). */
const FOLLOWING_FIELDS = [
  '联系电话',
  '电话',
  '手机',
  '联系方式',
  '身份证',
  '邮编',
  '邮政编码',
  '電話',
  '聯繫',
];

interface AddressLabel {
  readonly kind: AddressLabelKind;
  readonly bare: boolean;
  readonly reason: string;
}

// Spaced: a form spreads a two-character label over its cell (住  址：…, 地  址：…) to line it
// up with the four-character ones; 住  址 is as personal as 住址.
const ADDRESS_LABEL_TRIE = new ReverseTrie<AddressLabel>(
  ADDRESS_LABELS.map(
    ([label, kind, bare]) => [label, { kind, bare, reason: `${label}：自然人地址` }] as const,
  ),
  true,
);

/** First characters of FOLLOWING_FIELDS: one table load per character while reading a value. */
const FOLLOWING_FIELD_STARTS = characterSet(FOLLOWING_FIELDS.map((field) => field[0]).join(''));

/**
 * Length of the part of an address that public style keeps: up to the county or district
 * (泸州市江阳区), else up to the city (泸州市), else nothing.
 */
export function countyPrefixLength(address: string): number {
  const limit = Math.min(address.length, COUNTY_SEARCH_LIMIT);
  for (let i = 1; i < limit; i++) {
    if (COUNTY_SUFFIX_TABLE[address.charCodeAt(i)] === 0) continue;
    if (SUB_COUNTY_AREAS.includes(address.slice(i - 1, i + 1))) continue;
    return i + 1;
  }
  const city = address.lastIndexOf('市', Math.min(address.length - 1, 9));
  if (city > 0) return city + 1;
  const province = address.indexOf('省');
  return province > 0 && province < 6 ? province + 1 : 0;
}

// Before a bare 住: the start of a field or clause (男，住…；（…，住…）).
const CLAUSE_STARTS = '，,、；;（( \t\n\u3000：:';
// In its value, before the next field's colon: a house number or a village group (…3组,
// 吉安村三社 as 重庆 and the hills write it), which an agency name never has.
const HOUSE_NUMBER = /^[^，,。；;：:\n]{0,40}?(?:\d|[号號室栋棟幢组組弄]|村.{1,3}[社队隊])/;

/**
 * A one-character 住 is a label only where a clause starts and a house number follows:
 * 住示例县城关镇幸福路12号 is a home; 示例县住房和城乡建设局, 住宿费 and 入住 are not.
 */
function bareHomeLabelFits(text: string, start: number, from: number, to: number): boolean {
  if (start > from && !CLAUSE_STARTS.includes(text.charAt(start - 1))) return false;
  // …公民身份号码…，住⏎遂川县草林镇…17号: a PDF's line broke right after 住.
  const value = text.charCodeAt(start + 1) === 0x0a ? start + 2 : start + 1;
  return HOUSE_NUMBER.test(text.slice(value, Math.min(to, value + 48)));
}

/**
 * Addresses of natural persons, after their label: 住址, 家庭住址, 现住 (always personal);
 * 住所, 地址 (personal unless the block is an organisation's: a company's registered 住所 and
 * the agency's address are public, DOMAIN §4); 经营场所, 注册地址 are never reported.
 * The finding covers the whole value; public redaction keeps it down to county/district.
 *
 * Limit: addresses without a label (张三在江阳区XX路12号经营…) are not found.
 */
/** False when no address label ends at `at` (most 所, 地…): matchAddress need not run. */
export function mayEndAddressLabel(text: string, at: number, from: number): boolean {
  return ADDRESS_LABEL_TRIE.mayEndAt(text, at + 1, from);
}

/**
 * Where an address value starting at `start` ends: at punctuation, a line or cell end, the
 * next field (联系电话…), or after MAX_ADDRESS_LENGTH characters.
 */
export function addressValueEnd(text: string, start: number, to: number): number {
  const limit = Math.min(to, start + MAX_ADDRESS_LENGTH);
  let end = start;
  for (; end < limit; end++) {
    const code = text.charCodeAt(end);
    if (ADDRESS_END_TABLE[code] === 1) {
      // 泸州市 江阳区康城路12号 (a line break in a table cell): one space inside an address
      // is crossed when what follows is more of it (a street, a number) and no next field.
      if (code === 0x20 && end > start && continuesAddress(text, end + 1, limit)) continue;
      // 北京东路5 7号 (a scan's OCR split a house number): digits on both sides of one space.
      if (
        code === 0x20 &&
        CHAR_CLASSES[text.charCodeAt(end - 1)] === CharClass.digit &&
        CHAR_CLASSES[text.charCodeAt(end + 1)] === CharClass.digit
      )
        continue;
      break;
    }
    if (
      FOLLOWING_FIELD_STARTS[code] === 1 &&
      FOLLOWING_FIELDS.some((field) => text.startsWith(field, end))
    )
      break;
  }
  return end;
}

/** Street-level parts of an address: what a continuation after a space must hold. */
const STREET_TABLE = characterSet('路街道巷弄号栋幢单元室组村號棟');

/** True when text from `at` (up to the next stop) is the rest of an address, not a new field. */
function continuesAddress(text: string, at: number, limit: number): boolean {
  if (at >= limit || !isHanCode(text.charCodeAt(at))) return false;
  if (
    FOLLOWING_FIELD_STARTS[text.charCodeAt(at)] === 1 &&
    FOLLOWING_FIELDS.some((f) => text.startsWith(f, at))
  )
    return false;
  let street = false;
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (ADDRESS_END_TABLE[code] === 1) return street && code !== 0xff1a && code !== 0x3a;
    if (STREET_TABLE[code] === 1) street = true;
  }
  return street;
}

/** Words of a sentence, which no place name holds before its county. */
const PROSE_BEFORE_PLACE = /[及其的到在]|位于|位於/;

/**
 * The labels of where to reach someone (联系地址, 通讯地址, 送达地址), which prose may run into
 * the address with no colon, when the value opens with a city or county and goes down to a
 * street, a village or a house (绵阳市涪城区临园路东段36号…; not 管辖区域内2处). 住所 and 地址
 * with no colon are a company's as often (法定代表人何天佑，住所九寨沟县…): they still need one.
 */
const CONTACT_ADDRESS_LABELS = /^(?:联系|通讯|送达)地址$/;
const PLACE_OPENING =
  /^[\u4e00-\u9fff]{1,14}?[市县区旗縣區][\u4e00-\u9fff\d]*?[路街道巷弄号栋幢单元室组村號棟]/;

/**
 * What joins an address label to its value: a colon, 】 of 【户籍所在地】, 为 and 是 in prose, or
 * the bar between a label cell and its value cell in a table typed as text (│ 住址 │ …).
 */
const VALUE_JOINERS = '：:】为為是|｜│┃';

export const matchAddress: TextDetector = (text, at, from, to, state) => {
  const next = text.charCodeAt(at + 1);
  // 现住 in 现住址, 住所 in 住所地: the longer label is matched one character later.
  if (
    (next === 0x5740 || next === 0x6240 || next === 0x5730) &&
    ADDRESS_LABEL_TRIE.longestEndingAt(text, at + 2, from)
  ) {
    return undefined;
  }
  const label = ADDRESS_LABEL_TRIE.longestEndingAt(text, at + 1, from);
  if (!label) return undefined;
  const { kind, bare, reason } = label.value;
  if (at === label.start && !bareHomeLabelFits(text, label.start, from, to)) return undefined;
  let i = skipSpaces(text, at + 1, to);
  // 住⏎遂川县…, 现住⏎泸县…, 她家住⏎筱溪街道…: a home's label at a PDF line's end, its
  // value on the next line, which opens with a place.
  if (
    text.charCodeAt(i) === 0x0a &&
    (at === label.start || kind === AddressLabelKind.personal) &&
    hasAddressMarker(text.slice(i + 1, i + 7))
  )
    i = skipSpaces(text, i + 1, to);
  // 收件地址为…, 住址是…, 现居住于…: in prose the label is joined to its value by 为, 是, or
  // 于 after 住 (户籍地址于都县… is 于都县's 于).
  // 户籍地及现住址均为内江市…: 均 (都) before the joiner, of two labels sharing one value.
  if ((text[i] === '均' || text[i] === '都') && VALUE_JOINERS.includes(text[i + 1]!)) i++;
  const separated = VALUE_JOINERS.includes(text[i]!) || (text[i] === '于' && text[at] === '住');
  if (separated) {
    i = skipSpaces(text, i + 1, to);
    // 外送地址为：…: 为 and a colon both.
    if ('为為'.includes(text[i - 1]!) && '：:'.includes(text[i]!)) i = skipSpaces(text, i + 1, to);
    // 原确认送达地址：⏎南充市… — a PDF's or a form's line put the value on the next line.
    if (text.charCodeAt(i) === 0x0a && countyPrefixLength(text.slice(i + 1, i + 20)) > 0)
      i = skipSpaces(text, i + 1, to);
  }
  const end = addressValueEnd(text, i, to);
  const value = text.slice(i, end);
  // 联系地址绵阳市涪城区…602室 (in a bracket of prose, no colon).
  if (
    !separated &&
    !bare &&
    !(CONTACT_ADDRESS_LABELS.test(text.slice(label.start, at + 1)) && PLACE_OPENING.test(value))
  )
    return undefined;
  if (kind === AddressLabelKind.public) return { resume: end };
  if (value.length < 2 || !hasAddressMarker(value)) return undefined;
  const county = countyPrefixLength(value);
  // With no colon the label may be a noun in prose (存放于其家庭住址楼下的车库内): what
  // follows is an address only if it names a place or a number; and prose before the place
  // is no value (到其居住地及其父母位于会宁县…: the place is read where the sentence names it).
  if (
    !separated &&
    ((county === 0 && !HOUSE_NUMBER.test(value)) || PROSE_BEFORE_PLACE.test(value.slice(0, county)))
  )
    return undefined;
  if (kind === AddressLabelKind.ambiguous && state.ownerAt(label.start) === Subject.organisation) {
    return { resume: end };
  }
  if (isMaskedOnly(value.slice(countyPrefixLength(value)))) return { resume: end };
  return {
    resume: end,
    findings: [
      {
        kind: PersonalDataKind.address,
        start: i,
        end,
        confidence: kind === AddressLabelKind.personal ? 0.9 : 0.75,
        reason,
      },
    ],
  };
};
