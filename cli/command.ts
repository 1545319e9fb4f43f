/** Exit codes shared by every command: 0 clean/success, 1 findings or rejected rows, 2 error. */
export const ExitCode = {
  ok: 0,
  findings: 1,
  error: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where a command writes. Injected so tests can capture output without a subprocess. */
export interface CommandIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
}

/** One subcommand of `gongshi`. */
export interface Command {
  readonly name: string;
  /** One line for `gongshi help`. */
  readonly summary: string;
  /** The usage block printed by `gongshi help NAME` and on bad arguments. */
  readonly usage: string;
  run(args: readonly string[], io: CommandIO): Promise<ExitCode>;
}

/**
 * A command as `gongshi` lists it: its name, and how to load it. Commands are loaded only
 * when they run, so `gongshi scan` does not pay for parsing the spreadsheet, zip and feed
 * code that `import` and `export` need (~8 ms of start-up, measured on a 2-core machine).
 */
export interface CommandEntry {
  readonly name: string;
  load(): Promise<Command>;
}

/** A mistake in how the command was called: printed with the usage, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
