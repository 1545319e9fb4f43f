import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, type JournalEntry, type JournalEntryInput, type JsonValue } from './entry';
import { sha256Hex } from './sha256';

/**
 * The hash an entry must carry: SHA-256 of the canonical JSON of every field but `hash`
 * itself, including fields this version does not know, so a field added to a stored or
 * exported entry (`"approvedBy"`) breaks its hash like an edited one.
 *
 * The first release hashed the known fields only; for entries that have only those (every
 * entry it wrote) both rules give the same bytes, so its records still verify unchanged and
 * the export version stays 1.
 */
export function entryHash(entry: Omit<JournalEntry, 'hash'>): string {
  const { hash: _hash, ...fields } = entry as Omit<JournalEntry, 'hash'> & { hash?: unknown };
  return sha256Hex(canonicalJson(fields as unknown as JsonValue));
}

/**
 * The entry that follows `previous` (or the first one). Pure: the caller stores it. Append
 * only: there is deliberately no way to edit or insert an entry.
 *
 * @example const first = nextEntry(undefined, { kind: 'check', … });
 */
export function nextEntry(
  previous: Pick<JournalEntry, 'seq' | 'hash'> | undefined,
  input: JournalEntryInput,
): JournalEntry {
  const unsigned = {
    ...input,
    seq: previous ? previous.seq + 1 : 1,
    prevHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...unsigned, hash: entryHash(unsigned) };
}
