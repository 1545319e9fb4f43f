import { describe, expect, it } from 'vitest';
import { count } from './plural';

describe('count', () => {
  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'file', undefined, '2 files'],
    [1, 'copy', 'copies', '1 copy'],
    [3, 'copy', 'copies', '3 copies'],
  ])('count(%i, %s)', (n, singular, plural, expected) => {
    expect(count(n, singular, plural)).toBe(expected);
  });
});
