import { specToJsonSchema } from '../schema/spec';
import { INDEX_FEED_SPEC, RECORDS_FEED_SPEC } from './agency-spec';
import { FEED_FORMAT, FEED_VERSION } from './feed-spec';
import { FEED_TITLES, INDEX_FEED_TITLE, RECORDS_FEED_TITLE } from './feed-titles';

/**
 * The feed's JSON Schema (draft 2020-12), generated from the same description the parser
 * reads, and committed as docs/feed.schema.json (a test keeps the two identical).
 */
export function feedJsonSchema(): Record<string, unknown> {
  const titles = (root: string) => (path: string) => (path === '' ? root : FEED_TITLES[path]);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://gongshi.invalid/schema/${FEED_FORMAT}-v${FEED_VERSION}.json`,
    title: `Gongshi feed, version ${FEED_VERSION} (行政执法公示数据)`,
    description:
      'A static JSON file a portal serves for the Gongshi widgets: the records themselves (kind "records") or an index of shards (kind "index"). See docs/FEED.md.',
    oneOf: [
      specToJsonSchema(RECORDS_FEED_SPEC, titles(RECORDS_FEED_TITLE)),
      specToJsonSchema(INDEX_FEED_SPEC, titles(INDEX_FEED_TITLE)),
    ],
  };
}
