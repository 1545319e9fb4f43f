import { describe, expect, it } from 'vitest';
import { safeHttpUrl, safeReportTarget } from './safe-url';

const BASE = 'https://www.example.gov.cn/zfgs/index.html';

describe('safeHttpUrl', () => {
  it.each([
    ['https://zfgs.example.gov.cn/a', 'https://zfgs.example.gov.cn/a'],
    ['http://example.gov.cn', 'http://example.gov.cn/'],
    ['/feeds/a.pdf', 'https://www.example.gov.cn/feeds/a.pdf'],
    ['  detail.html ', 'https://www.example.gov.cn/zfgs/detail.html'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['mailto:a@example.gov.cn', undefined],
    ['', undefined],
    [42, undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(safeHttpUrl(value, BASE)).toBe(expected);
  });
});

describe('safeReportTarget', () => {
  it.each([
    ['/jiucuo/submit', { kind: 'post', url: 'https://www.example.gov.cn/jiucuo/submit' }],
    ['mailto:jiucuo@example.gov.cn', { kind: 'mailto', url: 'mailto:jiucuo@example.gov.cn' }],
    ['mailto:nobody', undefined],
    ['javascript:alert(1)', undefined],
    [null, undefined],
  ])('%s', (value, expected) => {
    expect(safeReportTarget(value, BASE)).toEqual(expected);
  });
});
