/** A feed's body as last fetched successfully, kept so the widget can serve it offline. */
export interface CachedFeed {
  readonly url: string;
  readonly text: string;
  /** When it was fetched (ISO 8601), shown to the visitor with the cached copy. */
  readonly savedAt: string;
}

const DB_NAME = 'gongshi-widgets';
const STORE = 'feeds';
let database: Promise<IDBDatabase | undefined> | undefined;

// The raw IndexedDB API rather than the `idb` wrapper: one store, two calls, and the
// wrapper cost ~1.2 KiB gzipped on every portal page (issue 5, the 30 KiB budget).
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function open(): Promise<IDBDatabase | undefined> {
  database ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(STORE, { keyPath: 'url' });
      };
      return await settled(request);
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
    const db = await open();
    if (!db) return undefined;
    const found: unknown = await settled(db.transaction(STORE).objectStore(STORE).get(url));
    return found as CachedFeed | undefined;
  } catch {
    return undefined;
  }
}

/** Stores the body of `url`; failures (quota, private mode) are ignored on purpose. */
export async function writeCachedFeed(url: string, text: string): Promise<void> {
  try {
    const db = await open();
    if (!db) return;
    const transaction = db.transaction(STORE, 'readwrite');
    const saved: CachedFeed = { url, text, savedAt: new Date().toISOString() };
    transaction.objectStore(STORE).put(saved);
    // Resolved once the write is durable, as idb's `put` did, so a reload right after sees it.
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } catch {
    // A full disk only costs the offline copy.
  }
}
