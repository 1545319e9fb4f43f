import { dirname, resolve } from 'node:path';
import type { RecordsFeed } from '../../core/feed/feed';
import { parseFeed } from '../../core/feed/parse-feed';
import { readBytes } from '../internal/files';

/**
 * A feed's records as one records feed: the file itself, or for an index feed (a site
 * `gongshi build` sharded) every shard read from beside it. An Error names the file that
 * cannot be used and why.
 */
export async function readFeedRecords(file: string): Promise<RecordsFeed | Error> {
  const read = async (path: string) => {
    const bytes = await readBytes(path);
    if (bytes instanceof Error) return bytes;
    const { feed, problems } = parseFeed(new TextDecoder().decode(bytes));
    if (feed) return feed;
    const first = problems[0];
    return new Error(
      `${path}: ${first ? `${first.message} / ${first.messageEn}` : '不是公示数据文件 / not a feed'}`,
    );
  };
  const main = await read(file);
  if (main instanceof Error || main.kind === 'records') return main;
  const records = [];
  for (const shard of main.shards) {
    const part = await read(resolve(dirname(file), shard.url));
    if (part instanceof Error) return part;
    if (part.kind !== 'records') {
      return new Error(`${shard.url}: 分片不是记录文件 / the shard is not a records feed`);
    }
    records.push(...part.records);
  }
  const { shards: _shards, kind: _kind, ...header } = main;
  return { ...header, kind: 'records', records };
}
