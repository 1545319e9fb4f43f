export type { Feed, IndexFeed, Publisher, RecordsFeed, ShardRef } from './feed';
export { FEED_FORMAT, FEED_VERSION } from './feed-spec';
export { feedJsonSchema } from './json-schema';
export { type ParsedFeed, parseFeed } from './parse-feed';
export { parseListingFeed } from './parse-listing-feed';
export { serialiseFeed } from './serialise-feed';
export { type Shard, ShardBy, selectShards, shardFeed, shardUrl } from './shard-feed';
