/**
 * The three languages every user-facing surface supports. Portals carry a 简/繁 toggle
 * that rewrites `lang`, and a few county sites offer an English page.
 */
export const Locale = {
  zhCN: 'zh-CN',
  zhTW: 'zh-TW',
  en: 'en',
} as const;
export type Locale = (typeof Locale)[keyof typeof Locale];

export const DEFAULT_LOCALE: Locale = Locale.zhCN;

// BCP 47 tags that mean Traditional script: explicit Hant, or a region that writes it.
const TRADITIONAL = /^zh-(?:hant\b|tw\b|hk\b|mo\b)/i;

/**
 * Maps any `lang` value a page may carry (`zh`, `zh-Hans-CN`, `zh-Hant`, `zh-TW`, `en-GB`,
 * `""`) to a supported locale. Unknown or empty tags fall back to zh-CN, the portals' language.
 *
 * @example resolveLocale('zh-Hant-HK') // 'zh-TW'
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().replace(/_/g, '-');
  if (tag === '') return DEFAULT_LOCALE;
  if (TRADITIONAL.test(tag)) return Locale.zhTW;
  if (/^zh\b/i.test(tag)) return Locale.zhCN;
  if (/^en\b/i.test(tag)) return Locale.en;
  return DEFAULT_LOCALE;
}
