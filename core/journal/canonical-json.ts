import type { JsonValue } from './entry';

/**
 * JSON with object keys sorted at every level and no whitespace, so the same entry always
 * hashes the same whichever program wrote or re-read it (export → import → verify).
 *
 * Limit: numbers are written by JSON.stringify; keep details to integers and strings where
 * exactness matters (amounts as decimal strings).
 */
export function canonicalJson(value: JsonValue | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const object = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}
