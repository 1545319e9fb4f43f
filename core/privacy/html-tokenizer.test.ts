import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { tokenizeHtml } from './html-tokenizer';

describe('tokenizeHtml', () => {
  it('reads tags, attributes, comments and raw text', () => {
    const html =
      '<!DOCTYPE html><p class="a" title=\'t\' hidden>x<!-- c --><script>1<2</script></P>';
    expect(tokenizeHtml(html).map((t) => [t.kind, html.slice(t.start, t.end)])).toEqual([
      ['declaration', '<!DOCTYPE html>'],
      ['tag', '<p class="a" title=\'t\' hidden>'],
      ['text', 'x'],
      ['comment', '<!-- c -->'],
      ['tag', '<script>'],
      ['raw-text', '1<2'],
      ['tag', '</script>'],
      ['tag', '</P>'],
    ]);
    const p = tokenizeHtml(html)[1]!;
    expect(p.attributes?.map((a) => [a.name, html.slice(a.valueStart, a.valueEnd)])).toEqual([
      ['class', 'a'],
      ['title', 't'],
      ['hidden', ''],
    ]);
  });

  it.each([
    ['a lone <', 'a < b 1<2'],
    ['an unclosed tag', '电话<span 13812345678'],
    ['a tag broken by another', '<span 13612345678</p>'],
  ])('keeps %s as text', (_name, html) => {
    const tokens = tokenizeHtml(html);
    expect(tokens[0]).toMatchObject({ kind: 'text', start: 0 });
  });

  test.prop([
    fc.string({
      unit: fc.constantFrom('<', '>', '/', 'a', 'p', ' ', '"', '=', '!', '-', '1', '中'),
    }),
  ])('tokens cover every offset exactly once, in order', (html) => {
    let cursor = 0;
    for (const token of tokenizeHtml(html)) {
      expect(token.start).toBe(cursor);
      expect(token.end).toBeGreaterThan(token.start);
      cursor = token.end;
    }
    expect(cursor).toBe(html.length);
  });
});
