import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serialiseFeed } from '../../core/feed/serialise-feed';
import type { PlannedFile } from '../../core/site/plan-site';
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
    expect((await writeSite(site, plan, undefined, 'gongshi test')).written).toHaveLength(3);
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
      'gongshi test',
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
      writeSite(site, [file('c/new.html', 'n', 'new'), failing], previous, 'gongshi test'),
    ).rejects.toThrow(/未改动.*was not changed/);
    expect(readFileSync(join(site, 'gongshi-manifest.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(site, 'a/one.html'), 'utf8')).toBe('one');
    expect(readdirSync(dir)).toEqual(['site']);
  });
});
