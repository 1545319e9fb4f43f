import { MoneyUnit } from '../records/enumerations';
import { COLUMN_SETS, type ColumnDefinition, type ColumnKey, ColumnSet } from './columns';

/**
 * A header as compared: NFKC (full-width brackets and digits to ASCII), no spaces, no
 * required-field stars (*), Chinese brackets 【】〔〕 as (), lower-case letters.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff*]/g, '')
    .replace(/[【〔[]/g, '(')
    .replace(/[】〕\]]/g, ')')
    .replace(/－|—/g, '-')
    .toLowerCase();
}

/** The header without a trailing bracketed label: 罚款金额(万元) → 罚款金额. */
function withoutLabel(normalised: string): string {
  return normalised.replace(/\([^()]*\)$/, '');
}

export interface HeaderMatch {
  readonly columnSet: ColumnSet;
  /** For each spreadsheet column, the key it holds, or undefined when unrecognised. */
  readonly keys: readonly (ColumnKey | undefined)[];
  /** The column titles that matched nothing (reported, not fatal). */
  readonly unknown: readonly string[];
  /** The amount unit a money column's header states: (元) overrides the 双公示 default 万元. */
  readonly units: Partial<Record<ColumnKey, MoneyUnit>>;
}

function candidates(definition: ColumnDefinition): string[] {
  const names = [definition.header, ...(definition.aliases ?? [])].map(normaliseHeader);
  return [...new Set([...names, ...names.map(withoutLabel)])];
}

type Lookup = Map<string, ColumnKey>;
const lookups = new Map<ColumnSet, Lookup>();

function lookupFor(set: ColumnSet): Lookup {
  let lookup = lookups.get(set);
  if (!lookup) {
    lookup = new Map();
    for (const definition of COLUMN_SETS[set]) {
      for (const name of candidates(definition))
        if (!lookup.has(name)) lookup.set(name, definition.key);
    }
    lookups.set(set, lookup);
  }
  return lookup;
}

function matchOne(header: string, lookup: Lookup): ColumnKey | undefined {
  const normalised = normaliseHeader(header);
  if (normalised === '') return undefined;
  return lookup.get(normalised) ?? lookup.get(withoutLabel(normalised));
}

/**
 * Recognises a header row: which column set it is (the one matching more columns, or the
 * one asked for) and which key each column holds. The first column with a key wins when a
 * sheet repeats a title.
 */
export function matchHeaders(header: readonly string[], columnSet?: ColumnSet): HeaderMatch {
  const sets = columnSet ? [columnSet] : [ColumnSet.penalty, ColumnSet.licence];
  let best: HeaderMatch | undefined;
  let bestScore = -1;
  for (const set of sets) {
    const lookup = lookupFor(set);
    const seen = new Set<ColumnKey>();
    const units: Partial<Record<ColumnKey, MoneyUnit>> = {};
    const keys = header.map((title) => {
      const key = matchOne(title, lookup);
      if (!key || seen.has(key)) return undefined;
      seen.add(key);
      if (key === 'fine' || key === 'confiscation') {
        units[key] = /\(元\)|（元）/.test(title.normalize('NFKC'))
          ? MoneyUnit.yuan
          : MoneyUnit.wanYuan;
      }
      return key;
    });
    // Columns only one set has decide between them (处罚… vs 许可…).
    const score = keys.filter((key) => key !== undefined).length;
    if (score > bestScore) {
      bestScore = score;
      best = {
        columnSet: set,
        keys,
        unknown: header.filter((title, index) => keys[index] === undefined && title.trim() !== ''),
        units,
      };
    }
  }
  return best!;
}
