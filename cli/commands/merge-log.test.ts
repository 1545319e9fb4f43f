import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJournalJson, parseJournalJson } from '../../core/journal/index';
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
});
