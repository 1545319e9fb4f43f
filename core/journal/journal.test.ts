import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { entryHash, nextEntry } from './chain';
import { GENESIS_HASH, type JournalEntry } from './entry';
import {
  exportJournalCsv,
  exportJournalJson,
  JournalFormatError,
  parseJournalJson,
} from './export';
import { pruneJournal } from './prune';
import { buildJournal } from './test-journal';
import { JournalProblemCode, verifyJournal } from './verify';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [{ d: 2, c: '执法' }] }, '{"a":[{"c":"执法","d":2}],"b":1}'],
    [{ z: null, y: true }, '{"y":true,"z":null}'],
    ['文号', '"文号"'],
  ])('%j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('nextEntry', () => {
  it('numbers entries and links each to the previous hash', () => {
    const [first, second] = buildJournal(2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
    const { hash, ...unsigned } = second!;
    expect(entryHash(unsigned)).toBe(hash);
  });
});

type Tamper = (entries: JournalEntry[]) => JournalEntry[];

function rehash(entry: Omit<JournalEntry, 'hash'>): JournalEntry {
  return { ...entry, hash: entryHash(entry) };
}

const TAMPERING: [string, Tamper, JournalProblemCode, number][] = [
  [
    'an edited detail',
    (log) => log.map((e) => (e.seq === 5 ? { ...e, details: { ...e.details, findings: 0 } } : e)),
    JournalProblemCode.altered,
    5,
  ],
  [
    'an edited operator',
    (log) => log.map((e) => (e.seq === 3 ? { ...e, operator: '他人' } : e)),
    JournalProblemCode.altered,
    3,
  ],
  [
    'an edited entry whose hash was recomputed',
    (log) =>
      log.map((e) => {
        if (e.seq !== 4) return e;
        const { hash: _old, ...rest } = e;
        return rehash({ ...rest, at: '2025-12-31T00:00:00.000Z' });
      }),
    JournalProblemCode.linkBroken,
    5,
  ],
  ['a deleted entry', (log) => log.filter((e) => e.seq !== 6), JournalProblemCode.missing, 7],
  [
    'the deleted first entries',
    (log) => log.filter((e) => e.seq > 2),
    JournalProblemCode.unanchored,
    3,
  ],
  [
    'two swapped entries',
    (log) => {
      const copy = [...log];
      [copy[3], copy[4]] = [copy[4]!, copy[3]!];
      return copy;
    },
    JournalProblemCode.reordered,
    5,
  ],
  [
    'a duplicated entry',
    (log) => [...log.slice(0, 6), log[5]!, ...log.slice(6)],
    JournalProblemCode.reordered,
    6,
  ],
];

describe('verifyJournal', () => {
  it('accepts an untouched log', () => {
    const log = buildJournal(12);
    const result = verifyJournal(log, { expectedHead: { seq: 12, hash: log[11]!.hash } });
    expect(result).toMatchObject({ ok: true, entries: 12, problems: [] });
  });

  it.each(TAMPERING)('detects %s and names the entry', (_name, tamper, code, seq) => {
    const log = tamper(buildJournal(10));
    const result = verifyJournal(log);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code, seq });
    expect(result.problems[0]!.message).toContain(`第 ${seq} 条`);
  });

  it('detects a cut tail only against the recorded head', () => {
    const log = buildJournal(8);
    const head = { seq: 8, hash: log[7]!.hash };
    const cut = log.slice(0, 6);
    expect(verifyJournal(cut).ok).toBe(true);
    const result = verifyJournal(cut, { expectedHead: head });
    expect(result.problems.map((p) => p.code)).toEqual([JournalProblemCode.headMismatch]);
  });

  test.prop([fc.integer({ min: 0, max: 7 }), fc.constantFrom('operator', 'site', 'at', 'kind')])(
    'any single edited field is pinpointed',
    (index, field) => {
      const log = buildJournal(8);
      const victim = log[index]!;
      log[index] = { ...victim, [field]: field === 'kind' ? 'override' : `${victim[field]}x` };
      const result = verifyJournal(log);
      expect(result.problems).toContainEqual(
        expect.objectContaining({ code: JournalProblemCode.altered, seq: victim.seq, index }),
      );
    },
  );
});

describe('export and import', () => {
  it('round-trips through JSON and still verifies', () => {
    const log = buildJournal(20);
    const text = exportJournalJson(log, '2026-11-28T08:00:00.000Z');
    const imported = parseJournalJson(text);
    expect(imported.entries).toEqual(log);
    expect(imported.head).toEqual({ seq: 20, hash: log[19]!.hash });
    expect(verifyJournal(imported.entries)).toMatchObject({ ok: true });
  });

  it('detects an exported log edited by hand', () => {
    const text = exportJournalJson(buildJournal(6), '2026-11-28T08:00:00.000Z');
    const edited = text.replace('"operator": "信息员甲"', '"operator": "信息员乙"');
    const result = verifyJournal(parseJournalJson(edited).entries);
    expect(result.problems[0]).toMatchObject({ code: JournalProblemCode.altered, seq: 1 });
  });

  it.each([
    ['not json', '{', 'not-json'],
    ['another format', '{"format":"other","version":1,"entries":[]}', 'wrong-format'],
    [
      'an entry without a hash',
      '{"format":"gongshi-journal","version":1,"entries":[{"seq":1}]}',
      'bad-entry',
    ],
  ])('refuses %s with a clear error', (_name, text, code) => {
    expect(() => parseJournalJson(text)).toThrow(JournalFormatError);
    try {
      parseJournalJson(text);
    } catch (error) {
      expect((error as JournalFormatError).code).toBe(code);
    }
  });

  it('writes CSV with a BOM, one row per entry, and defuses formula cells', () => {
    const log = buildJournal(3);
    log[0] = { ...log[0]!, operator: '=HYPERLINK("x")' };
    const csv = exportJournalCsv(log);
    expect(csv.startsWith('\uFEFFseq,at,kind')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('pruneJournal', () => {
  it('removes old entries and leaves a checkpoint that keeps the chain verifiable', () => {
    const log = buildJournal(10);
    const result = pruneJournal(log, {
      before: log[4]!.at,
      at: '2026-11-28T08:00:00.000Z',
      operator: '管理员',
      site: 'cms.shili.gov.cn',
    });
    expect(result.removed).toBe(4);
    const pruned = [...result.kept, nextEntry(result.kept.at(-1), result.checkpoint!)];
    expect(pruned[0]!.seq).toBe(5);
    expect(verifyJournal(pruned)).toMatchObject({ ok: true });
    // Without its checkpoint the same pruned log is reported as missing its start.
    const result2 = verifyJournal(result.kept);
    expect(result2.problems[0]?.code).toBe(JournalProblemCode.unanchored);
  });

  it('keeps everything when nothing is old enough', () => {
    const log = buildJournal(3);
    const result = pruneJournal(log, {
      before: '2000-01-01',
      at: '2026-11-28T08:00:00.000Z',
      operator: '管理员',
      site: 'x',
    });
    expect(result).toEqual({ kept: log, removed: 0 });
  });
});
