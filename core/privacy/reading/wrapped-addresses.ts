import { widthOf } from './display-columns';
import type { Span } from './party-blocks';

/**
 * The lines an address value wrapped onto, indented to the column where the value starts: a
 * form's hanging indent or a PDF's aligned field (户籍地址：秦安县兴国镇北关村⏎　　　　　中街二组
 * 41号; 最后居住地：陆良县…⏎　　　　　　　　紫溪路金龙小区4幢1单元⏎　　　　　　　　201室（租住）).
 * A reader takes each such line for more of the same address; the detectors, reading a line at
 * a time, stop at the first. Each line's piece runs up to its last unit; a remark after it
 * (（租住）) and the line below, unless it is more of the address again, stay.
 */
export function wrappedAddressLines(text: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const column = widthOf(text, lineStart, start);
  // A value at its line's start hangs from no label.
  if (column < MIN_LABEL_COLUMNS) return lines;
  let at = end;
  for (let k = 0; k < MAX_WRAPPED_LINES; k++) {
    const lineBreak = lineBreakAfter(text, at);
    if (lineBreak < 0) break;
    const next = lineBreak + 1;
    let first = next;
    while (isBlank(text.charCodeAt(first))) first++;
    if (Math.abs(widthOf(text, next, first) - column) > 1) break;
    let lineEnd = text.indexOf('\n', first);
    if (lineEnd < 0) lineEnd = text.length;
    const rest = ADDRESS_REST.exec(text.slice(first, Math.min(lineEnd, first + MAX_REST)));
    // (Two spaces inside are a text table's next column, no part of the address.)
    if (!rest || rest[0].includes('  ')) break;
    lines.push({ start: first, end: first + rest[0].length });
    at = first + rest[0].length;
  }
  return lines;
}

/** Display columns a label takes at least before its value (住址：). */
const MIN_LABEL_COLUMNS = 4;
/** Most lines one address is read on across. */
const MAX_WRAPPED_LINES = 3;
/** Most characters of a wrapped line read as the address's rest. */
const MAX_REST = 40;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09;
}

/** The line feed ending the line at `at` when only blanks stand before it, else -1. */
export function lineBreakAfter(text: string, at: number): number {
  let i = at;
  while (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 0x0d) i++;
  return text.charCodeAt(i) === 0x0a ? i : -1;
}

/**
 * The rest of an address on a line of its own, up to its last unit: no label (no colon), no
 * clause's punctuation, no bracket, no redaction before it.
 */
const ADDRESS_REST =
  /^[^：:，,。；;、（(【\n\t　]*(?:[0-9０-９一二三四五六七八九十] ?[号號室组組栋棟幢楼樓房户戶]|单元|單元)/;
