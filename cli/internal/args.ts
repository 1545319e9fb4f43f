import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { UsageError } from '../command';

/**
 * Every command's argument parsing: Node's parseArgs with positionals allowed, its errors
 * (unknown option, missing value) turned into UsageError so the user sees the usage, exit 2.
 */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
