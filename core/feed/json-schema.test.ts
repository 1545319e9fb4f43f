import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { recordsFeedArb } from '../../test/support/record-arbitraries';
import { feedJsonSchema } from './json-schema';
import { parseFeed } from './parse-feed';
import { serialiseFeed } from './serialise-feed';

const root = join(import.meta.dirname, '..', '..');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(feedJsonSchema());

describe('docs/feed.schema.json', () => {
  it('is up to date (regenerate: npx tsx scripts/write-feed-schema.ts)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'docs', 'feed.schema.json'), 'utf8'));
    expect(committed).toEqual(feedJsonSchema());
  });

  it.each(['demo-site/public/feeds/sample-feed.json', 'demo-site/public/feeds/sharded/index.json'])(
    'accepts %s',
    (path) => {
      const feed = JSON.parse(readFileSync(join(root, path), 'utf8'));
      expect(validate(feed), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    },
  );

  it('accepts every feed the serialiser writes', () => {
    for (const feed of fc.sample(recordsFeedArb, 100)) {
      const text = serialiseFeed(feed);
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('rejects what the parser rejects at the top level', () => {
    const bad = {
      format: 'gongshi-feed',
      version: 2,
      kind: 'records',
      publisher: { name: 'x' },
      records: [],
    };
    expect(validate(bad)).toBe(false);
    expect(parseFeed(bad).feed).toBeUndefined();
  });
});
