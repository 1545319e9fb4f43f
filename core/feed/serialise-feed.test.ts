import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { recordsFeedArb } from '../../test/support/record-arbitraries';
import { parseFeed } from './parse-feed';
import { serialiseFeed } from './serialise-feed';

describe('serialiseFeed', () => {
  test.prop([recordsFeedArb], { numRuns: 200 })('parse(serialise(x)) = x', (feed) => {
    const { feed: parsed, problems } = parseFeed(serialiseFeed(feed));
    expect(problems).toEqual([]);
    expect(parsed).toEqual(feed);
  });

  test.prop([recordsFeedArb], { numRuns: 50 })('serialise is stable (same bytes twice)', (feed) => {
    const text = serialiseFeed(feed, { indent: 0 });
    expect(serialiseFeed(parseFeed(text).feed!, { indent: 0 })).toBe(text);
  });
});
