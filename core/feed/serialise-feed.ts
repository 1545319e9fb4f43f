import type { Spec } from '../schema/spec';
import { INDEX_FEED_SPEC, RECORDS_FEED_SPEC } from './agency-spec';
import type { Feed } from './feed';

/** Each object spec's fields in order, listed once (a site's feed has 10,000 records). */
const fieldLists = new WeakMap<Spec, readonly (readonly [string, Spec])[]>();

function fieldsOf(spec: Spec & { kind: 'object' }): readonly (readonly [string, Spec])[] {
  let fields = fieldLists.get(spec);
  if (!fields) {
    fields = Object.entries(spec.fields);
    fieldLists.set(spec, fields);
  }
  return fields;
}

/** Rebuilds `value` with keys in spec order and absent fields left out: stable, diffable output. */
function ordered(value: unknown, spec: Spec): unknown {
  if (value === undefined || value === null) return undefined;
  if (spec.kind === 'list' && Array.isArray(value))
    return value.map((item) => ordered(item, spec.of));
  if (spec.kind === 'object' && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, field] of fieldsOf(spec)) {
      const present = source[key];
      if (present === undefined || present === null) continue;
      const entry = ordered(present, field);
      if (entry !== undefined) result[key] = entry;
    }
    return result;
  }
  return value;
}

/**
 * Writes a feed as JSON, keys in the documented order, so `parseFeed(serialiseFeed(feed))`
 * gives back the same feed. Pass `indent: 0` for the smallest file.
 */
export function serialiseFeed(feed: Feed, { indent = 2 }: { indent?: number } = {}): string {
  const spec = feed.kind === 'index' ? INDEX_FEED_SPEC : RECORDS_FEED_SPEC;
  return `${JSON.stringify(ordered(feed, spec), null, indent || undefined)}\n`;
}
