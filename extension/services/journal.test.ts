import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportJournalJson, type JournalEntryInput } from '../../core/journal/index';
import {
  allJournal,
  appendJournal,
  appendJournalEntries,
  importJournal,
  JournalDatabase,
  JournalNotEmptyError,
  listJournal,
  pruneStoredJournal,
  verifyStoredJournal,
} from './journal';

function input(
  kind: JournalEntryInput['kind'],
  at: string,
  site = 'cms.a.gov.cn',
): JournalEntryInput {
  return { kind, at, site, operator: '信息员甲', details: { count: 1 } };
}

describe('journal store', () => {
  let db: JournalDatabase;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new JournalDatabase(`journal-${Math.random()}`);
  });

  it('appends a verifiable chain, also when two appends race', async () => {
    await Promise.all([
      appendJournal(db, input('check', '2026-11-01T01:00:00Z')),
      appendJournal(db, input('redaction', '2026-11-01T01:00:01Z')),
      appendJournal(db, input('publication', '2026-11-01T01:00:02Z')),
    ]);
    const entries = await allJournal(db);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect((await verifyStoredJournal(db)).ok).toBe(true);
  });

  it('appends a batch in its order, after what is there, as one verifiable chain', async () => {
    await appendJournal(db, input('check', '2026-11-01T01:00:00Z'));
    await Promise.all([
      appendJournalEntries(
        db,
        Array.from({ length: 50 }, () => input('redaction', '2026-11-01T01:00:01Z')),
      ),
      appendJournal(db, input('publication', '2026-11-01T01:00:02Z')),
    ]);
    const entries = await allJournal(db);
    expect(entries.map((entry) => entry.kind)).toEqual([
      'check',
      ...Array.from({ length: 50 }, () => 'redaction'),
      'publication',
    ]);
    expect((await verifyStoredJournal(db)).ok).toBe(true);
  });

  it('filters by date, site, kind and operator, newest first', async () => {
    await appendJournal(db, input('check', '2026-10-31T23:00:00Z'));
    await appendJournal(db, input('publication', '2026-11-02T01:00:00Z', 'cms.b.gov.cn'));
    await appendJournal(db, input('publication', '2026-11-03T01:00:00Z'));
    const seqs = async (filter: Parameters<typeof listJournal>[1]) =>
      (await listJournal(db, filter)).map((entry) => entry.seq);
    await expect(seqs({})).resolves.toEqual([3, 2, 1]);
    await expect(seqs({ kind: 'publication' })).resolves.toEqual([3, 2]);
    await expect(seqs({ site: 'cms.b.gov.cn' })).resolves.toEqual([2]);
    await expect(seqs({ from: '2026-11-01', to: '2026-11-02' })).resolves.toEqual([2]);
    await expect(seqs({ operator: '别人' })).resolves.toEqual([]);
  });

  it('imports an export into a fresh profile and it still verifies', async () => {
    for (let i = 0; i < 5; i++)
      await appendJournal(db, input('publication', `2026-11-0${i + 1}T01:00:00Z`));
    const text = exportJournalJson(await allJournal(db), '2026-11-28T00:00:00Z');
    const fresh = new JournalDatabase(`journal-fresh-${Math.random()}`);
    const result = await importJournal(fresh, text);
    expect(result).toMatchObject({ imported: 5, verification: { ok: true } });
    expect((await verifyStoredJournal(fresh)).ok).toBe(true);
    await expect(importJournal(fresh, text)).rejects.toBeInstanceOf(JournalNotEmptyError);
  });

  it('refuses an export re-saved as GB18030 instead of importing it as tampered', async () => {
    await appendJournal(db, input('publication', '2026-11-01T01:00:00Z'));
    const text = exportJournalJson(await allJournal(db), '2026-11-28T00:00:00Z');
    const resaved = iconv.encode(text, 'gb18030');
    const fresh = new JournalDatabase(`journal-gbk-${Math.random()}`);
    await expect(importJournal(fresh, resaved)).rejects.toThrow(/not a UTF-8 journal/);
    await expect(fresh.entries.count()).resolves.toBe(0);
  });

  it('prunes past the retention period and stays verifiable through the checkpoint', async () => {
    await appendJournal(db, input('publication', '2025-01-01T01:00:00Z'));
    await appendJournal(db, input('publication', '2025-02-01T01:00:00Z'));
    await appendJournal(db, input('publication', '2026-11-01T01:00:00Z'));
    const removed = await pruneStoredJournal(db, {
      retentionDays: 365,
      now: new Date('2026-11-28T00:00:00Z'),
      operator: '管理员',
      site: 'extension',
    });
    expect(removed).toBe(2);
    const entries = await allJournal(db);
    expect(entries.map((entry) => [entry.seq, entry.kind])).toEqual([
      [3, 'publication'],
      [4, 'checkpoint'],
    ]);
    expect((await verifyStoredJournal(db)).ok).toBe(true);
  });

  it('keeps everything when retention is forever', async () => {
    await appendJournal(db, input('publication', '2020-01-01T01:00:00Z'));
    await expect(
      pruneStoredJournal(db, { retentionDays: 0, now: new Date(), operator: 'x', site: 'x' }),
    ).resolves.toBe(0);
  });
});
