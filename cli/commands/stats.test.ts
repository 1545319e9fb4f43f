import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/capture-io';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');
const FORMULA = '=HYPERLINK("http://example.com/x","点击")';

describe('gongshi stats --format csv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-stats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const feed = JSON.parse(readFileSync(sample, 'utf8'));
  const renamed = feed.records[0].agency.name;
  for (const record of feed.records) {
    if (record.agency.name === renamed) record.agency.name = FORMULA;
  }
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed));

  it('writes every table as one CSV for a spreadsheet, formulas neutralised', async () => {
    const result = await runCli(['stats', '--year', '2025', '--format', 'csv', file], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF分组 group,名称 name,决定数 decisions,撤下 withdrawn,更正 corrected,罚款 fines (元),没收 confiscated (元),征收 levies (元),收费 fees (元)',
    );
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1).map((line) => line.split(','));
    expect(new Set(rows.map((row) => row[0]))).toEqual(
      new Set(['category', 'agency', 'month', 'total']),
    );
    expect(result.stdout).toContain(`agency,"'=HYPERLINK(""http://example.com/x"",""点击"")",`);
    expect(result.stdout).not.toMatch(/(^|,)"?=/m);
    const decisions = (group: string) =>
      rows.filter((row) => row[0] === group).reduce((sum, row) => sum + Number(row[2]), 0);
    expect(decisions('total')).toBeGreaterThan(50);
    expect(decisions('category')).toBe(decisions('total'));
    expect(decisions('month')).toBe(decisions('total'));
  });

  it('names csv, xlsx and html among the formats when another is asked for', async () => {
    const result = await runCli(['stats', '--format', 'xml', file], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format 应为 text、json、csv、xlsx 或 html');
    expect(result.stderr).toContain('--format must be text, json, csv, xlsx or html, got "xml"');
  });
});
