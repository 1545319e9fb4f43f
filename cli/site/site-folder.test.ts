import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serialiseFeed } from '../../core/feed/serialise-feed';
import type { PlannedFile } from '../../core/site/plan-site';
import { completeRecord } from '../../test/support/complete-records';
import { readPreviousSite, writeSite } from './site-folder';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-site-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const feed = serialiseFeed({
  format: 'gongshi-feed',
  version: 1,
  kind: 'records',
  publisher: { name: '示例县' },
  records: [],
});
const about = { generator: 'gongshi test' };
let renders = 0;
const file = (path: string, key: string, content: string): PlannedFile => ({
  path,
  key,
  render: () => {
    renders++;
    return content;
  },
});

describe('writeSite', () => {
  const site = join(dir, 'site');

  it('renders only files whose fingerprint changed, and writes only files whose bytes changed', async () => {
    const plan = [
      file('feeds/gongshi.json', 'f1', feed),
      file('a/one.html', 'k1', 'one'),
      file('a/two.html', 'k2', 'two'),
    ];
    expect((await writeSite(site, plan, undefined, about)).written).toHaveLength(3);
    const one = statSync(join(site, 'a/one.html'));
    const two = statSync(join(site, 'a/two.html'));
    renders = 0;
    const previous = await readPreviousSite(site);
    if (!previous || previous instanceof Error) throw new Error('no previous site');
    const result = await writeSite(
      site,
      [
        file('feeds/gongshi.json', 'f1', feed),
        file('a/one.html', 'k1', 'one'),
        // New fingerprint, same bytes: rendered, but not written again.
        file('a/two.html', 'k2b', 'two'),
        file('b/three.html', 'k3', 'three'),
      ],
      previous,
      about,
    );
    expect(renders).toBe(2);
    expect(result).toEqual({ written: ['b/three.html'], kept: 3, removed: 0 });
    for (const [path, before] of [
      ['a/one.html', one],
      ['a/two.html', two],
    ] as const) {
      const after = statSync(join(site, path));
      expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    }
  });

  it('leaves the previous site untouched, and no temporary folder, when a build fails part-way', async () => {
    const before = readFileSync(join(site, 'gongshi-manifest.json'), 'utf8');
    const previous = await readPreviousSite(site);
    if (!previous || previous instanceof Error) throw new Error('no previous site');
    const failing: PlannedFile = {
      path: 'a/one.html',
      key: 'changed',
      render: () => {
        throw new Error('render failed');
      },
    };
    await expect(
      writeSite(site, [file('c/new.html', 'n', 'new'), failing], previous, about),
    ).rejects.toThrow(/未改动.*was not changed/);
    expect(readFileSync(join(site, 'gongshi-manifest.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(site, 'a/one.html'), 'utf8')).toBe('one');
    expect(readdirSync(dir)).toEqual(['site']);
  });

  it('keeps the webmaster’s own files, and hands the next build the records’ fingerprints', async () => {
    const folder = join(dir, 'with-records');
    const record = completeRecord('行政处罚', { id: 'r1' });
    const withRecord = serialiseFeed({
      format: 'gongshi-feed',
      version: 1,
      kind: 'records',
      publisher: { name: '示例县' },
      records: [record],
    });
    await writeSite(folder, [file('feeds/gongshi.json', 'f', withRecord)], undefined, {
      ...about,
      records: { r1: 'fingerprint' },
    });
    mkdirSync(join(folder, 'widgets'));
    writeFileSync(join(folder, 'widgets', 'loader.js'), '// the portal’s own');
    const previous = await readPreviousSite(folder);
    if (!previous || previous instanceof Error) throw new Error('no previous site');
    expect([...previous.recordKeys.values()]).toEqual(['fingerprint']);
    expect(previous.recordKeys.get(previous.feed.records[0]!)).toBe('fingerprint');
    await writeSite(folder, [file('feeds/gongshi.json', 'f', withRecord)], previous, {
      ...about,
      records: { r1: 'fingerprint' },
    });
    const again = await readPreviousSite(folder);
    if (!again || again instanceof Error) throw new Error('no previous site');
    expect(again.recordKeys.size).toBe(1);
    expect(readFileSync(join(folder, 'widgets', 'loader.js'), 'utf8')).toBe('// the portal’s own');
    // A feed file changed by hand is read in full, and its records' fingerprints not trusted.
    writeFileSync(join(folder, 'feeds', 'gongshi.json'), withRecord.replace('r1', 'r1 '));
    const edited = await readPreviousSite(folder);
    if (!edited || edited instanceof Error) throw new Error('no previous site');
    expect(edited.recordKeys.size).toBe(0);
  });
});
