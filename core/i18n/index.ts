export { DEFAULT_LOCALE, Locale, resolveLocale } from './locale';
