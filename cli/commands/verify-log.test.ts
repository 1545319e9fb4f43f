import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJournalJson } from '../../core/journal/index';
import { buildJournal } from '../../core/journal/test-journal';
import { runCli } from '../testing/capture-io';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../bin/gongshi.js');

async function gongshi(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// End to end through bin/gongshi.js, as an auditor would run it on an exported file.
describe('gongshi verify-log', () => {
  let dir: string;
  let intact: string;
  let text: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongshi-log-'));
    text = exportJournalJson(buildJournal(6), '2026-11-28T08:00:00.000Z');
    intact = join(dir, 'log.json');
    await writeFile(intact, text);
  });

  it('exits 0 on an intact export', async () => {
    const result = await gongshi('verify-log', intact);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('6 条记录完整');
  });

  it('exits 1 and names the entry edited by hand', async () => {
    const edited = join(dir, 'edited.json');
    const document = JSON.parse(text);
    document.entries[2].documentNumber = '示市监罚〔2026〕9号';
    await writeFile(edited, JSON.stringify(document, null, 2));
    const result = await gongshi('verify-log', edited);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[entry-altered] 第 3 条记录');
  });

  it('reports JSON with --format json', async () => {
    const result = await gongshi('verify-log', '--format', 'json', intact);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, entries: 6, problems: [] });
  });

  it.each([
    [['verify-log'], '需要且只能给一个文件 / give exactly one FILE'],
    [
      ['verify-log', '--head', 'nope', 'x.json'],
      '--head 应为 序号:64 位十六进制哈希，例如 42:3f…（收到 "nope"）/ --head must look like 42:<64 hex digits>, got "nope"',
    ],
    [
      ['verify-log', '/nonexistent/log.json'],
      '无法读取 / cannot read /nonexistent/log.json: 文件或文件夹不存在 / no such file or folder',
    ],
  ])('exits 2 on %j with a message in Chinese and English', async (args, message) => {
    const result = await gongshi(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/ENOENT|Error:/);
  });

  it('exits 2 on a file that is not a journal', async () => {
    const other = join(dir, 'feed.json');
    await writeFile(other, '{"format":"gongshi-feed"}');
    const result = await gongshi('verify-log', other);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不是公示助手的日志导出文件');
  });

  it('exits 2, not 1, on an export re-saved as GB18030 (Notepad\'s "ANSI")', async () => {
    const resaved = join(dir, 'ansi.json');
    await writeFile(resaved, iconv.encode(text, 'gb18030'));
    const result = await runCli(['verify-log', resaved], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('not a UTF-8 journal');
    expect(result.stderr).toContain('不是 UTF-8 编码的日志');
  });

  it('exits 2 on a malformed head in the file, naming the head', async () => {
    const broken = join(dir, 'bad-head.json');
    const document = JSON.parse(text);
    document.head = { seq: '6', hash: document.head.hash };
    await writeFile(broken, JSON.stringify(document));
    const result = await runCli(['verify-log', broken], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('head: 缺失或格式错误');
    expect(result.stderr).not.toContain('undefined');
  });

  it('says when only the hash of the recorded head differs', async () => {
    const result = await runCli(['verify-log', '--head', `6:${'e'.repeat(64)}`, intact], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[head-mismatch]');
    expect(result.stdout).toContain(`is not the recorded ${'e'.repeat(12)}`);
  });
});
