import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
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

// Two entries exactly as the first release (export version 1) hashed and exported them.
// Whatever the hash rule becomes, records already stored and exported must keep verifying.
const FIRST_RELEASE_ENTRIES: JournalEntry[] = [
  {
    kind: 'publication',
    at: '2026-03-02T01:30:00.000Z',
    site: 'cms.shili.gov.cn',
    documentNumber: '示市监罚〔2026〕1号',
    agency: '示例县市场监督管理局',
    operator: '信息员甲',
    details: { findings: 0, result: 'published' },
    seq: 1,
    prevHash: GENESIS_HASH,
    hash: '5dca84684c4e4a4d15d5168b2d2f7c2f100fc59aac76ae0d8510236a5aee8543',
  },
  {
    kind: 'check',
    at: '2026-03-02T01:31:00.000Z',
    site: 'cms.shili.gov.cn',
    operator: '信息员甲',
    details: { findings: 2, kinds: ['mobile', 'resident-id'] },
    seq: 2,
    prevHash: '5dca84684c4e4a4d15d5168b2d2f7c2f100fc59aac76ae0d8510236a5aee8543',
    hash: 'b74062228d39c7408f9521b5aa37359ac41a9843ae98ffac0dd75671c4dd195d',
  },
];

describe('entryHash', () => {
  it('still verifies entries hashed by the first release', () => {
    const exported = exportJournalJson(FIRST_RELEASE_ENTRIES, '2026-03-02T02:00:00.000Z');
    const { entries, head } = parseJournalJson(exported);
    expect(verifyJournal(entries, { expectedHead: head! })).toMatchObject({ ok: true });
  });

  it.each([
    ['a string', 'approvedBy', '法制审核员乙'],
    ['an object', 'review', { opinion: 'approved' }],
    ['null', 'approvedBy', null],
  ])('counts a field added to an entry (%s) as an alteration', (_what, field, value) => {
    for (const log of [buildJournal(5), [...FIRST_RELEASE_ENTRIES]]) {
      log[1] = { ...log[1]!, [field]: value };
      const exported = exportJournalJson(log, '2026-03-02T02:00:00.000Z');
      const result = verifyJournal(parseJournalJson(exported).entries);
      expect(result.problems).toEqual([
        expect.objectContaining({ code: JournalProblemCode.altered, seq: 2 }),
      ]);
    }
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

  it("says so when only the head's hash differs from the recorded one", () => {
    const log = buildJournal(8);
    const result = verifyJournal(log, { expectedHead: { seq: 8, hash: 'f'.repeat(64) } });
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ code: JournalProblemCode.headMismatch, seq: 8 });
    expect(problem!.message).toContain('哈希');
    expect(problem!.messageEn).toContain(`hash ${log[7]!.hash.slice(0, 12)}`);
    expect(problem!.messageEn).toContain(`recorded ${'f'.repeat(12)}`);
    expect(problem!.messageEn).not.toContain('not at the recorded head');
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

  it('reads an export given as UTF-8 bytes, with or without a BOM', () => {
    const text = exportJournalJson(buildJournal(3), '2026-11-28T08:00:00.000Z');
    for (const bytes of [
      new TextEncoder().encode(text),
      new TextEncoder().encode(`\uFEFF${text}`),
    ]) {
      expect(verifyJournal(parseJournalJson(bytes).entries)).toMatchObject({ ok: true });
    }
  });

  it.each([
    ['GB18030 (Notepad\'s "ANSI" on Chinese Windows)', 'gb18030'],
    ['UTF-16 (Notepad\'s "Unicode")', 'utf-16le'],
  ])('refuses an export re-saved as %s: not a UTF-8 journal', (_name, encoding) => {
    const text = exportJournalJson(buildJournal(6), '2026-11-28T08:00:00.000Z');
    const bytes = iconv.encode(text, encoding, { addBOM: encoding === 'utf-16le' });
    expect(formatErrorOf(() => parseJournalJson(bytes))).toMatchObject({
      code: 'not-utf8',
      message: expect.stringContaining('not a UTF-8 journal'),
    });
  });

  it.each([
    ['a string', '"12:abc"'],
    ['a head without a hash', '{"seq":3}'],
    ['a head with a short hash', '{"seq":3,"hash":"abc"}'],
    ['a head numbered 0', `{"seq":0,"hash":"${'a'.repeat(64)}"}`],
    ['a missing head', undefined],
  ])('refuses %s as a malformed head, not as tampering', (_name, head) => {
    const exported = JSON.parse(exportJournalJson(buildJournal(3), '2026-11-28T08:00:00.000Z'));
    if (head === undefined) delete exported.head;
    else exported.head = JSON.parse(head);
    expect(formatErrorOf(() => parseJournalJson(JSON.stringify(exported)))).toMatchObject({
      code: 'bad-head',
      message: expect.stringContaining('head'),
    });
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

function formatErrorOf(read: () => unknown): JournalFormatError {
  try {
    read();
  } catch (error) {
    if (error instanceof JournalFormatError) return error;
    throw error;
  }
  throw new Error('expected a JournalFormatError');
}

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
