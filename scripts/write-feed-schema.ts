/**
 * `npx tsx scripts/write-feed-schema.ts`: writes docs/feed.schema.json from the description
 * the feed parser reads (core/feed/feed-spec.ts). core/feed/json-schema.test.ts fails when the
 * committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feedJsonSchema } from '../core/feed/json-schema';

const output = resolve(import.meta.dirname, '..', 'docs', 'feed.schema.json');
writeFileSync(output, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${output}`);
