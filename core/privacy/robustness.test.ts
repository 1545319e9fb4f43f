import { describe, expect, it } from 'vitest';
import { redactHtml, scanHtml } from './html';
import { redactText } from './redact';
import { scanText } from './scan';

/**
 * Inputs that would make a careless scanner quadratic (each label reading to the end of the
 * text, each `<` searching for a `>` that never comes). They must simply go through.
 */
describe('hostile input', () => {
  it.each([
    ['labels without values', '住址：'.repeat(50_000)],
    ['digits one space apart', '1 '.repeat(50_000)],
    ['an endless address', `住址：${'泸'.repeat(100_000)}`],
    ['at signs', 'a@'.repeat(50_000)],
    ['province characters', '川E'.repeat(50_000)],
    ['name labels', '代理人：'.repeat(30_000)],
  ])('%s', (_name, text) => {
    const redacted = redactText(text);
    expect(scanText(redacted)).toEqual([]);
  });

  it.each([
    ['stray <', 'a<b '.repeat(40_000)],
    ['unclosed quotes', "<a href='x ".repeat(20_000)],
    ['unclosed comment', `<!--${'13812345678 '.repeat(10_000)}`],
  ])('HTML: %s', (_name, html) => {
    expect(scanHtml(redactHtml(html))).toEqual([]);
  });
});
