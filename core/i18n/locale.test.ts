import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale';

describe('resolveLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['ZH-hk', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('%s → %s', (lang, expected) => {
    expect(resolveLocale(lang)).toBe(expected);
  });
});
