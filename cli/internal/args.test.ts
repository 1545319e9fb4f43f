import { describe, expect, it } from 'vitest';
import { UsageError } from '../command';
import { parseCommandArgs } from './args';

const OPTIONS = {
  year: { type: 'string' },
  format: { type: 'string' },
  replace: { type: 'boolean' },
} as const;

function usageErrorOf(args: string[]): string {
  try {
    parseCommandArgs(args, OPTIONS);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandArgs', () => {
  it('returns the options and positionals', () => {
    expect(parseCommandArgs(['--year', '2025', '--replace', 'a.json'], OPTIONS)).toMatchObject({
      values: { year: '2025', replace: true },
      positionals: ['a.json'],
    });
  });

  it.each([
    [
      ['--yeer', '2025'],
      '未知选项 --yeer（是否要用 --year？）/ unknown option --yeer (did you mean --year?)',
    ],
    [['--colour'], '未知选项 --colour / unknown option --colour'],
    [['-x'], '未知选项 -x / unknown option -x'],
    [['a.json', '--year'], '选项 --year 需要一个值 / option --year needs a value'],
    [['--replace=yes'], '选项 --replace 不带值 / option --replace takes no value'],
    [
      ['--year', '--replace'],
      '选项 --year 需要一个值：“--replace”像是另一个选项；若值确以 - 开头，请写成 --year=--replace / option --year needs a value: "--replace" looks like an option; write --year=--replace if the value starts with -',
    ],
  ])('explains %j in Chinese and English', (args, message) => {
    expect(usageErrorOf(args)).toBe(message);
  });
});
