import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, type JournalEntry, type JournalEntryInput } from './entry';
import { sha256Hex } from './sha256';

/** The hash an entry must carry: over every field but `hash` itself, canonically. */
export function entryHash(entry: Omit<JournalEntry, 'hash'>): string {
  const { seq, prevHash, kind, at, site, documentNumber, agency, operator, details } = entry;
  return sha256Hex(
    canonicalJson({
      seq,
      prevHash,
      kind,
      at,
      site,
      ...(documentNumber === undefined ? {} : { documentNumber }),
      ...(agency === undefined ? {} : { agency }),
      operator,
      details,
    }),
  );
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
