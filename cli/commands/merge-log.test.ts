import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportJournalJson,
  type JournalEntry,
  nextEntry,
  parseJournalJson,
} from '../../core/journal/index';
import { buildJournal } from '../../core/journal/test-journal';
import { runCli } from '../testing/capture-io';

describe('gongshi merge-log', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongshi-merge-'));
    // Two clerks, their entries interleaved in time.
    const first = buildJournal(4, Date.UTC(2026, 2, 2, 1, 0));
    const second = buildJournal(3, Date.UTC(2026, 2, 2, 1, 0, 30)).map((entry) => entry);
    await writeFile(join(dir, 'a.json'), exportJournalJson(first, '2026-03-31T00:00:00Z'));
    await writeFile(join(dir, 'b.json'), exportJournalJson(second, '2026-03-31T00:00:00Z'));
    const tampered = JSON.parse(exportJournalJson(second, '2026-03-31T00:00:00Z'));
    tampered.entries[1].details.findings = 0;
    await writeFile(join(dir, 'b-edited.json'), JSON.stringify(tampered));
  });

  it('writes one agency record that verify-log accepts, and prints its head', async () => {
    const merged = await runCli(['merge-log', '--out', 'agency.json', 'a.json', 'b.json'], dir);
    expect(merged.code).toBe(0);
    const record = parseJournalJson(await readFile(join(dir, 'agency.json')));
    expect(record.entries).toHaveLength(7);
    expect(merged.stdout).toContain(`${record.head!.seq}:${record.head!.hash}`);
    const verified = await runCli(
      ['verify-log', '--head', `${record.head!.seq}:${record.head!.hash}`, 'agency.json'],
      dir,
    );
    expect(verified.code).toBe(0);
  });

  it('refuses a tampered input, names the entry, and writes nothing', async () => {
    const merged = await runCli(['merge-log', '--out', 'bad.json', 'a.json', 'b-edited.json'], dir);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toContain('b-edited.json [entry-altered]');
    await expect(readFile(join(dir, 'bad.json'))).rejects.toThrow();
  });

  it('catches an entry altered in the merged record', async () => {
    await runCli(['merge-log', '--out', 'agency2.json', 'a.json', 'b.json'], dir);
    const record = JSON.parse(await readFile(join(dir, 'agency2.json'), 'utf8'));
    record.entries[3].operator = '信息员丙';
    await writeFile(join(dir, 'agency2.json'), JSON.stringify(record));
    const verified = await runCli(['verify-log', 'agency2.json'], dir);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toContain('entry-altered');
  });

  it('checks the record against the head the portal published (verify-log --heads)', async () => {
    await runCli(['merge-log', '--out', 'agency3.json', 'a.json', 'b.json'], dir);
    const record = parseJournalJson(await readFile(join(dir, 'agency3.json')));
    const sample = JSON.parse(
      await readFile(
        join(import.meta.dirname, '../../demo-site/public/feeds/sample-feed.json'),
        'utf8',
      ),
    );
    const agency = sample.agencies[0].name as string;
    sample.agencies[0].recordHead = {
      seq: record.head!.seq,
      hash: record.head!.hash,
      published: '2026-03-31',
    };
    await writeFile(join(dir, 'feed.json'), JSON.stringify(sample));
    const args = ['verify-log', '--heads', 'feed.json', '--agency', agency];
    expect((await runCli([...args, 'agency3.json'], dir)).code).toBe(0);

    // Rewritten and re-chained after publication: intact as a chain, caught by the head.
    const entries = record.entries.map((entry) => {
      const { hash: _hash, seq: _seq, prevHash: _prev, ...input } = entry;
      return entry.seq === 3 ? { ...input, operator: '信息员丙' } : input;
    });
    const rechained: JournalEntry[] = [];
    for (const input of entries) rechained.push(nextEntry(rechained.at(-1), input));
    await writeFile(
      join(dir, 'rewritten.json'),
      exportJournalJson(rechained, '2026-04-30T00:00:00Z'),
    );
    expect((await runCli(['verify-log', 'rewritten.json'], dir)).code).toBe(0);
    const caught = await runCli([...args, 'rewritten.json'], dir);
    expect(caught.code).toBe(1);
    expect(caught.stdout).toContain('门户（2026-03-31）已公布');
  });

  it('says when the feed has no head for the agency', async () => {
    await writeFile(
      join(dir, 'empty-feed.json'),
      await readFile(join(import.meta.dirname, '../../demo-site/public/feeds/sample-feed.json')),
    );
    const result = await runCli(
      ['verify-log', '--heads', 'empty-feed.json', '--agency', '不存在的局', 'a.json'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no published record head for "不存在的局"');
  });
});
