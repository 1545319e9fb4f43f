import { Dexie, type EntityTable } from 'dexie';
import { storage } from 'wxt/utils/storage';
import {
  type JournalEntry,
  type JournalEntryInput,
  type JournalEntryKind,
  nextEntry,
  parseJournalJson,
  pruneJournal,
  type VerifyResult,
  verifyJournal,
} from '../../core/journal/index';

/**
 * The publishing record (执法全过程记录) in IndexedDB of the extension's own origin, opened by
 * the background only: a CMS page's scripts can neither read nor rewrite it. Entries are
 * append-only and hash-chained by core/journal; this module only stores them.
 */
export class JournalDatabase extends Dexie {
  entries!: EntityTable<JournalEntry, 'seq'>;

  constructor(name = 'gongshi-journal') {
    super(name);
    this.version(1).stores({ entries: 'seq, at, site, kind, operator' });
  }
}

/** Who works at this desk and how long the record is kept. */
export interface JournalSettings {
  /** Written into every entry (执法人员/信息员 name), set once in the side panel. */
  readonly operator: string;
  /** Days to keep entries; 0 keeps them forever (the default: many agencies keep records permanently). */
  readonly retentionDays: number;
}

export const journalSettingsItem = storage.defineItem<JournalSettings>('local:journalSettings', {
  fallback: { operator: '', retentionDays: 0 },
  version: 1,
});

/**
 * Appends one entry, linked to the last one, in a single transaction so two tabs recording
 * at once can never fork the chain.
 */
export async function appendJournal(
  db: JournalDatabase,
  input: JournalEntryInput,
): Promise<JournalEntry> {
  const [entry] = await appendJournalEntries(db, [input]);
  return entry!;
}

/**
 * Appends entries in their order, each linked to the one before, in a single transaction:
 * a batch of a thousand redactions is one write, and nothing recorded meanwhile lands inside it.
 */
export function appendJournalEntries(
  db: JournalDatabase,
  inputs: readonly JournalEntryInput[],
): Promise<JournalEntry[]> {
  return db.transaction('rw', db.entries, async () => {
    let last: JournalEntry | undefined = await db.entries.orderBy('seq').last();
    const entries = inputs.map((input) => {
      last = nextEntry(last, input);
      return last;
    });
    await db.entries.bulkAdd(entries);
    return entries;
  });
}

export interface JournalFilter {
  /** ISO date or time; entries at or after it. */
  readonly from?: string;
  /** ISO date; entries on or before that day. */
  readonly to?: string;
  readonly site?: string;
  readonly kind?: JournalEntryKind;
  readonly operator?: string;
}

/** The whole log in chain order. */
export function allJournal(db: JournalDatabase): Promise<JournalEntry[]> {
  return db.entries.orderBy('seq').toArray();
}

/** Entries matching the filter, newest first. */
export async function listJournal(
  db: JournalDatabase,
  filter: JournalFilter = {},
  limit = 200,
): Promise<JournalEntry[]> {
  const to = filter.to && filter.to.length === 10 ? `${filter.to}T99` : filter.to;
  return db.entries
    .orderBy('seq')
    .reverse()
    .filter(
      (entry) =>
        (!filter.from || entry.at >= filter.from) &&
        (!to || entry.at <= to) &&
        (!filter.site || entry.site === filter.site) &&
        (!filter.kind || entry.kind === filter.kind) &&
        (!filter.operator || entry.operator === filter.operator),
    )
    .limit(limit)
    .toArray();
}

export async function verifyStoredJournal(db: JournalDatabase): Promise<VerifyResult> {
  return verifyJournal(await allJournal(db));
}

/** Importing over an existing log would mix two chains: only an empty store takes an import. */
export class JournalNotEmptyError extends Error {
  override readonly name = 'JournalNotEmptyError';
  readonly code = 'journal-not-empty';
  constructor(count: number) {
    super(
      `本机已有 ${count} 条发布记录，只能导入到空的记录库（例如新的浏览器配置）。/ This browser already holds ${count} entries; import into an empty record.`,
    );
  }
}

/**
 * Loads a JSON export (from another browser profile or a backup) into an empty store,
 * exactly as exported, and says whether it verifies. A tampered file is still imported when
 * well-formed, so the legal office can see what was changed; the result names it.
 */
export async function importJournal(
  db: JournalDatabase,
  file: string | Uint8Array,
): Promise<{ imported: number; verification: VerifyResult }> {
  // Bytes are checked to be UTF-8: an export re-saved as GB18030 is refused, not "tampered".
  const exported = parseJournalJson(file);
  return db.transaction('rw', db.entries, async () => {
    const existing = await db.entries.count();
    if (existing > 0) throw new JournalNotEmptyError(existing);
    await db.entries.bulkAdd([...exported.entries]);
    return {
      imported: exported.entries.length,
      verification: verifyJournal(exported.entries, {
        ...(exported.head ? { expectedHead: exported.head } : {}),
      }),
    };
  });
}

/**
 * Applies the retention period: removes entries older than `retentionDays` and appends the
 * checkpoint that keeps the rest verifiable. Does nothing when retention is 0 (forever).
 */
export async function pruneStoredJournal(
  db: JournalDatabase,
  options: { retentionDays: number; now: Date; operator: string; site: string },
): Promise<number> {
  if (options.retentionDays <= 0) return 0;
  const before = new Date(options.now.getTime() - options.retentionDays * 86_400_000).toISOString();
  return db.transaction('rw', db.entries, async () => {
    const entries = await db.entries.orderBy('seq').toArray();
    const result = pruneJournal(entries, {
      before,
      at: options.now.toISOString(),
      operator: options.operator,
      site: options.site,
    });
    if (result.removed === 0 || !result.checkpoint) return 0;
    const lastRemoved = entries[result.removed - 1]!;
    await db.entries.where('seq').belowOrEqual(lastRemoved.seq).delete();
    await db.entries.add(nextEntry(entries.at(-1), result.checkpoint));
    return result.removed;
  });
}
