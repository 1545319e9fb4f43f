import { feedSpecs } from './feed-spec';
import { type ParsedFeed, readFeed } from './read-feed';

const LISTING_SPECS = feedSpecs();

/**
 * parseFeed for a widget that lists records only (<enforcement-disclosure>,
 * <enforcement-stats>): the feed's agencies are left out unread, so their spec stays out of
 * that widget's first view. The records are read exactly as parseFeed reads them.
 */
export function parseListingFeed(input: string | unknown): ParsedFeed {
  return readFeed(input, LISTING_SPECS);
}
