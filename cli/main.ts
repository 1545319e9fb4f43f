import { type Command, type CommandIO, ExitCode, UsageError } from './command';
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
  commands: readonly Command[] = COMMANDS,
): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = commands.find((command) => command.name === args[0]);
    io.stdout.write(topic ? `${topic.usage}\n` : helpText(commands));
    return name === undefined ? ExitCode.error : ExitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`gongshi: unknown command "${name}"\n\n${helpText(commands)}`);
    return ExitCode.error;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`gongshi ${name}: ${error.message}\n\n${command.usage}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`gongshi ${name}: ${message}\n`);
    }
    return ExitCode.error;
  }
}
