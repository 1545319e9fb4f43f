import type { Locale } from '../../core/i18n/index';

/**
 * A component's strings in the three languages. zh-CN, what nearly every portal shows, is
 * bundled; zh-TW and en are separate chunks fetched the first time a page (or its 简/繁
 * toggle) asks for them, so the widget bundle carries one language, not three. The classic
 * build inlines them all.
 */
export interface LocaleTable<M> {
  readonly 'zh-CN': M;
  readonly 'zh-TW': () => Promise<M>;
  readonly en: () => Promise<M>;
}

const loaded = new WeakMap<LocaleTable<unknown>, Partial<Record<Locale, unknown>>>();

/** The table's strings for `locale` when they are in, else undefined. */
export function loadedMessages<M>(table: LocaleTable<M>, locale: Locale): M | undefined {
  if (locale === 'zh-CN') return table['zh-CN'];
  return loaded.get(table as LocaleTable<unknown>)?.[locale] as M | undefined;
}

/** Fetches the strings of every table for `locale`. */
export async function loadMessages(
  tables: readonly LocaleTable<unknown>[],
  locale: Locale,
): Promise<void> {
  if (locale === 'zh-CN') return;
  await Promise.all(
    tables.map(async (table) => {
      if (loadedMessages(table, locale)) return;
      const messages = await table[locale]();
      const entry = loaded.get(table) ?? {};
      entry[locale] = messages;
      loaded.set(table, entry);
    }),
  );
}
