import { FULL_FEED_SPECS } from './agency-spec';
import { type ParsedFeed, readFeed } from './read-feed';

export type { ParsedFeed } from './read-feed';

/**
 * Reads a whole feed from its text (or an already parsed value), agencies included. Never
 * throws: every problem comes back with a path such as `records[12].decisionDate`, and the
 * valid records stay usable (read-feed.ts).
 *
 * @example
 * const { feed, problems } = parseFeed(await response.text());
 */
export function parseFeed(input: string | unknown): ParsedFeed {
  return readFeed(input, FULL_FEED_SPECS);
}
