/**
 * Display columns of plain text as a PDF or a Word document copied as text lines it up: a Han
 * or full-width character (and the ideographic space) is two columns wide, anything else one.
 * Text tables and wrapped field values are read by where their pieces stand on the page.
 */

export function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xff00 && code <= 0xff60) || code === 0x3000
  );
}

/** The display width of text[start, end). */
export function widthOf(text: string, start: number, end: number): number {
  let width = 0;
  for (let k = start; k < end; k++) width += isWide(text.charCodeAt(k)) ? 2 : 1;
  return width;
}

/** Where on the line text[start, end) the display column `column` starts, or -1. */
export function positionAtColumn(text: string, start: number, end: number, column: number): number {
  let width = 0;
  for (let k = start; k < end; k++) {
    if (width >= column) return k;
    width += isWide(text.charCodeAt(k)) ? 2 : 1;
  }
  return -1;
}
