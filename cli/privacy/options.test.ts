import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadsFor, WORKER_THRESHOLD_BYTES } from './options';

describe('threadsFor', () => {
  let dir: string;
  let small: string[];
  let big: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongshi-threads-'));
    small = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    for (const path of small) await writeFile(path, '13812345678');
    // Sparse: the size counts, no disk is used.
    big = join(dir, 'big.txt');
    await writeFile(big, '');
    await truncate(big, WORKER_THRESHOLD_BYTES);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uses this thread for one file or a small total', async () => {
    expect(await threadsFor([big], 2, false)).toBe(1);
    expect(await threadsFor(small, 2, false)).toBe(1);
  });

  it('uses the workers from the threshold on, or when --jobs was given', async () => {
    expect(await threadsFor([...small, big], 2, false)).toBe(2);
    expect(await threadsFor(small, 3, true)).toBe(3);
  });

  it('counts a file it cannot stat as empty', async () => {
    expect(await threadsFor([join(dir, 'gone.txt'), ...small], 2, false)).toBe(1);
  });
});
