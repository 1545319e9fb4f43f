import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Command, type CommandEntry, ExitCode, UsageError } from './command';
import { COMMANDS } from './commands/index';
import { parseCommandArgs } from './internal/args';
import { main } from './main';
import { captureIO } from './testing/capture-io';

const echo: Command = {
  name: 'echo',
  summary: 'Prints its arguments',
  usage: 'Usage: gongshi echo WORD...',
  async run(args, io) {
    if (args[0] === '--loud') parseCommandArgs(args, { loud: { type: 'boolean' } });
    if (args.length === 0) throw new UsageError('nothing to echo');
    if (args[0] === 'explode') throw new Error('disk on fire');
    if (args[0] === 'read') await readFile(args[1]!);
    io.stdout.write(`${args.join(' ')}\n`);
    return ExitCode.ok;
  },
};
const commands: CommandEntry[] = [{ name: 'echo', load: async () => echo }];

describe('gongshi main', () => {
  it.each([
    [['echo', 'a', 'b'], ExitCode.ok, 'a b\n', ''],
    [
      ['echo'],
      ExitCode.error,
      '',
      'gongshi echo: nothing to echo\n\nUsage: gongshi echo WORD...\n',
    ],
    [['echo', 'explode'], ExitCode.error, '', 'gongshi echo: disk on fire\n'],
    [
      ['echo', 'read', '/nonexistent/x.json'],
      ExitCode.error,
      '',
      'gongshi echo: /nonexistent/x.json: 文件或文件夹不存在 / no such file or folder\n',
    ],
  ])('%j exits %i', async (argv, code, out, err) => {
    const io = captureIO();
    await expect(main(argv, io, commands)).resolves.toBe(code);
    expect(io.out()).toBe(out);
    expect(io.err()).toBe(err);
  });

  it('lists commands in help and exits 0', async () => {
    const io = captureIO();
    await expect(main(['help'], io, commands)).resolves.toBe(ExitCode.ok);
    expect(io.out()).toContain('echo      Prints its arguments');
  });

  it('prints a command usage with help NAME', async () => {
    const io = captureIO();
    await main(['help', 'echo'], io, commands);
    expect(io.out()).toBe('Usage: gongshi echo WORD...\n');
  });

  it('refuses an unknown command with exit 2', async () => {
    const io = captureIO();
    await expect(main(['frobnicate'], io, commands)).resolves.toBe(ExitCode.error);
    expect(io.err()).toContain('unknown command "frobnicate"');
  });

  it('exits 2 with help when called without a command', async () => {
    const io = captureIO();
    await expect(main([], io, commands)).resolves.toBe(ExitCode.error);
    expect(io.out()).toContain('Usage: gongshi <command>');
  });

  it.each(['--help', '-h'])('prints a command usage with COMMAND %s and exits 0', async (flag) => {
    const io = captureIO();
    await expect(main(['echo', flag], io, commands)).resolves.toBe(ExitCode.ok);
    expect(io.out()).toBe('Usage: gongshi echo WORD...\n');
    expect(io.err()).toBe('');
  });

  it('passes --help after -- to the command as an argument', async () => {
    const io = captureIO();
    await expect(main(['echo', '--', '--help'], io, commands)).resolves.toBe(ExitCode.ok);
    expect(io.out()).toBe('-- --help\n');
  });

  it.each(['--version', '-V'])('prints the version with %s', async (flag) => {
    const { version } = JSON.parse(
      readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'),
    );
    const io = captureIO();
    await expect(main([flag], io, commands)).resolves.toBe(ExitCode.ok);
    expect(io.out()).toBe(`gongshi ${version}\n`);
  });

  it.each([
    [['help', 'ehco'], 'gongshi help echo'],
    [['ehco', 'a'], 'gongshi echo'],
  ])('%j says the command is unknown and suggests the nearest one', async (argv, meant) => {
    const io = captureIO();
    await expect(main(argv, io, commands)).resolves.toBe(ExitCode.error);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      `gongshi: 没有 "ehco" 这个命令 / unknown command "ehco"\n是否要用 / did you mean: ${meant}\n`,
    );
  });

  it('suggests nothing for a command far from every name, and lists them', async () => {
    const io = captureIO();
    await expect(main(['frobnicate'], io, commands)).resolves.toBe(ExitCode.error);
    expect(io.err()).not.toContain('did you mean');
    expect(io.err()).toContain('echo      Prints its arguments');
  });

  it('explains an unknown option in Chinese and English, with the usage', async () => {
    const io = captureIO();
    await expect(main(['echo', '--loud', '--lowd'], io, commands)).resolves.toBe(ExitCode.error);
    expect(io.err()).toBe(
      'gongshi echo: 未知选项 --lowd（是否要用 --loud？）/ unknown option --lowd (did you mean --loud?)\n\nUsage: gongshi echo WORD...\n',
    );
  });
});

describe('every gongshi command', () => {
  it.each(COMMANDS.map((entry) => [entry.name, entry] as const))(
    '%s --help and -h print its usage and exit 0',
    async (name, entry) => {
      const { usage } = await entry.load();
      for (const flag of ['--help', '-h']) {
        const io = captureIO();
        await expect(main([name, flag], io)).resolves.toBe(ExitCode.ok);
        expect(io.out()).toBe(`${usage}\n`);
        expect(io.err()).toBe('');
      }
    },
  );
});

describe('docs/CLI.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'CLI.md'), 'utf8');

  // The usage blocks in the doc are copies: each command's first usage line (and for the
  // data-model commands the whole block) must be what the command prints today.
  it.each(COMMANDS.map((entry) => [entry.name, entry] as const))(
    'shows what gongshi help %s prints',
    async (_name, entry) => {
      const { usage } = await entry.load();
      const [first] = usage.split('\n');
      expect(doc).toContain(first!.replace(/^Usage: /, ''));
      if (doc.includes(`### ${entry.name}\n`)) expect(doc).toContain(usage.trimEnd());
    },
  );
});
