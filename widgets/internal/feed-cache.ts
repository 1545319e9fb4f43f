import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** A feed's body as last fetched successfully, kept so the widget can serve it offline. */
export interface CachedFeed {
  readonly url: string;
  readonly text: string;
  /** When it was fetched (ISO 8601), shown to the visitor with the cached copy. */
  readonly savedAt: string;
}

interface FeedCacheSchema extends DBSchema {
  feeds: { key: string; value: CachedFeed };
}

const DB_NAME = 'gongshi-widgets';
let database: Promise<IDBPDatabase<FeedCacheSchema> | undefined> | undefined;

function open(): Promise<IDBPDatabase<FeedCacheSchema> | undefined> {
  database ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      return await openDB<FeedCacheSchema>(DB_NAME, 1, {
        upgrade(db) {
          db.createObjectStore('feeds', { keyPath: 'url' });
        },
      });
    } catch {
      // Private windows and locked-down browsers refuse IndexedDB: the widget then simply
      // has no offline copy, which must not stop it from showing the live feed.
      return undefined;
    }
  })();
  return database;
}

/** The cached copy of `url`, or undefined when there is none or storage is unavailable. */
export async function readCachedFeed(url: string): Promise<CachedFeed | undefined> {
  try {
    return await (await open())?.get('feeds', url);
  } catch {
    return undefined;
  }
}

/** Stores the body of `url`; failures (quota, private mode) are ignored on purpose. */
export async function writeCachedFeed(url: string, text: string): Promise<void> {
  try {
    await (await open())?.put('feeds', { url, text, savedAt: new Date().toISOString() });
  } catch {
    // A full disk only costs the offline copy.
  }
}
