/**
 * Gongshi core: pure TypeScript shared by the widgets, the extension, the CLI and the demo.
 * Nothing here may import DOM or browser APIs (checked by test/architecture.test.ts).
 */

export * from './calendar/index';
export * from './diagnostics/index';
export * from './feed/index';
export { DEFAULT_LOCALE, Locale, resolveLocale } from './i18n/index';
export * from './identifiers/index';
export * from './journal/index';
export * from './privacy/index';
export * from './records/index';
export * from './review/index';
export * from './rules/index';
export * from './sample/index';
export * from './schema/index';
export * from './spreadsheet/index';
export * from './stats/index';
