import type { JournalEntry, JournalEntryInput } from './entry';
import { JournalEntryKind } from './entry';
import { sha256Hex } from './sha256';

export interface PruneOptions {
  /** Entries strictly before this ISO time are removed. */
  readonly before: string;
  /** When and by whom the pruning happens: recorded in the checkpoint. */
  readonly at: string;
  readonly operator: string;
  readonly site: string;
}

export interface PruneResult {
  readonly kept: readonly JournalEntry[];
  readonly removed: number;
  /** Append this (with nextEntry) after `kept`; undefined when nothing was removed. */
  readonly checkpoint?: JournalEntryInput;
}

/**
 * Applies a retention period. Entries are removed only from the start of the log (a log
 * never has holes), and a checkpoint entry records the last removed entry's seq and hash
 * plus a digest of all removed hashes, so the remaining chain stays verifiable and an
 * auditor holding an old export can prove it matches.
 */
export function pruneJournal(entries: readonly JournalEntry[], options: PruneOptions): PruneResult {
  let cut = 0;
  while (cut < entries.length && entries[cut]!.at < options.before) cut++;
  // Always keep at least the last entry: the chain needs something to anchor.
  cut = Math.min(cut, entries.length - 1);
  if (cut <= 0) return { kept: entries, removed: 0 };

  const removed = entries.slice(0, cut);
  const last = removed.at(-1)!;
  return {
    kept: entries.slice(cut),
    removed: cut,
    checkpoint: {
      kind: JournalEntryKind.checkpoint,
      at: options.at,
      site: options.site,
      operator: options.operator,
      details: {
        prunedThroughSeq: last.seq,
        lastHash: last.hash,
        prunedCount: removed.length,
        prunedBefore: options.before,
        prunedDigest: sha256Hex(removed.map((entry) => entry.hash).join('\n')),
      },
    },
  };
}
