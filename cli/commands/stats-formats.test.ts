import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serialiseFeed } from '../../core/feed/serialise-feed';
import { ShardBy, shardFeed } from '../../core/feed/shard-feed';
import { readXlsx } from '../../core/spreadsheet/xlsx-read';
import { runCli } from '../testing/capture-io';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');
const dir = mkdtempSync(join(tmpdir(), 'gongshi-stats-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gongshi stats --format xlsx|html', () => {
  it('writes the csv table as an Excel workbook', async () => {
    const out = join(dir, 'stats.xlsx');
    const result = await runCli(
      ['stats', '--year', '2025', '--format', 'xlsx', '--out', out, sample],
      dir,
    );
    expect(result.code).toBe(0);
    const csv = await runCli(['stats', '--year', '2025', '--format', 'csv', sample], dir);
    const [sheet] = readXlsx(new Uint8Array(readFileSync(out)));
    expect(sheet!.name).toBe('2025年度统计');
    const csvRows = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(sheet!.rows.map((row) => row.join(','))).toEqual(
      csvRows.map((line) => line.replace(/"/g, '')),
    );
  });

  it('needs --out for xlsx', async () => {
    const result = await runCli(['stats', '--format', 'xlsx', sample], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format xlsx needs --out FILE.xlsx');
  });

  it('writes a printable report with charts and tables that requests nothing', async () => {
    const result = await runCli(['stats', '--year', '2025', '--format', 'html', sample], dir);
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).toContain('<title>2025 年度行政执法统计年报');
    expect(html.match(/<svg class="gs-chart"/g)).toHaveLength(3);
    expect(html.match(/<table>/g)).toHaveLength(3);
    expect(html).toContain('2026年3月31日');
    expect(html).toContain('@media print');
    // Self-contained: no script, stylesheet, image or font loaded from anywhere.
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b|url\(|@import/);
  });

  it('reads a sharded feed with its shards', async () => {
    const feed = JSON.parse(readFileSync(sample, 'utf8'));
    const { index, shards } = shardFeed(feed, ShardBy.month);
    writeFileSync(join(dir, 'index.json'), serialiseFeed(index));
    for (const shard of shards) writeFileSync(join(dir, shard.url), serialiseFeed(shard.feed));
    const sharded = await runCli(
      ['stats', '--year', '2025', '--format', 'json', join(dir, 'index.json')],
      dir,
    );
    const whole = await runCli(['stats', '--year', '2025', '--format', 'json', sample], dir);
    expect(sharded.code).toBe(0);
    expect(JSON.parse(sharded.stdout).totals).toEqual(JSON.parse(whole.stdout).totals);
  });
});
