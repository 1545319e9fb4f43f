import { describe, expect, it } from 'vitest';
import { type Command, type CommandEntry, ExitCode, UsageError } from './command';
import { main } from './main';
import { captureIO } from './testing/capture-io';

const echo: Command = {
  name: 'echo',
  summary: 'Prints its arguments',
  usage: 'Usage: gongshi echo WORD...',
  async run(args, io) {
    if (args.length === 0) throw new UsageError('nothing to echo');
    if (args[0] === 'explode') throw new Error('disk on fire');
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
});
