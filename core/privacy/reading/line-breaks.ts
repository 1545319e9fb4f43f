import { isSpace } from '../internal/chars';

/**
 * Line breaks that cut a sentence, as text pasted from a PDF has them: the PDF's lines end
 * wherever the page's width ends (…现居住于泸县云龙镇石⏎桥村11组36号), and a page's end
 * leaves its furniture between the two halves — blank lines, the page number (- 1 -, 第 1 页
 * 共 3 页) and, on the next page, the document's header again. A reader reads across all of it;
 * the reading layer does where an address is cut so (home-addresses.ts).
 */

/** Blanks inside a page number, as a regular expression's source. */
const GAP = '[ \\t\\u3000]*';
/** 第 1 页 共 3 页, 第2页: the page's number in words, shared by the two forms below. */
const PAGE_OF = `第${GAP}[0-9０-９]{1,3}${GAP}页(?:${GAP}[，,、]?${GAP}共${GAP}[0-9０-９]{1,3}${GAP}页)?`;
/** A page number alone on its line: - 1 -, — 2 —, 第 1 页 共 3 页, 第2页, 1/3. */
const PAGE_NUMBER = new RegExp(
  `^${GAP}(?:[-—–－]+${GAP}[0-9０-９]{1,3}${GAP}[-—–－]+|${PAGE_OF}|[0-9０-９]{1,3}${GAP}[/／]${GAP}[0-9０-９]{1,3})${GAP}$`,
);

/**
 * A page's footer: the document's title or agency, wide spaces, then the page's number
 * (东港市市场监督管理局行政处罚决定书　　　　第１页　共３页).
 */
const PAGE_FOOTER = new RegExp(`\\S[ \\t\\u3000]{2,}${PAGE_OF}${GAP}$`);

/** How far into the document its title runs (a page header repeats it). */
const TITLE_REACH = 400;

/** How many lines of furniture a page turn may leave (blank lines, number, header). */
const MAX_FURNITURE_LINES = 8;

/** True for the line feed and carriage return. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/**
 * Where the text cut by the line break at `at` may go on: the next line's first character,
 * past blank lines, its indentation, and a page's furniture when a page turns there; -1 at
 * the text's end. Whether it does go on is the caller's to say (addressAcrossBreak: only an
 * address that is no whole home before the break and is one with what follows).
 */
export function continuationAfter(text: string, at: number, pageTurnOnly = false): number {
  let i = at;
  if (text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) !== 0x0a) return -1;
  i++;
  let pageTurn = false;
  for (let lines = 0; lines < MAX_FURNITURE_LINES; lines++) {
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(i, lineEnd);
    if (line.trim() === '') {
      // A blank line: a paragraph's end in typed text, but also what a page's end leaves, and
      // what an HTML page's <br> and its source line break make (the caller's value decides).
    } else if (PAGE_NUMBER.test(line) || PAGE_FOOTER.test(line)) pageTurn = true;
    else if (!(pageTurn && isPageHeader(text, line, at))) break;
    if (lineEnd >= text.length) return -1;
    i = lineEnd + 1;
  }
  if (pageTurnOnly && !pageTurn) return -1;
  while (i < text.length && isIndent(text.charCodeAt(i))) i++;
  return i < text.length && !isLineBreak(text.charCodeAt(i)) ? i : -1;
}

/**
 * Where text cut by the line break at `at` goes on past a page's turn (its number, footer and
 * the next page's header), or -1 where no page turns there: a table's rows go on so.
 */
export function pageTurnAfter(text: string, at: number): number {
  return continuationAfter(text, at, true);
}

/** A line's indentation: spaces (any width) and tabs. */
function isIndent(code: number): boolean {
  return isSpace(code) || code === 0x09;
}

/**
 * A page's header repeated after a page number (屏山县公安局行政处罚决定书): the document's
 * title as its first lines wrote it (before the page turned at `before`), spaces and line
 * breaks aside.
 */
function isPageHeader(text: string, line: string, before: number): boolean {
  const bare = line.replace(/\s/g, '');
  return (
    bare.length >= 4 &&
    text.slice(0, Math.min(before, TITLE_REACH)).replace(/\s/g, '').includes(bare)
  );
}
