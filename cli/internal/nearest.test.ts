import { describe, expect, it } from 'vitest';
import { nearestName } from './nearest';

const COMMANDS = ['import', 'check', 'export', 'stats', 'verify-log', 'scan', 'redact'];

describe('nearestName', () => {
  it.each([
    ['verfy-log', 'verify-log'],
    ['verifylog', 'verify-log'],
    ['sacn', 'scan'],
    ['Stats', 'stats'],
    ['exprot', 'export'],
    ['redcat', 'redact'],
    ['frobnicate', undefined],
    ['x', undefined],
  ])('%s → %s', (typed, expected) => {
    expect(nearestName(typed, COMMANDS)).toBe(expected);
  });
});
