import type { Command } from '../command';
import { verifyLogCommand } from './verify-log';

/**
 * Every `gongshi` subcommand, in the order `gongshi help` lists them. Add a command by
 * writing cli/commands/NAME.ts and listing it here.
 */
export const COMMANDS: readonly Command[] = [verifyLogCommand];
