import type { CommandEntry } from '../command';

/**
 * Every `gongshi` subcommand, in the order `gongshi help` lists them. Add a command by
 * writing cli/commands/NAME.ts and listing it here. Each is imported only when it runs
 * (bin/gongshi.js bundles each into its own chunk); the name here must be the command's.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'import', load: async () => (await import('./import')).importCommand },
  { name: 'template', load: async () => (await import('./template')).templateCommand },
  { name: 'check', load: async () => (await import('./check')).checkCommand },
  { name: 'export', load: async () => (await import('./export')).exportCommand },
  { name: 'stats', load: async () => (await import('./stats')).statsCommand },
  { name: 'verify-log', load: async () => (await import('./verify-log')).verifyLogCommand },
  { name: 'merge-log', load: async () => (await import('./merge-log')).mergeLogCommand },
  { name: 'scan', load: async () => (await import('./scan')).scanCommand },
  { name: 'redact', load: async () => (await import('./redact')).redactCommand },
  { name: 'build', load: async () => (await import('./build')).buildCommand },
  { name: 'board', load: async () => (await import('./board')).boardCommand },
];
