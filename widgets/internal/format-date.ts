import type { Locale } from '../../core/i18n/index';

const DATE_FORMATS = new Map<Locale, Intl.DateTimeFormat>();
const DATE_TIME_FORMATS = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A `YYYY-MM-DD` feed date as the visitor reads it (2025年3月1日, 1 March 2025). Computed in
 * UTC so no time zone shifts the day; text that is not a date is returned as it is.
 */
export function formatDate(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    DATE_FORMATS.set(locale, format);
  }
  return format.format(new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)));
}

/** An ISO timestamp (the cached copy's date) in the visitor's local time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = DATE_TIME_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      dateStyle: 'long',
      timeStyle: 'short',
    });
    DATE_TIME_FORMATS.set(locale, format);
  }
  return format.format(date);
}

/** Today's date in the visitor's time zone as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
