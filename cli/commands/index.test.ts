import { describe, expect, it } from 'vitest';
import { COMMANDS } from './index';

describe('COMMANDS', () => {
  it.each(COMMANDS.map((entry) => [entry.name, entry] as const))(
    '%s loads the command of that name',
    async (name, entry) => {
      const command = await entry.load();
      expect(command.name).toBe(name);
      expect(command.summary).not.toBe('');
      expect(command.usage).toContain(`gongshi ${name}`);
    },
  );
});
