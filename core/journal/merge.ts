import { nextEntry } from './chain';
import type { JournalEntry, JournalEntryInput } from './entry';
import { type JournalProblem, verifyJournal } from './verify';

/**
 * Where a merged entry came from: the entry as the clerk's own record holds it. Anyone with
 * that clerk's export can check that the agency record took it over unchanged.
 */
export interface EntryOrigin {
  /** The clerk's record it was written in, named by that record's first entry's hash. */
  readonly log: string;
  readonly seq: number;
  readonly hash: string;
}

/** An entry of an agency record merged from clerks' records. */
export interface MergedEntry extends JournalEntry {
  readonly origin: EntryOrigin;
}

/** One clerk's (or an earlier merge's) record, as read from its export. */
export interface MergeInput {
  /** How the input is named in problems (its file name). */
  readonly name: string;
  readonly entries: readonly JournalEntry[];
  /** The head the export recorded: checked like verify-log checks it. */
  readonly head?: { readonly seq: number; readonly hash: string } | null;
}

export interface MergeResult {
  /** True when every input verified and the merged record was made. */
  readonly ok: boolean;
  /** The agency record: one chain, in time order; empty when an input failed. */
  readonly entries: readonly MergedEntry[];
  /** Each input's verification problems (none when ok). */
  readonly problems: readonly { readonly input: string; readonly problem: JournalProblem }[];
  /** Entries left out because another input (or an earlier merge) already held them. */
  readonly duplicates: number;
}

/** The origin of an entry: its own, or the one an earlier merge gave it. */
function originOf(entry: JournalEntry, log: string): EntryOrigin {
  const earlier = (entry as Partial<MergedEntry>).origin;
  if (earlier && typeof earlier === 'object') return earlier;
  return { log, seq: entry.seq, hash: entry.hash };
}

/**
 * Merges clerks' publishing records into one agency record (三项制度: the agency keeps one
 * record of its whole process). Every input is verified first; one that fails stops the
 * merge, so tampering cannot be laundered into a fresh chain. The entries are put in time
 * order (ties: the inputs' order, then their numbering), keep their operator, and are
 * chained anew, each naming its origin. An entry met twice (the same clerk's export given
 * twice, or last month's merged record merged again with this month's exports) is kept
 * once. Merging is repeatable: its output is a valid input.
 */
export function mergeJournals(inputs: readonly MergeInput[]): MergeResult {
  const problems: { input: string; problem: JournalProblem }[] = [];
  for (const input of inputs) {
    const result = verifyJournal(input.entries, input.head ? { expectedHead: input.head } : {});
    for (const problem of result.problems) problems.push({ input: input.name, problem });
  }
  if (problems.length > 0) return { ok: false, entries: [], problems, duplicates: 0 };

  const seen = new Set<string>();
  const collected: { entry: JournalEntry; origin: EntryOrigin; input: number }[] = [];
  let duplicates = 0;
  inputs.forEach((input, index) => {
    const log = input.entries[0]?.hash ?? '';
    for (const entry of input.entries) {
      const origin = originOf(entry, log);
      if (seen.has(origin.hash)) {
        duplicates++;
        continue;
      }
      seen.add(origin.hash);
      collected.push({ entry, origin, input: index });
    }
  });
  // ISO 8601 times compare as text only in one zone and form: compare instants.
  const time = (entry: JournalEntry) => Date.parse(entry.at);
  collected.sort(
    (a, b) => time(a.entry) - time(b.entry) || a.input - b.input || a.origin.seq - b.origin.seq,
  );
  const entries: MergedEntry[] = [];
  for (const { entry, origin } of collected) {
    const input: JournalEntryInput & { origin: EntryOrigin } = {
      kind: entry.kind,
      at: entry.at,
      site: entry.site,
      ...(entry.documentNumber === undefined ? {} : { documentNumber: entry.documentNumber }),
      ...(entry.agency === undefined ? {} : { agency: entry.agency }),
      operator: entry.operator,
      details: entry.details,
      origin,
    };
    entries.push(nextEntry(entries.at(-1), input) as MergedEntry);
  }
  return { ok: true, entries, problems: [], duplicates };
}

/** The agency a record's entries name most often (an agency record names one), if any. */
export function recordAgency(entries: readonly JournalEntry[]): string | undefined {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.agency) counts.set(entry.agency, (counts.get(entry.agency) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
