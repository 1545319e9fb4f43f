import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/capture-io';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-scan-'));
  mkdirSync(join(dir, 'site', 'cases'), { recursive: true });
  writeFileSync(
    join(dir, 'site', 'cases', 'a.html'),
    '<p>当事人手机：138<b>1234</b>5678，监督电话：0830-3196001</p>',
  );
  writeFileSync(
    join(dir, 'site', 'cases', 'clean.txt'),
    '泸市府办函〔2018〕133号 罚款人民币5000元',
  );
  writeFileSync(
    join(dir, 'site', 'gbk.csv'),
    iconv.encode('当事人,身份证号码\n张三,510502197806120039\n', 'gbk'),
  );
  writeFileSync(join(dir, 'site', 'notes.docx'), '13812345678');
  writeFileSync(join(dir, 'clean.md'), '# 公示\n\n监督电话：12345\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gongshi scan', () => {
  it('exits 0 on a clean file', async () => {
    const result = await runCli(['scan', 'clean.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('walks folders, reads GBK, masks data in the text report, exits 1', async () => {
    const result = await runCli(['scan', 'site'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(join('site', 'cases', 'a.html'));
    expect(result.stdout).toContain('mobile');
    expect(result.stdout).toContain('138****5678');
    expect(result.stdout).not.toContain('13812345678');
    expect(result.stdout).toContain(join('site', 'gbk.csv'));
    expect(result.stdout).toContain('5***************39');
    expect(result.stdout).not.toContain('notes.docx');
    expect(result.stderr).toMatch(/Scanned 3 files: 2 with personal data, 2 findings/);
  });

  it('writes the JSON contract', async () => {
    const result = await runCli(['scan', '--format', 'json', join('site', 'cases')], dir);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual([
      {
        file: join('site', 'cases', 'a.html'),
        encoding: 'utf-8',
        findings: [
          expect.objectContaining({ kind: 'mobile', text: '13812345678', line: 1, column: 10 }),
        ],
      },
      { file: join('site', 'cases', 'clean.txt'), encoding: 'utf-8', findings: [] },
    ]);
    const html = readFileSync(join(dir, 'site', 'cases', 'a.html'), 'utf8');
    const finding = report[0].findings[0];
    expect(html.slice(finding.start, finding.end)).toBe('138<b>1234</b>5678');
  });

  it('writes CSV', async () => {
    const result = await runCli(['scan', '--format', 'csv', 'site'], dir);
    expect(result.stdout.split('\n')[0]).toBe(
      'file,line,column,start,end,kind,masked,confidence,reason',
    );
    expect(result.stdout).toContain(',resident-id,5***************39,');
  });

  it('writes CSV cells that a spreadsheet shows as text, not runs as formulas', async () => {
    writeFileSync(join(dir, '=1+1.txt'), '联系电话：+86 138 1234 5678\n');
    try {
      const result = await runCli(['scan', '--format', 'csv', '=1+1.txt'], dir);
      expect(result.stdout.split('\n')[1]).toBe(
        `"'=1+1.txt",1,6,5,22,mobile,"'+86 138 **** 5678",0.98,电话标签后的11位手机号`,
      );
    } finally {
      rmSync(join(dir, '=1+1.txt'));
    }
  });

  it('reports a missing path and a broken link, scans the rest, exits 2', async () => {
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'site', 'broken.txt'));
    try {
      const result = await runCli(['scan', 'missing.txt', 'site'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('missing.txt');
      expect(result.stderr).toContain('broken.txt');
      expect(result.stdout).toContain('138****5678');
    } finally {
      rmSync(join(dir, 'site', 'broken.txt'));
    }
  });

  it('scans a GBK file with a stray byte, reports its findings and where the byte is, exits 2', async () => {
    mkdirSync(join(dir, 'stray'), { recursive: true });
    writeFileSync(
      join(dir, 'stray', 'bad.txt'),
      Buffer.concat([
        iconv.encode('当事人：张三\n身份证号码：510502197806120039\n', 'gbk'),
        Buffer.from([0xff, 0x20]),
        iconv.encode('住址：泸州市江阳区康城路12号\n', 'gbk'),
      ]),
    );
    const result = await runCli(['scan', '--format', 'json', join('stray', 'bad.txt')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('第 3 行第 1 列');
    expect(result.stderr).toContain('these bytes could not be');
    const [entry] = JSON.parse(result.stdout);
    expect(entry.error).toContain('line 3, column 1');
    expect(entry.findings.map((finding: { kind: string }) => finding.kind)).toContain(
      'resident-id',
    );
  });

  it.each([
    [['scan'], '至少给出一个要扫描的文件或文件夹 / give at least one file'],
    [
      ['scan', '--format', 'xml', 'x'],
      '--format 应为 text、json 或 csv（收到 "xml"）/ --format must be text, json or csv',
    ],
    [['scan', '--bogus', 'x'], 'bogus'],
    [['scan', '--jobs', '0', 'x'], '--jobs'],
  ])('rejects %j with exit 2 and the usage', async (args, message) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: gongshi scan');
  });

  it('shows progress on a terminal only', async () => {
    const piped = await runCli(['scan', 'site'], dir);
    expect(piped.stderr).not.toContain('\r');
    const terminal = await runCli(['scan', 'site'], dir, { tty: true });
    expect(terminal.stderr).toContain('\r');
    expect(terminal.stderr).toMatch(/3\/3 个文件 · 发现 2 处/);
  });
});
