import { describe, expect, it } from 'vitest';
import { childPath } from './problem';

describe('childPath', () => {
  it.each([
    ['$', 'records', 'records'],
    ['records', 12, 'records[12]'],
    ['records[12]', 'decisionDate', 'records[12].decisionDate'],
    ['', 'x', 'x'],
  ] as const)('%s + %s → %s', (path, key, expected) => {
    expect(childPath(path, key)).toBe(expected);
  });
});
