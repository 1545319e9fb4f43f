import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../records/decision-record';
import type { RecordsFeed } from './feed';
import { parseFeed } from './parse-feed';
import { serialiseFeed } from './serialise-feed';
import { ShardBy, selectShards, shardFeed, shardUrl } from './shard-feed';

const record = (
  id: string,
  agency: string,
  decisionDate: string,
  code?: string,
): DecisionRecord => ({
  id,
  category: '行政处罚',
  party: { name: '示例县某某有限公司', kind: '法人及非法人组织' },
  agency: { name: agency, ...(code ? { code } : {}) },
  content: '警告',
  decisionDate,
});

const feed: RecordsFeed = {
  format: 'gongshi-feed',
  version: 1,
  kind: 'records',
  publisher: { name: '示例县人民政府' },
  records: [
    record('1', '示例县市场监督管理局', '2025-03-01', '11519999MB0000001X'),
    record('2', '示例县市场监督管理局', '2025-04-02', '11519999MB0000001X'),
    record('3', '示例县交通运输局', '2025-03-15'),
  ],
};

describe('shardFeed', () => {
  it.each([
    [ShardBy.month, ['2025-03.json', '2025-04.json'], [2, 1]],
    [ShardBy.agency, ['11519999MB0000001X.json', 'a01.json'], [2, 1]],
    [
      ShardBy.agencyMonth,
      ['11519999MB0000001X/2025-03.json', '11519999MB0000001X/2025-04.json', 'a01/2025-03.json'],
      [1, 1, 1],
    ],
  ])('by %s', (by, urls, counts) => {
    const { index, shards } = shardFeed(feed, by);
    expect(index.shards.map((shard) => shard.url)).toEqual(urls);
    expect(index.shards.map((shard) => shard.recordCount)).toEqual(counts);
    expect(shards.flatMap((shard) => shard.feed.records.map((r) => r.id)).sort()).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(parseFeed(serialiseFeed(index)).problems).toEqual([]);
    for (const shard of shards) expect(parseFeed(serialiseFeed(shard.feed)).problems).toEqual([]);
  });

  it('selects the shards a view needs and resolves their URLs', () => {
    const { index } = shardFeed(feed, ShardBy.agencyMonth);
    const chosen = selectShards(index, { from: '2025-04', agency: '示例县市场监督管理局' });
    expect(chosen.map((shard) => shard.url)).toEqual(['11519999MB0000001X/2025-04.json']);
    expect(shardUrl('https://www.example.gov.cn/feeds/index.json', chosen[0]!)).toBe(
      'https://www.example.gov.cn/feeds/11519999MB0000001X/2025-04.json',
    );
  });
});
