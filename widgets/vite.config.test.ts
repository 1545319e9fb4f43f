import { describe, expect, it } from 'vitest';
import { minifyCssTemplates } from './vite.config';

describe('minifyCssTemplates', () => {
  it.each([
    [
      'indentation, spaces and the last semicolon',
      'x = css`\n  :host {\n    display: block;\n  }\n`;',
      'x = css`\n:host{\ndisplay:block\n}\n`;',
    ],
    [
      'selector lists and combinators',
      'css`a,\n  b > c { color: red; }`',
      'css`a,\nb>c{color:red}`',
    ],
    ['comments, keeping their lines', 'css`/* why\n  here */ a { x: 1 }`', 'css`\na{x:1}`'],
    [
      'values with commas and calc keep their meaning',
      'css`p { font: 1em "A B", sans-serif; margin: calc(1em + 2px) 0; }`',
      'css`p{font:1em "A B",sans-serif;margin:calc(1em + 2px) 0}`',
    ],
    [
      'media queries',
      'css`@media (forced-colors: active) {\n  a { color: CanvasText; }\n}`',
      'css`@media (forced-colors:active){\na{color:CanvasText}\n}`',
    ],
    // \u0024 is `$`: a template with an interpolation.
    [
      'templates with interpolation are left alone',
      'css`a { x: \u0024{y}; }`',
      'css`a { x: \u0024{y}; }`',
    ],
    ['html templates are left alone', 'html`<p> a , b </p>`', 'html`<p> a , b </p>`'],
  ])('%s', (_, input, expected) => {
    expect(minifyCssTemplates(input)).toBe(expected);
  });

  it('keeps the number of lines, so source maps stay right', () => {
    const input = 'const a = css`\n  a {\n    b: c;\n  }\n`;\nconst d = 1;\n';
    expect(minifyCssTemplates(input).split('\n')).toHaveLength(input.split('\n').length);
  });
});
