import { type Command, type CommandEntry, type CommandIO, ExitCode, UsageError } from './command';
import { COMMANDS } from './commands/index';

function helpText(commands: readonly Command[]): string {
  const width = Math.max(8, ...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'gongshi: 行政执法公示 tools (enforcement disclosure and privacy checks)',
    '',
    'Usage: gongshi <command> [options]',
    '',
    'Commands:',
    ...(lines.length > 0 ? lines : ['  (none yet)']),
    `  ${'help'.padEnd(width)}  Show this help, or a command's usage: gongshi help <command>`,
    '',
  ].join('\n');
}

/**
 * Runs one `gongshi` invocation and returns its exit code. Never throws: every failure is
 * printed as a clear message with exit code 2.
 */
export async function main(
  argv: readonly string[],
  io: CommandIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
  commands: readonly CommandEntry[] = COMMANDS,
): Promise<ExitCode> {
  const [name, ...args] = argv;
  // Help needs every summary, so it loads every command; a run loads only its own.
  const loadAll = () => Promise.all(commands.map((entry) => entry.load()));
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = commands.find((entry) => entry.name === args[0]);
    io.stdout.write(topic ? `${(await topic.load()).usage}\n` : helpText(await loadAll()));
    return name === undefined ? ExitCode.error : ExitCode.ok;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr.write(`gongshi: unknown command "${name}"\n\n${helpText(await loadAll())}`);
    return ExitCode.error;
  }
  let command: Command | undefined;
  try {
    command = await entry.load();
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError && command) {
      io.stderr.write(`gongshi ${name}: ${error.message}\n\n${command.usage}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`gongshi ${name}: ${message}\n`);
    }
    return ExitCode.error;
  }
}
