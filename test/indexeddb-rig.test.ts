import Dexie, { type EntityTable } from 'dexie';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';

// Proves the unit-test rig: both IndexedDB wrappers the project uses work in Node through
// fake-indexeddb (loaded by test/setup/fake-indexeddb.ts), with no browser.
describe('IndexedDB in unit tests', () => {
  it('runs Dexie', async () => {
    const db = new Dexie('rig-dexie') as Dexie & {
      notes: EntityTable<{ id: number; text: string }, 'id'>;
    };
    db.version(1).stores({ notes: '++id' });
    await db.notes.add({ text: '检查' } as { id: number; text: string });
    await expect(db.notes.toArray()).resolves.toEqual([{ id: 1, text: '检查' }]);
    db.close();
  });

  it('runs idb', async () => {
    const db = await openDB('rig-idb', 1, {
      upgrade(database) {
        database.createObjectStore('feeds');
      },
    });
    await db.put('feeds', { records: 3 }, 'sample');
    await expect(db.get('feeds', 'sample')).resolves.toEqual({ records: 3 });
    db.close();
  });
});
