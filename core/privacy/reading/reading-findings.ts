import { countyPrefixLength, hasAddressMarker } from '../address';
import type { RawFinding } from '../internal/scan-state';
import { PersonalDataKind } from '../kinds';
import { isMaskedOnly } from '../placeholders';
import type { DocumentReading } from './document-reading';
import { addressPieces, isDwellingPlace, isPublicFacility } from './home-addresses';
import type { PaperNumber } from './identity-papers';
import { nameOccurrences } from './name-occurrences';
import { isOrganisationName } from './organisation-name';
import { spacedAddressEnd, withoutPdfSpaces } from './pdf-spacing';
import { suffixedPlates } from './vehicles';

/**
 * What the document reading decides beyond single numbers and labels, in text order: a
 * minor's decision (its own finding, on the child's name), the names of natural persons
 * other than the party wherever they appear, and addresses in natural persons' blocks under
 * any label.
 */
export function readingFindings(
  text: string,
  from: number,
  to: number,
  reading: DocumentReading,
  papers: readonly PaperNumber[] = [],
): RawFinding[] {
  const found: RawFinding[] = [];
  // 工作许可证号：3302…, 证件号码：北字第2016038472号, a 护照号码 column's numbers: a person's.
  for (const paper of papers) {
    if (paper.start < from || paper.start >= to) continue;
    found.push({
      kind: paper.kind,
      start: paper.start,
      end: paper.end,
      confidence: 0.85,
      reason: paper.reason ?? '外国人工作许可证、军人证件、护照等身份证件号码',
    });
  }
  for (const minor of reading.minors) {
    if (minor.start < from || minor.start >= to) continue;
    found.push({
      kind: PersonalDataKind.minor,
      start: minor.start,
      end: minor.end,
      confidence: 0.9,
      reason: minor.reason,
      ...(minor.name === undefined ? { reportOnly: true as const } : {}),
    });
  }
  for (const occurrence of nameOccurrences(
    text,
    from,
    to,
    reading.thirdPartyNames,
    reading.publicNames,
  )) {
    found.push({
      kind: PersonalDataKind.name,
      start: occurrence.start,
      end: occurrence.end,
      confidence: 0.8,
      reason: occurrence.name.minor ? '未成年当事人的姓名' : '当事人以外的自然人姓名',
    });
  }
  for (const span of reading.personalAddresses) {
    if (span.start < from || span.start >= to) continue;
    // Read across a PDF's line break (and page number) or a cell's <br>: removed piece by piece.
    const pieces = addressPieces(text, span.start, span.end);
    for (const piece of pieces) {
      const finding = personalAddressAt(text, piece.start, piece.end, pieces.length === 1);
      if (finding) found.push(finding);
    }
  }
  // The same home written again in the facts (该住房位于…126号): removed there too.
  for (const occurrence of nameOccurrences(text, from, to, reading.repeatedAddresses, [])) {
    found.push({
      kind: PersonalDataKind.address,
      start: occurrence.start,
      end: occurrence.end,
      confidence: 0.8,
      reason: '自然人地址在文中再次出现',
    });
  }
  for (const plate of suffixedPlates(text, from, to)) {
    if (reading.companyVehicleAt(text, plate.start)) continue;
    found.push({
      kind: PersonalDataKind.plate,
      start: plate.start,
      end: plate.end,
      confidence: 0.8,
      reason: '自然人的挂车、教练车号牌',
    });
  }
  // Stable: the minor's finding stays before the name at the same place.
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A town or a street office and nothing below it (居住地（乡镇、街道）：文疃镇): where thousands
 * live, no one's home; public style keeps as much of any address.
 */
const TOWN_ONLY = /^[\u4e00-\u9fff]{1,8}(?:镇|乡|鎮|鄉|街道|街道办事处|街道辦事處)$/;

/**
 * A natural person's address whose value starts at `start`, as the document reading found it
 * (any label in a person's block: 现居住地址, 送达地点, 户籍住址, or none in a run-on block),
 * or undefined when the value is no address (无, 同上, already redacted).
 */
/**
 * A flat named by its room (1103房) or its floor and side (6楼东户); a settlement whose name
 * holds no unit the detectors know (海湖新城, 岜沙寨, 茶埠村三社).
 */
const MARKERLESS_PLACE = /[0-9０-９](?:房|户|戶)$|(?:屯|寨|社|新城|公寓)$/;

/**
 * A label that says the value is where someone lives (住址, 现住, 居住地, 户籍地, 家庭住址,
 * 暂住), right before it: not 地址 or 联系地址, which a business or an office has too.
 */
const HOME_LABEL_BEFORE =
  /(?:住址|住所|现住|現住|居住地|居住|户籍地|戶籍地|户籍|戶籍|家庭住址|暂住地|暫住地|暂住|暫住|定居点|定居點)[\s\u2063]*[：:]?[\s\u2063]*$/;
/** A place's words: Han characters, and no mask (住所：138 **** 5678 is a phone staff masked). */
const PLACE_WORDS = /^[^*＊]*[\u4e00-\u9fff]{2}[^*＊]*$/;
/**
 * What such a label holds when it names no place of its own (同上, 同当事人, 不详, 无固定住所,
 * 以船为家: the place follows). An organisation's name there (住所：泸州佳乐物业管理有限公司) is
 * no home either (isOrganisationName).
 */
const NO_HOME =
  /^(?:同(?:上|前|本人|当事人|當事人|户籍|戶籍|住址|居住|现住|現住)|不详|不詳|无|無|暂无|暫無|以.{1,3}为家|以.{1,3}為家)/;

function personalAddressAt(
  text: string,
  start: number,
  to: number,
  whole: boolean,
):
  | { kind: PersonalDataKind; start: number; end: number; confidence: number; reason: string }
  | undefined {
  const end = spacedAddressEnd(text, start, to);
  const value = withoutPdfSpaces(text, start, end);
  // (1103房, 6楼东户: a flat as neighbours name it; 海湖新城: no marker the detectors know.
  // Under a home's own label any place is a home: 住址：哈日高毕嘎查冬季营地, 现住：…放牧窝棚.)
  if (
    value.length < 2 ||
    !(
      hasAddressMarker(value) ||
      MARKERLESS_PLACE.test(value) ||
      isDwellingPlace(value) ||
      (HOME_LABEL_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
        PLACE_WORDS.test(value) &&
        !NO_HOME.test(value) &&
        !isOrganisationName(value))
    ) ||
    isPublicFacility(value)
  )
    return undefined;
  const below = value.slice(countyPrefixLength(value));
  // (A town at a line's end may be the first piece of a home a PDF's line cut.)
  if (isMaskedOnly(below) || (whole && TOWN_ONLY.test(below))) return undefined;
  return {
    kind: PersonalDataKind.address,
    start,
    end,
    confidence: 0.85,
    reason: '自然人当事人或其他自然人的地址',
  };
}
