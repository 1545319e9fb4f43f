import { Dexie, type EntityTable } from 'dexie';
import { storage } from 'wxt/utils/storage';
import type { HistoryEntry } from './history-types';
import type { HistoryEventInput } from './protocol';

/**
 * The clerk's actions, in IndexedDB of the extension's own origin (opened by the background
 * only), never in the CMS page's origin where the CMS's scripts could read it.
 */
export class HistoryDatabase extends Dexie {
  entries!: EntityTable<HistoryEntry, 'id'>;

  constructor(name = 'gongshi-history') {
    super(name);
    this.version(1).stores({ entries: '++id, at, site, action' });
  }
}

/**
 * A random salt made once per install: a bare SHA-256 of an 18-digit ID can be reversed by
 * trying every birth date and sequence, a salted one cannot without the salt.
 */
export const historySaltItem = storage.defineItem<string>('local:historySalt', {
  init: () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  },
});

/** HMAC-SHA-256 of a value under the install's salt, hex, first 16 bytes. */
export async function saltedHash(value: string, salt: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(salt),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value)));
  return Array.from(signature.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Stores one event without its value: the value only feeds the hash. */
export async function recordHistory(
  db: HistoryDatabase,
  event: HistoryEventInput,
  now: Date = new Date(),
): Promise<HistoryEntry> {
  const { value, ...rest } = event;
  const entry: HistoryEntry = {
    ...rest,
    at: now.toISOString(),
    ...(value ? { hash: await saltedHash(value, await historySaltItem.getValue()) } : {}),
  };
  const id = await db.entries.add(entry);
  return { ...entry, id };
}

/** The latest entries, newest first. */
export function latestHistory(db: HistoryDatabase, limit: number): Promise<HistoryEntry[]> {
  return db.entries.orderBy('at').reverse().limit(limit).toArray();
}
