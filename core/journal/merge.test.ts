import { describe, expect, it } from 'vitest';
import { nextEntry } from './chain';
import type { JournalEntry } from './entry';
import { exportJournalJson, parseJournalJson } from './export';
import { mergeJournals } from './merge';
import { verifyJournal } from './verify';

/** A clerk's record: one entry per minute from `start`, by `operator`. */
function clerkLog(operator: string, minutes: readonly number[]): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const minute of minutes) {
    entries.push(
      nextEntry(entries.at(-1), {
        kind: 'publication',
        at: new Date(Date.UTC(2026, 2, 2, 1, minute)).toISOString(),
        site: 'cms.shili.gov.cn',
        documentNumber: `示市监罚〔2026〕${minute}号`,
        operator,
        details: { findings: 0 },
      }),
    );
  }
  return entries;
}

const alice = clerkLog('信息员甲', [1, 4, 9]);
const bob = clerkLog('信息员乙', [2, 3, 10]);

describe('mergeJournals', () => {
  it('makes one verified chain in time order, each entry with its operator and origin', () => {
    const merged = mergeJournals([
      { name: 'a.json', entries: alice },
      { name: 'b.json', entries: bob },
    ]);
    expect(merged.ok).toBe(true);
    expect(merged.entries.map((entry) => [entry.operator, entry.documentNumber])).toEqual([
      ['信息员甲', '示市监罚〔2026〕1号'],
      ['信息员乙', '示市监罚〔2026〕2号'],
      ['信息员乙', '示市监罚〔2026〕3号'],
      ['信息员甲', '示市监罚〔2026〕4号'],
      ['信息员甲', '示市监罚〔2026〕9号'],
      ['信息员乙', '示市监罚〔2026〕10号'],
    ]);
    expect(merged.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(merged.entries[1]!.origin).toEqual({ log: bob[0]!.hash, seq: 1, hash: bob[0]!.hash });
    expect(verifyJournal(merged.entries).ok).toBe(true);
  });

  it('refuses an input that fails verification, naming it, and makes nothing', () => {
    const edited = bob.map((entry, index) =>
      index === 1 ? { ...entry, documentNumber: '示市监罚〔2026〕99号' } : entry,
    );
    const merged = mergeJournals([
      { name: 'a.json', entries: alice },
      { name: 'b.json', entries: edited },
    ]);
    expect(merged.ok).toBe(false);
    expect(merged.entries).toEqual([]);
    expect(merged.problems.map((item) => [item.input, item.problem.code])).toContainEqual([
      'b.json',
      'entry-altered',
    ]);
  });

  it('refuses an input whose recorded head its entries do not end at', () => {
    const merged = mergeJournals([
      { name: 'b.json', entries: bob.slice(0, 2), head: { seq: 3, hash: bob[2]!.hash } },
    ]);
    expect(merged.problems.map((item) => item.problem.code)).toContain('head-mismatch');
  });

  it('keeps an entry once when it comes twice, also through an earlier merge', () => {
    const march = mergeJournals([
      { name: 'a.json', entries: alice.slice(0, 2) },
      { name: 'b.json', entries: bob },
    ]);
    // The merged record goes through its export, as a file would.
    const reread = parseJournalJson(exportJournalJson(march.entries, '2026-03-31T00:00:00Z'));
    const april = mergeJournals([
      { name: 'march.json', entries: reread.entries, head: reread.head },
      { name: 'a.json', entries: alice },
      { name: 'a-again.json', entries: alice },
    ]);
    expect(april.ok).toBe(true);
    expect(april.entries).toHaveLength(6);
    expect(april.duplicates).toBe(2 + 3);
    // Origins survive a second merge: each names the clerk's own entry.
    expect(april.entries.map((entry) => entry.origin.hash).sort()).toEqual(
      [...alice, ...bob].map((entry) => entry.hash).sort(),
    );
    expect(verifyJournal(april.entries).ok).toBe(true);
  });

  it('makes an altered origin visible: the merged entry no longer verifies', () => {
    const merged = mergeJournals([{ name: 'a.json', entries: alice }]);
    const forged = merged.entries.map((entry, index) =>
      index === 0 ? { ...entry, origin: { ...entry.origin, seq: 7 } } : entry,
    );
    expect(verifyJournal(forged).problems.map((problem) => problem.code)).toContain(
      'entry-altered',
    );
  });
});

describe('a head published earlier', () => {
  const record = clerkLog('信息员甲', [1, 2, 3, 4]);
  const published = { seq: 2, hash: record[1]!.hash, where: '2026-03-31' };

  it('is found in a log that has grown since', () => {
    expect(verifyJournal(record, { publishedHeads: [published] }).ok).toBe(true);
  });

  it('catches a record rewritten and re-chained after it was published', () => {
    // Entry 2 edited, then every hash from it on recomputed: the chain alone looks intact.
    const rewritten: JournalEntry[] = [record[0]!];
    for (const entry of record.slice(1)) {
      const { hash: _hash, seq: _seq, prevHash: _prev, ...input } = entry;
      const changed =
        entry.seq === 2 ? { ...input, documentNumber: '示市监罚〔2026〕99号' } : input;
      rewritten.push(nextEntry(rewritten.at(-1), changed));
    }
    expect(verifyJournal(rewritten).ok).toBe(true);
    const result = verifyJournal(rewritten, { publishedHeads: [published] });
    expect(result.problems.map((problem) => [problem.code, problem.seq])).toEqual([
      ['head-mismatch', 2],
    ]);
    expect(result.problems[0]!.messageEn).toContain('rewritten after it was published');
  });

  it('catches a record cut before the published head', () => {
    const result = verifyJournal(record.slice(0, 1), { publishedHeads: [published] });
    expect(result.problems.map((problem) => problem.code)).toEqual(['head-mismatch']);
  });
});
