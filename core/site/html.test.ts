import { describe, expect, it } from 'vitest';
import { escapeHtml, html, safeHref } from './html';

describe('escapeHtml and html``', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['示例县市场监督管理局', '示例县市场监督管理局'],
  ])('escapes %s', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      `<p title="${expected}">${expected}</p>`,
    );
  });

  it('passes markup built by html`` through once, and drops nothing-values', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${[inner, 'x']}${undefined}${false}${null}${3}</p>`.value).toBe(
      '<p><b>&lt;i&gt;</b><b>&lt;i&gt;</b>x3</p>',
    );
  });
});

describe('safeHref', () => {
  it.each([
    ['https://tyzf.example.gov.cn/gs/1', 'https://tyzf.example.gov.cn/gs/1'],
    ['files/a.pdf', 'files/a.pdf'],
    ['/files/a.pdf', '/files/a.pdf'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<b>', undefined],
    ['//evil.example/x', undefined],
    ['vbscript:x', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
