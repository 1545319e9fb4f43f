import { ageOn, datesIn, type TextDate } from './dates';
import {
  type Holder,
  HolderKind,
  holderAt,
  type PartyBlocks,
  readPartyBlocks,
  type Span,
} from './party-blocks';
import { type NameMention, roleMentions } from './role-mentions';
import { Role } from './roles';

/**
 * A document read the way a reviewer reads it before publication (DOMAIN.md §4b): who the
 * parties are and whether each is a natural person or an organisation, whose block each line
 * is, which natural persons other than the party it names, and whether the party is a minor.
 * The detectors consult it: an address under 地址 is deleted in a person's block and kept in a
 * company's; a name found once after 证人 is replaced everywhere.
 */
export interface DocumentReading {
  /** Whose block `pos` is in (undefined outside blocks: prose, headings). */
  holderAt(pos: number): Holder | undefined;
  readonly holders: readonly Holder[];
  /** Natural persons other than the party, to be replaced wherever they appear. */
  readonly thirdPartyNames: readonly string[];
  /** Names that stay: the party, representatives, officers, lawyers. */
  readonly publicNames: readonly string[];
  /** Address values in natural persons' blocks, whatever their label says. */
  readonly personalAddresses: readonly Span[];
  /** Set when the party is a natural person under 18 on the document's date. */
  readonly minor?: MinorParty;
  /** Every party is an organisation (a vehicle plate in the facts is then the company's). */
  readonly organisationParties: boolean;
  /** Equal for two readings that decide the same (the incremental scanner compares them). */
  readonly signature: string;
}

export interface MinorParty {
  /** The child's name where the party block gives it, or the party's role word. */
  readonly start: number;
  readonly end: number;
  /** The child's name, when written out (its other occurrences are replaced too). */
  readonly name?: string;
  readonly reason: string;
}

/** Under this age on the document's date, a party's decision is not published (DOMAIN §2). */
export const MINOR_AGE = 18;

/** 未满十八周岁 said of the party in the facts (鉴于当事人系未满十八周岁的未成年人). */
const DECLARED_MINOR =
  /(?:当事人|被处罚人|违法行为人|违法嫌疑人|申请人)[^。；\n]{0,20}(?:未满|不满)(?:十八|18)周岁/;

/**
 * The document's date: the 落款 (a date alone on its line, the last such), else the latest
 * date written. Undefined when the text has no date.
 */
export function documentDate(text: string): TextDate | undefined {
  const dates = datesIn(text);
  let signed: TextDate | undefined;
  let latest: TextDate | undefined;
  for (const date of dates) {
    if (date.day === 0) continue;
    if (!latest || compare(date, latest) > 0) latest = date;
    const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
    let lineEnd = text.indexOf('\n', date.end);
    if (lineEnd < 0) lineEnd = text.length;
    const rest = (text.slice(lineStart, date.start) + text.slice(date.end, lineEnd)).replace(
      /[\s\u3000（）()印章盖]/g,
      '',
    );
    if (rest.length <= 2) signed = date;
  }
  return signed ?? latest;
}

function compare(a: TextDate, b: TextDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function minorOf(text: string, holders: readonly Holder[]): MinorParty | undefined {
  const parties = holders.filter(
    (holder) => holder.role === Role.party && holder.kind === HolderKind.person,
  );
  if (parties.length === 0) return undefined;
  const date = documentDate(text);
  const declared = DECLARED_MINOR.test(text);
  for (const party of parties) {
    let reason: string | undefined;
    if (party.birth && date && party.birth.year > 1900) {
      const age = ageOn(party.birth, date);
      if (age < MINOR_AGE) {
        const born = `${party.birth.year}年${party.birth.month}月${party.birth.day ? `${party.birth.day}日` : ''}`;
        reason = `当事人${born}出生，${date.year}年${date.month}月${date.day}日未满${MINOR_AGE}周岁：未成年人的决定不予公开`;
      }
    } else if (party.age !== undefined && party.age < MINOR_AGE) {
      reason = `当事人${party.age}岁，未满${MINOR_AGE}周岁：未成年人的决定不予公开`;
    }
    if (!reason && (party.declaredMinor || (declared && party === parties[0]))) {
      reason = `当事人未满${MINOR_AGE}周岁：未成年人的决定不予公开`;
    }
    if (!reason) continue;
    const name = party.name;
    return name
      ? { start: name.start, end: name.end, name: name.text, reason }
      : { start: party.roleSpan.start, end: party.roleSpan.end, reason };
  }
  return undefined;
}

/** 张某, 张**: a name already anonymised, which is not looked for again. */
function isMaskedName(name: string): boolean {
  return /[某×*＊○〇]/.test(name);
}

/** 张三，XX律师事务所律师 / 律师张三: an agent who is a lawyer is named in public. */
function isLawyer(text: string, mention: NameMention): boolean {
  const after = text.slice(mention.end, mention.end + 24);
  const sentence = after.split(/[。；;\n]/)[0]!;
  return (
    sentence.includes('律师') ||
    text.slice(Math.max(0, mention.start - 2), mention.start) === '律师'
  );
}

function decideNames(
  text: string,
  blocks: PartyBlocks,
  mentions: readonly NameMention[],
  minor: MinorParty | undefined,
): { third: string[]; public: string[] } {
  const publicNames = new Set<string>();
  const partyNames = new Set<string>();
  const third = new Set<string>();
  const blockNameStarts = new Map<number, Holder>();
  for (const holder of blocks.holders) {
    if (!holder.name) continue;
    blockNameStarts.set(holder.name.start, holder);
    const name = holder.name.text;
    if (holder.role === Role.party) partyNames.add(name);
    if (holder.role === Role.third && !holder.lawyer) third.add(name);
    else publicNames.add(name);
  }
  for (const mention of mentions) {
    const holder = blockNameStarts.get(mention.start);
    if (holder) continue;
    const { name } = mention;
    switch (mention.role) {
      case Role.officer:
        publicNames.add(name);
        break;
      case Role.party:
        // The party named again in the facts; another name after 违法行为人 is a co-offender.
        if (partyNames.has(name)) break;
        if (partyNames.size === 0) {
          partyNames.add(name);
          publicNames.add(name);
        } else third.add(name);
        break;
      case Role.representative: {
        // The party's own representative (公司…（经营者：何美玲）); the head of another
        // business named in the facts (该茶楼经营者贾春燕) is a third person.
        const holder = blocks.holders.length > 0 ? holderAt(blocks, mention.start) : undefined;
        const ofParty = holder?.role === Role.party || holder?.role === Role.representative;
        if (ofParty) publicNames.add(name);
        else if (!publicNames.has(name)) third.add(name);
        break;
      }
      default:
        if (isLawyer(text, mention)) publicNames.add(name);
        else third.add(name);
    }
  }
  if (minor?.name && !isMaskedName(minor.name)) {
    publicNames.delete(minor.name);
    third.add(minor.name);
  }
  for (const name of publicNames) third.delete(name);
  return { third: [...third], public: [...publicNames] };
}

/** Reads `text` (plain text, or the text projection of an HTML page with its tables read as fields). */
export function readDocument(text: string): DocumentReading {
  const blocks = readPartyBlocks(text);
  const minor = minorOf(text, blocks.holders);
  const names = decideNames(text, blocks, roleMentions(text), minor);
  const parties = blocks.holders.filter((holder) => holder.role === Role.party);
  const organisationParties =
    parties.length > 0 && parties.every((holder) => holder.kind === HolderKind.organisation);
  const signature = JSON.stringify([
    names.third.sort(),
    names.public.sort(),
    minor ? [minor.name, minor.reason] : null,
    blocks.holders.map((holder) => `${holder.role}:${holder.kind}:${holder.name?.text ?? ''}`),
    blocks.spanStarts.length,
    organisationParties,
  ]);
  return {
    holderAt: (pos) => holderAt(blocks, pos),
    holders: blocks.holders,
    thirdPartyNames: names.third,
    publicNames: names.public,
    personalAddresses: blocks.personalAddresses,
    minor,
    organisationParties,
    signature,
  };
}

/**
 * The reading of a short text taken from a document at `pos` (an attribute, a comment of an
 * HTML page): every position is where `pos` is, and the document's names are known there.
 */
export function readingAt(reading: DocumentReading, pos: number): DocumentReading {
  const holder = reading.holderAt(pos);
  return {
    holderAt: () => holder,
    holders: reading.holders,
    thirdPartyNames: reading.thirdPartyNames,
    publicNames: reading.publicNames,
    personalAddresses: [],
    organisationParties: reading.organisationParties,
    signature: reading.signature,
  };
}
