import type { IsoDate } from '../../core/calendar/index';
import {
  DECISION_CATEGORIES,
  type DecisionCategory,
  type DecisionRecord,
  PartyKind,
  parseFineAmount,
} from '../../core/records/index';

/** What the content script may hand out about the record being published: redacted text. */
export interface PageRecordSource {
  /** The form's named fields (title, category, dates…), values already redacted. */
  readonly fields: Readonly<Record<string, string>>;
  /** The body's text, already redacted. */
  readonly body: string;
}

// Patterns of a Chinese decision document (GB/T 9704 公文格式 habits).
/** 文号: issuer abbreviation + 〔year〕 + number + 号, e.g. 示市监罚〔2026〕15号. */
const DOCUMENT_NUMBER = /[\u3400-\u9fff]{1,16}[〔[(（]\d{4}[〕\])）]\d+号/;
const DOCUMENT_TITLE = /(行政(?:处罚|许可|强制|征收|检查|收费)[\u3400-\u9fff]{0,6}决定书)/;
const PARTY = /当事人[：:]\s*([^，,。；;（(\n]+)/;
const CREDIT_CODE = /统一社会信用代码[：:]\s*([0-9A-HJ-NPQRTUWXY]{18})/;
const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
const DECISION = /(?:本机关|本局|本委)?决定[：:]\s*([^\n]+)/;
const FACTS = /经查[，,：:]\s*([^\n]+)/;
const AGENCY_SUFFIX = /^[\u3400-\u9fff]{2,30}?(?:局|委员会|政府|办公室|支队|大队|中心|所|院)/;
const ORGANISATION_WORDS = [
  '公司',
  '厂',
  '店',
  '部',
  '中心',
  '合作社',
  '协会',
  '医院',
  '学校',
  '商行',
];

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function lastChineseDate(text: string): IsoDate | undefined {
  let found: IsoDate | undefined;
  for (const [, year, month, day] of text.matchAll(CHINESE_DATE)) {
    found = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  }
  return found;
}

function categoryOf(value: string | undefined): DecisionCategory {
  return DECISION_CATEGORIES.find((category) => category === value) ?? '其他';
}

/**
 * A best-effort DecisionRecord from a CMS publish form, for the publication checklist. CMS
 * forms have no standard fields, so most of it is read from the body the way a clerk would:
 * 文号, 当事人, 统一社会信用代码, the last date (the decision's signature date), 决定 and 经查.
 * Whatever is not found stays empty, and the core rules then say it is missing.
 *
 * Limit: one record per page; a page listing several decisions is checked as one.
 */
export function draftRecord(source: PageRecordSource): DecisionRecord {
  const { fields, body } = source;
  const title = fields.title ?? '';
  const bodyLines = lines(body);
  const documentNumber = (title.match(DOCUMENT_NUMBER) ?? body.match(DOCUMENT_NUMBER))?.[0];
  const partyName = body.match(PARTY)?.[1]?.trim() ?? '';
  const creditCode = body.match(CREDIT_CODE)?.[1];
  const partyKind = body.includes('个体工商户')
    ? PartyKind.individualBusiness
    : creditCode || ORGANISATION_WORDS.some((word) => partyName.includes(word))
      ? PartyKind.organisation
      : PartyKind.naturalPerson;
  const agencyName =
    title.match(AGENCY_SUFFIX)?.[0] ??
    bodyLines.find((line) => AGENCY_SUFFIX.test(line) && line.length <= 30) ??
    '';
  const decisionDate = fields.decisionDate || lastChineseDate(body) || '';
  const decision = body.match(DECISION)?.[1]?.trim();
  const fine = parseFineAmount(decision ?? body);
  const record: DecisionRecord = {
    id: documentNumber ?? 'draft',
    category: categoryOf(fields.category),
    ...(documentNumber ? { documentNumber } : {}),
    ...(body.match(DOCUMENT_TITLE) ? { documentTitle: body.match(DOCUMENT_TITLE)![1] } : {}),
    party: {
      name: partyName,
      kind: partyKind,
      ...(creditCode ? { identifiers: { unifiedSocialCreditCode: creditCode } } : {}),
    },
    agency: { name: agencyName },
    ...(body.match(FACTS) ? { facts: body.match(FACTS)![1]!.trim() } : {}),
    ...(decision ? { content: decision } : {}),
    ...(fine ? { amounts: { fine } } : {}),
    decisionDate,
    ...(body ? { fullText: body } : {}),
  };
  return record;
}
