import { MoneyUnit } from '../records/enumerations';
import {
  COLUMN_SETS,
  CONTROL_COLUMNS,
  type ColumnDefinition,
  type ColumnKey,
  ColumnSet,
} from './columns';

/**
 * A header as compared: NFKC (full-width brackets and digits to ASCII), no spaces, no
 * required-field stars (*), Chinese brackets 【】〔〕 as (), lower-case letters.
 */
export function normaliseHeader(header: string): string {
  let normalised = normalisedHeaders.get(header);
  if (normalised === undefined) {
    normalised = header
      .normalize('NFKC')
      .replace(/[\s\u200b\ufeff*]/g, '')
      .replace(/[【〔[]/g, '(')
      .replace(/[】〕\]]/g, ')')
      .replace(/－|—/g, '-')
      .toLowerCase();
    if (normalisedHeaders.size >= MAX_REMEMBERED_HEADERS) normalisedHeaders.clear();
    normalisedHeaders.set(header, normalised);
  }
  return normalised;
}

/**
 * The last cells normalised: finding a sheet's header reads each of its first six rows
 * against both column sets and every list kind, a dozen times over, and those rows may hold
 * a whole decision's text (a fifth of a sheet's import went here).
 */
const normalisedHeaders = new Map<string, string>();
const MAX_REMEMBERED_HEADERS = 4096;

/** A row-number column (序号) says nothing to import: not reported as unknown. */
const UNNUMBERED: ReadonlySet<string> = new Set(['序号', '排序', '顺序号', 'no', 'no.']);

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

/** Every normalised title a definition answers to (with and without a bracketed label). */
export function candidates(definition: Pick<ColumnDefinition, 'header' | 'aliases'>): string[] {
  const names = [definition.header, ...(definition.aliases ?? [])].map(normaliseHeader);
  return [...new Set([...names, ...names.map(withoutLabel)])];
}

/** Normalised title → key; the first definition to claim a title keeps it. */
export type HeaderLookup<K extends string> = ReadonlyMap<string, K>;

export function headerLookup<K extends string>(
  definitions: readonly {
    readonly key: K;
    readonly header: string;
    readonly aliases?: readonly string[];
  }[],
): HeaderLookup<K> {
  const lookup = new Map<string, K>();
  for (const definition of definitions) {
    for (const name of candidates(definition))
      if (!lookup.has(name)) lookup.set(name, definition.key);
  }
  return lookup;
}

const lookups = new Map<ColumnSet, HeaderLookup<ColumnKey>>();

function lookupFor(set: ColumnSet): HeaderLookup<ColumnKey> {
  let lookup = lookups.get(set);
  if (!lookup) {
    lookup = headerLookup([...COLUMN_SETS[set], ...CONTROL_COLUMNS]);
    lookups.set(set, lookup);
  }
  return lookup;
}

/** The key a sheet's column title stands for, exactly or without its bracketed label. */
export function matchTitle<K extends string>(
  header: string,
  lookup: HeaderLookup<K>,
): K | undefined {
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
      const key = matchTitle(title, lookup);
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
        unknown: header.filter(
          (title, index) =>
            keys[index] === undefined &&
            title.trim() !== '' &&
            !UNNUMBERED.has(normaliseHeader(title)),
        ),
        units,
      };
    }
  }
  return best!;
}
