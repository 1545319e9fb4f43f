import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/capture-io';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');
const agency = JSON.parse(readFileSync(sample, 'utf8')).agencies[0];
const dir = mkdtempSync(join(tmpdir(), 'gongshi-board-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gongshi board', () => {
  it.each(['A4', 'A3'])('writes one %s board per officer, self-contained', async (paper) => {
    const out = join(dir, `board-${paper}.html`);
    const result = await runCli(
      [
        'board',
        '--agency',
        agency.name,
        '--paper',
        paper,
        '--out',
        out,
        '--today',
        '2025-01-01',
        sample,
      ],
      dir,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Wrote ${agency.officers.length} board(s) (${paper})`);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<article class="gs-board"/g)).toHaveLength(agency.officers.length);
    expect(html).toContain(`@page{size:${paper} portrait;margin:0}`);
    for (const officer of agency.officers) expect(html).toContain(officer.certificateNumber);
    expect(html).not.toMatch(/<(?:script|link|img)\b/);
  });

  it('prints only the officer asked for, with the post given', async () => {
    const out = join(dir, 'one.html');
    const officer = agency.officers[1];
    const result = await runCli(
      [
        'board',
        '--agency',
        agency.name,
        '--officer',
        officer.certificateNumber,
        '--post',
        '综合受理窗口',
        '--out',
        out,
        sample,
      ],
      dir,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<article class="gs-board"/g)).toHaveLength(1);
    expect(html).toContain('岗位：综合受理窗口');
    expect(html).toContain(officer.certificateNumber);
  });

  it.each([
    [['--agency', '不存在的局'], '没有执法主体「不存在的局」', 'no agency "不存在的局"'],
    [
      ['--agency', agency.name, '--officer', '0000'],
      '没有执法证号 0000',
      'no officer with 执法证号 0000',
    ],
  ])('says in both languages what is wrong: %j', async (args, zh, en) => {
    const result = await runCli(['board', ...args, '--out', join(dir, 'x.html'), sample], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(zh);
    expect(result.stderr).toContain(en);
  });

  it('names the papers when another is asked for', async () => {
    const result = await runCli(
      ['board', '--agency', agency.name, '--paper', 'B5', '--out', 'x.html', sample],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--paper must be A4 or A3, got "B5"');
  });
});
