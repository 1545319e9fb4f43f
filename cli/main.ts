import { version } from '../package.json';
import { type Command, type CommandEntry, type CommandIO, ExitCode, UsageError } from './command';
import { COMMANDS } from './commands/index';
import { fileErrorReason, isSystemError } from './internal/file-errors';
import { nearestName } from './internal/nearest';

function helpText(commands: readonly Command[]): string {
  const width = Math.max(8, ...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'gongshi: 行政执法公示 tools (enforcement disclosure and privacy checks)',
    '',
    'Usage: gongshi <command> [options]',
    "       gongshi <command> --help     that command's usage",
    '       gongshi --version',
    '',
    'Commands:',
    ...(lines.length > 0 ? lines : ['  (none yet)']),
    `  ${'help'.padEnd(width)}  Show this help, or a command's usage: gongshi help <command>`,
    '',
  ].join('\n');
}

/** `--help` or `-h` anywhere before `--` (after it, arguments are only file names). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Says `name` is no command, and which one was probably meant (`hint`), if any. */
function unknownCommand(name: string, hint: string | undefined, prefix = ''): string {
  const suggestion = hint ? `是否要用 / did you mean: gongshi ${prefix}${hint}\n` : '';
  return `gongshi: 没有 "${name}" 这个命令 / unknown command "${name}"\n${suggestion}`;
}

/**
 * What a failure that was not a usage mistake says: Node's file-system errors explained
 * (the commands explain the files they name; this catches the rest), others as they are.
 */
function failureMessage(error: unknown): string {
  if (isSystemError(error)) {
    const reason = fileErrorReason(error, 'read');
    return error.path ? `${error.path}: ${reason}` : reason;
  }
  return error instanceof Error ? error.message : String(error);
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
  const nearestCommand = (typed: string) =>
    nearestName(
      typed,
      commands.map((entry) => entry.name),
    );
  if (name === '--version' || name === '-V') {
    io.stdout.write(`gongshi ${version}\n`);
    return ExitCode.ok;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = args[0];
    if (topic === undefined) {
      io.stdout.write(helpText(await loadAll()));
      return name === undefined ? ExitCode.error : ExitCode.ok;
    }
    const entry = commands.find((candidate) => candidate.name === topic);
    if (!entry) {
      io.stderr.write(unknownCommand(topic, nearestCommand(topic), 'help '));
      return ExitCode.error;
    }
    io.stdout.write(`${(await entry.load()).usage}\n`);
    return ExitCode.ok;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    const hint = nearestCommand(name);
    // With the likely command named, the list of all of them would be noise.
    const list = hint ? '' : `\n${helpText(await loadAll())}`;
    io.stderr.write(`${unknownCommand(name, hint)}${list}`);
    return ExitCode.error;
  }
  let command: Command | undefined;
  try {
    command = await entry.load();
    if (asksForHelp(args)) {
      io.stdout.write(`${command.usage}\n`);
      return ExitCode.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError && command) {
      io.stderr.write(`gongshi ${name}: ${error.message}\n\n${command.usage}\n`);
    } else {
      io.stderr.write(`gongshi ${name}: ${failureMessage(error)}\n`);
    }
    return ExitCode.error;
  }
}
