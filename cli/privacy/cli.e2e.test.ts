/**
 * End to end: `node bin/gongshi.js` (the bundled CLI with its worker threads) on a folder of
 * messy files — GBK, broken HTML, an unreadable file, a big file.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDecisionsText } from '../../test/privacy/corpus-generator';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'gongshi.js');

function gongshi(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let unreadable: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-e2e-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'penalties', '2024'), { recursive: true });
  for (let i = 0; i < 40; i++) {
    writeFileSync(
      join(site, 'penalties', '2024', `case-${i}.html`),
      `<html><body><p>泸江市监罚〔2024〕${i}号</p><p>当事人联系电话：1381234${String(i).padStart(4, '0')}</p><p>监督电话：0830-3196001</p></body></html>`,
    );
  }
  writeFileSync(
    join(site, 'gbk-list.csv'),
    iconv.encode('序号,当事人,证件号码\n1,张三,510502197806120039\n', 'gbk'),
  );
  // Broken HTML: unclosed tags, a stray <, a number split across an unclosed span.
  writeFileSync(
    join(site, 'broken.htm'),
    '<div><p>手机 139<span>1234 <b>5678<p>a < b <td>身份证：51050219780612003<i>9',
  );
  writeFileSync(join(site, 'big.txt'), generateDecisionsText(4_000_000));
  // Root can read anything: a broken link then stands in for an unreadable file.
  unreadable = join(site, 'secret.txt');
  if (process.getuid?.() === 0) symlinkSync(join(dir, 'gone.txt'), unreadable);
  else {
    writeFileSync(unreadable, '13812345678');
    chmodSync(unreadable, 0o000);
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('node bin/gongshi.js', () => {
  it('scans a whole site with worker threads, reports the unreadable file and goes on', () => {
    const result = gongshi(['scan', '--format', 'json', '--jobs', '2', 'site'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('secret.txt');
    expect(result.stderr).not.toContain('\r');
    const report = JSON.parse(result.stdout) as {
      file: string;
      findings: { kind: string; text: string }[];
    }[];
    expect(report.length).toBe(43);
    const byFile = new Map(report.map((entry) => [entry.file, entry.findings]));
    expect(byFile.get(join('site', 'gbk-list.csv'))?.map((f) => f.text)).toEqual([
      '510502197806120039',
    ]);
    expect(byFile.get(join('site', 'broken.htm'))?.map((f) => [f.kind, f.text])).toEqual([
      ['mobile', '1391234 5678'],
      ['resident-id', '510502197806120039'],
    ]);
    expect(
      byFile.get(join('site', 'penalties', '2024', 'case-7.html'))?.map((f) => f.text),
    ).toEqual(['13812340007']);
    expect(byFile.get(join('site', 'big.txt'))!.length).toBeGreaterThan(1000);
  }, 120_000);

  it('redacts a copy of the site that then scans clean', () => {
    const redacted = gongshi(['redact', '--jobs', '2', '--out', 'public', 'site'], dir);
    expect(redacted.code).toBe(2); // the unreadable file
    // Worker threads send back only counts: they must add up to what scan finds.
    const found = /, (\d+) findings/.exec(
      gongshi(['scan', '--jobs', '2', 'site'], dir).stderr,
    )?.[1];
    expect(redacted.stdout).toContain(`, ${found} items redacted.`);
    expect(iconv.decode(readFileSync(join(dir, 'public', 'gbk-list.csv')), 'gbk')).toBe(
      '序号,当事人,证件号码\n1,张三,【已脱敏】\n',
    );
    expect(readFileSync(join(dir, 'public', 'penalties', '2024', 'case-3.html'), 'utf8')).toContain(
      '<p>当事人联系电话：【已脱敏】</p><p>监督电话：0830-3196001</p>',
    );
    const rescan = gongshi(['scan', 'public'], dir);
    expect(rescan.stdout).toBe('');
    expect(rescan.code).toBe(0);
  }, 120_000);

  it('exits 0 on clean input and 2 on bad arguments', () => {
    writeFileSync(join(dir, 'clean.txt'), '罚款人民币5000元。');
    expect(gongshi(['scan', 'clean.txt'], dir).code).toBe(0);
    const bad = gongshi(['scan', '--format', 'yaml', 'clean.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: gongshi scan');
  });
});
