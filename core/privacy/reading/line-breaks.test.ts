import { describe, expect, it } from 'vitest';
import { continuationAfter } from './line-breaks';

const TITLE = '泸县云龙镇人民政府\n行政强制执行决定书\n\n';

describe('continuationAfter', () => {
  it.each([
    ['the next line', '泸县云龙镇石\n桥村11组', '桥'],
    ['past the next line’s indentation', '泸县云龙镇石\n    桥村11组', '桥'],
    ['past a page number between blank lines', '泸县云龙镇石\n\n- 1 -\n\n桥村11组', '桥'],
    ['past 第 1 页 共 3 页', '泸县云龙镇石\n第 1 页 共 3 页\n桥村11组', '桥'],
    [
      'past the page header repeated after the number',
      `${TITLE}…石\n\n— 1 —\n\n泸县云龙镇人民政府行政强制执行决定书\n桥村11组`,
      '桥',
    ],
  ])('%s', (_name, text, next) => {
    const at = text.indexOf('\n', text.indexOf('石'));
    expect(text.charAt(continuationAfter(text, at))).toBe(next);
  });

  it('does not take a line that only reads like a header for one (its text is not the title)', () => {
    const text = `${TITLE}…石\n\n- 1 -\n\n桥村11组36号\n联系电话`;
    expect(text.charAt(continuationAfter(text, text.indexOf('\n', text.indexOf('石'))))).toBe('桥');
  });

  it('is -1 at the text’s end and away from a line break', () => {
    expect(continuationAfter('泸县\n\n- 1 -\n', 2)).toBe(-1);
    expect(continuationAfter('泸县云龙镇', 2)).toBe(-1);
  });
});
