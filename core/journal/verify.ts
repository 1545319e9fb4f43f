import { entryHash } from './chain';
import { GENESIS_HASH, type JournalEntry, JournalEntryKind } from './entry';

export const JournalProblemCode = {
  /** The entry's content no longer matches its own hash: it was edited. */
  altered: 'entry-altered',
  /** The entry does not link to the one before it: that one was edited and re-hashed, or replaced. */
  linkBroken: 'link-broken',
  /** Numbers are skipped: entries were deleted. */
  missing: 'entries-missing',
  /** Entries are out of order or repeated. */
  reordered: 'order-changed',
  /** The log starts after seq 1 with no checkpoint vouching for the pruned part. */
  unanchored: 'start-unanchored',
  /** The last entry is not the head recorded elsewhere: the tail was cut or replaced. */
  headMismatch: 'head-mismatch',
} as const;
export type JournalProblemCode = (typeof JournalProblemCode)[keyof typeof JournalProblemCode];

export interface JournalProblem {
  readonly code: JournalProblemCode;
  /** The entry the problem was found at (its seq as written in the file). */
  readonly seq: number;
  /** Its position in the list, 0-based. */
  readonly index: number;
  readonly message: string;
  readonly messageEn: string;
}

export interface JournalHead {
  readonly seq: number;
  readonly hash: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly entries: number;
  readonly head?: JournalHead;
  readonly problems: readonly JournalProblem[];
}

export interface VerifyOptions {
  /**
   * The head recorded outside the log (printed on a report, kept by the legal office).
   * Limit: without it, cutting entries off the END of a log cannot be detected — a chain
   * only proves what it still contains.
   */
  readonly expectedHead?: JournalHead;
  /**
   * Heads published earlier (a portal feed's agency record head, what the public already saw):
   * the log must still hold each one, with the same hash, though it may have grown since.
   * `where` says when or where it was published (a date, a file), for the message.
   */
  readonly publishedHeads?: readonly (JournalHead & { readonly where: string })[];
}

function problem(
  code: JournalProblemCode,
  entry: JournalEntry,
  index: number,
  message: string,
  messageEn: string,
): JournalProblem {
  return { code, seq: entry.seq, index, message, messageEn };
}

function anchorFor(entries: readonly JournalEntry[], first: JournalEntry): boolean {
  return entries.some(
    (entry) =>
      entry.kind === JournalEntryKind.checkpoint &&
      entry.details.prunedThroughSeq === first.seq - 1 &&
      entry.details.lastHash === first.prevHash,
  );
}

/**
 * Checks a whole log: every entry's own hash, every link to the entry before, numbering
 * and order, the anchor of a pruned log, and optionally the head. Each problem names the
 * entry (seq and position) so an auditor can go straight to it.
 */
export function verifyJournal(
  entries: readonly JournalEntry[],
  options: VerifyOptions = {},
): VerifyResult {
  const problems: JournalProblem[] = [];
  const present = new Set(entries.map((entry) => entry.seq));

  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const { hash, ...unsigned } = entry;
    if (entryHash(unsigned) !== hash) {
      problems.push(
        problem(
          JournalProblemCode.altered,
          entry,
          index,
          `第 ${entry.seq} 条记录（第 ${index + 1} 行）的内容与其哈希不符：该记录被修改过。`,
          `Entry ${entry.seq} (position ${index + 1}) does not match its hash: it was edited.`,
        ),
      );
    }

    const previous = entries[index - 1];
    if (!previous) {
      if (entry.seq === 1 && entry.prevHash !== GENESIS_HASH) {
        problems.push(
          problem(
            JournalProblemCode.linkBroken,
            entry,
            index,
            '第 1 条记录不是日志的起点：它指向了不存在的前一条记录。',
            'Entry 1 does not start the chain: it points at a previous entry.',
          ),
        );
      } else if (entry.seq !== 1 && !anchorFor(entries, entry)) {
        problems.push(
          problem(
            JournalProblemCode.unanchored,
            entry,
            index,
            `日志从第 ${entry.seq} 条开始，但没有清理检查点说明前 ${entry.seq - 1} 条的去向：开头的记录可能被删除。`,
            `The log starts at entry ${entry.seq} with no checkpoint for entries 1–${entry.seq - 1}: its start may have been deleted.`,
          ),
        );
      }
      continue;
    }

    if (entry.seq <= previous.seq) {
      problems.push(
        problem(
          JournalProblemCode.reordered,
          entry,
          index,
          `第 ${entry.seq} 条记录出现在第 ${previous.seq} 条之后：记录的顺序被调换或重复。`,
          `Entry ${entry.seq} follows entry ${previous.seq}: entries were reordered or duplicated.`,
        ),
      );
    } else if (entry.seq > previous.seq + 1 && present.has(previous.seq + 1)) {
      // The "missing" entry is further down the list: this is a move, not a deletion.
      problems.push(
        problem(
          JournalProblemCode.reordered,
          entry,
          index,
          `第 ${entry.seq} 条记录出现在第 ${previous.seq} 条之后，第 ${previous.seq + 1} 条被移到了别处：记录的顺序被调换。`,
          `Entry ${entry.seq} follows entry ${previous.seq}; entry ${previous.seq + 1} was moved elsewhere: entries were reordered.`,
        ),
      );
    } else if (entry.seq > previous.seq + 1) {
      const from = previous.seq + 1;
      const to = entry.seq - 1;
      const range = from === to ? `第 ${from} 条` : `第 ${from}–${to} 条`;
      problems.push(
        problem(
          JournalProblemCode.missing,
          entry,
          index,
          `${range}记录缺失（在第 ${previous.seq} 条与第 ${entry.seq} 条之间）：记录被删除。`,
          `Entries ${from}–${to} are missing (between ${previous.seq} and ${entry.seq}): they were deleted.`,
        ),
      );
    } else if (entry.prevHash !== previous.hash) {
      problems.push(
        problem(
          JournalProblemCode.linkBroken,
          entry,
          index,
          `第 ${entry.seq} 条记录与第 ${previous.seq} 条不衔接：第 ${previous.seq} 条被修改后重新计算了哈希，或被替换。`,
          `Entry ${entry.seq} does not link to entry ${previous.seq}: that entry was edited and re-hashed, or replaced.`,
        ),
      );
    }
  }

  const last = entries.at(-1);
  const head = last ? { seq: last.seq, hash: last.hash } : undefined;
  const expected = options.expectedHead;
  if (expected && (head?.seq !== expected.seq || head?.hash !== expected.hash)) {
    const at = last ?? ({ seq: 0 } as JournalEntry);
    const index = Math.max(0, entries.length - 1);
    if (head?.seq === expected.seq) {
      // Same number, other content: the last entry was replaced (or the head noted wrongly).
      const found = head.hash.slice(0, 12);
      const recorded = expected.hash.slice(0, 12);
      problems.push(
        problem(
          JournalProblemCode.headMismatch,
          at,
          index,
          `日志的最后一条是第 ${head.seq} 条，与记录的末条编号相同，但哈希不同（${found}…，记录的是 ${recorded}…）：末条被替换，或记录的末条哈希有误。`,
          `The log ends at entry ${head.seq} as recorded, but its hash ${found}… is not the recorded ${recorded}…: the last entry was replaced, or the head was noted wrongly.`,
        ),
      );
    } else {
      problems.push(
        problem(
          JournalProblemCode.headMismatch,
          at,
          index,
          `日志的最后一条（第 ${head?.seq ?? 0} 条）不是记录的末条（第 ${expected.seq} 条）：末尾的记录被删除或替换。`,
          `The log ends at entry ${head?.seq ?? 0}, not at the recorded head ${expected.seq}: its tail was cut or replaced.`,
        ),
      );
    }
  }

  for (const published of options.publishedHeads ?? []) {
    const problemAt = publishedHeadProblem(entries, published);
    if (problemAt) problems.push(problemAt);
  }

  return { ok: problems.length === 0, entries: entries.length, head, problems };
}

/**
 * What is wrong with the log against a head published earlier, if anything: the entry the
 * public saw as the head is gone (the log was cut before it) or holds other content. A head
 * older than the log's first entry was pruned away by the retention period: not checked.
 */
function publishedHeadProblem(
  entries: readonly JournalEntry[],
  published: JournalHead & { readonly where: string },
): JournalProblem | undefined {
  const first = entries[0];
  if (!first || published.seq < first.seq) return undefined;
  const index = entries.findIndex((entry) => entry.seq === published.seq);
  const entry = entries[index];
  const recorded = published.hash.slice(0, 12);
  if (!entry) {
    const last = entries.at(-1)!;
    return problem(
      JournalProblemCode.headMismatch,
      last,
      entries.length - 1,
      `门户（${published.where}）已公布的记录头是第 ${published.seq} 条（${recorded}…），日志中没有这一条：记录被截断或替换。`,
      `The portal (${published.where}) published entry ${published.seq} (${recorded}…) as the head; the log has no such entry: it was cut or replaced.`,
    );
  }
  if (entry.hash === published.hash) return undefined;
  return problem(
    JournalProblemCode.headMismatch,
    entry,
    index,
    `门户（${published.where}）已公布第 ${published.seq} 条的哈希为 ${recorded}…，日志中这一条是 ${entry.hash.slice(0, 12)}…：公布之后记录被改写。`,
    `The portal (${published.where}) published entry ${published.seq} with hash ${recorded}…; the log's is ${entry.hash.slice(0, 12)}…: the record was rewritten after it was published.`,
  );
}
