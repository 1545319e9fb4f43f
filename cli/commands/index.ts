import type { Command } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { redactCommand } from './redact';
import { scanCommand } from './scan';
import { statsCommand } from './stats';
import { verifyLogCommand } from './verify-log';

/**
 * Every `gongshi` subcommand, in the order `gongshi help` lists them. Add a command by
 * writing cli/commands/NAME.ts and listing it here.
 */
export const COMMANDS: readonly Command[] = [
  importCommand,
  checkCommand,
  exportCommand,
  statsCommand,
  verifyLogCommand,
  scanCommand,
  redactCommand,
];
