import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryDatabase, latestHistory, recordHistory, saltedHash } from './history';

const ID = '510521198503121230';

describe('history', () => {
  let db: HistoryDatabase;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = new HistoryDatabase(`test-${Math.random()}`);
  });

  it('stores kind, position, masked preview and a salted hash, never the value', async () => {
    const entry = await recordHistory(db, {
      site: 'cms.a.gov.cn',
      action: 'redacted',
      kind: 'resident-id',
      preview: '5***************30',
      position: 42,
      value: ID,
    });
    const [stored] = await db.entries.toArray();
    expect(stored).toEqual(entry);
    expect(JSON.stringify(stored)).not.toContain(ID);
    expect(stored).toMatchObject({ kind: 'resident-id', position: 42, hash: expect.any(String) });
  });

  it('hashes the same value alike within an install, and differently under another salt', async () => {
    const first = await recordHistory(db, { site: 's', action: 'ignored', value: ID });
    const second = await recordHistory(db, { site: 's', action: 'ignored', value: ID });
    expect(first.hash).toBe(second.hash);
    await expect(saltedHash(ID, 'another-install')).resolves.not.toBe(first.hash);
  });

  it('lists the latest entries first', async () => {
    await recordHistory(db, { site: 's', action: 'blocked' }, new Date('2026-11-01T00:00:00Z'));
    await recordHistory(
      db,
      { site: 's', action: 'published-clean' },
      new Date('2026-11-02T00:00:00Z'),
    );
    const latest = await latestHistory(db, 1);
    expect(latest.map((entry) => entry.action)).toEqual(['published-clean']);
  });
});
