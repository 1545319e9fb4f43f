import { attributeOf, htmlCellPrefixes, readHtmlText } from './html-tables';
import { type HtmlToken, HtmlTokenKind, tokenizeHtml } from './html-tokenizer';
import { type Finding, RedactionStyle, type RedactOptions, type ScanOptions } from './kinds';
import { maskFinding } from './mask';
import { type DocumentReading, readDocument, readingAt } from './reading/document-reading';
import { CELL_SEPARATOR, termPrefix } from './reading/table-layout';
import { compileScanOptions, scanRange } from './scan-range';

/**
 * Elements that do not break a line: a number split across them (`5105<span>02…</span>`)
 * reads as one number. Any other element ends the line of text.
 */
export const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'o:p',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);
/** Table cells separate like a tab: a label in one cell still names the number in the next. */
const CELL_ELEMENTS = new Set(['td', 'th']);
/** Attributes whose value a visitor reads (or a phone dials). */
export const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'value', 'placeholder', 'aria-label']);
const LINK_SCHEMES = /^\s*(?:tel|mailto|sms):/i;
/**
 * Attributes that hold a field's label which the page's style shows before the element's
 * text (`li::before { content: attr(data-label) "：" }`, a responsive table's
 * `<td data-title="住址">`): the label a reader sees, though the markup has no text for it.
 */
const LABEL_ATTRIBUTES = ['data-label', 'data-title', 'data-th'];

/** The label an element's attributes give it, with the colon to write after it. */
function attributeLabel(html: string, token: HtmlToken): string | undefined {
  for (const name of LABEL_ATTRIBUTES) {
    const label = attributeOf(html, token, name)?.trim();
    const colon = label ? termPrefix(label) : undefined;
    if (colon !== undefined) return label + colon;
  }
  return undefined;
}

/**
 * Appends source[from, to) to the projection, decoding character references. `flatten`
 * writes the source's line breaks and tabs as spaces (inside a table cell, where a browser
 * shows them so): a cell stays one line of text.
 */
function project(
  source: string,
  from: number,
  to: number,
  parts: string[],
  starts: number[],
  ends: number[],
  flatten = false,
): void {
  readHtmlText(
    source,
    from,
    to,
    (start, end) => {
      const piece = source.slice(start, end);
      parts.push(flatten ? piece.replace(/[\n\r\t]/g, ' ') : piece);
      for (let k = start; k < end; k++) {
        starts.push(k);
        ends.push(k + 1);
      }
    },
    (char, at, length) => {
      parts.push(char);
      for (let k = 0; k < char.length; k++) {
        starts.push(at);
        ends.push(at + length);
      }
    },
  );
}

/**
 * The text a reader sees, with where each character came from in the source: `starts[k]`
 * and `ends[k]` bound the source of text[k] (an entity like &nbsp; is one character with
 * six source characters). Line breaks inserted for block elements have start === end.
 */
export interface TextProjection {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Elements that hold cells: between their children, source whitespace is not text. */
const TABLE_STRUCTURE = new Set([
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'colgroup',
  'col',
  'caption',
]);

/**
 * The visible text of an HTML document with its offset map (see TextProjection). Block
 * elements and `<br>` end a line; inline elements join. Tables read as fields
 * (reading/table-layout.ts): a label cell and its value cell become `label：value`, a header
 * row labels the cells below it, each row is a line and each cell stays on it; a `<dt>`
 * label and its `<dd>` read the same way. The colons and labels written for that are not in
 * the source (their start and end are the cell tag's offset), so redaction never edits them.
 */
export function projectHtml(
  html: string,
  tokens: readonly HtmlToken[] = tokenizeHtml(html),
): TextProjection {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const prefixes = htmlCellPrefixes(html, tokens);
  const push = (text: string, at: number) => {
    parts.push(text);
    for (let k = 0; k < text.length; k++) {
      starts.push(at);
      ends.push(at);
    }
  };
  let last = '';
  const separate = (separator: string, at: number) => {
    if (
      last === separator ||
      (separator === ' ' && (last === '\n' || last === CELL_SEPARATOR || last === ''))
    )
      return;
    push(separator, at);
    last = separator;
  };
  const layoutCells = layoutCellsOf(tokens);
  let tables = 0;
  let cells = 0;
  /** For each open cell, whether it lays out a page (holds a table) rather than a value. */
  const layout: boolean[] = [];
  let afterTerm = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === HtmlTokenKind.text) {
      // Between a table's cells, and between blocks, source whitespace is layout, not text
      // (a browser shows none): it makes no empty line between two paragraphs.
      if (
        (tables > cells || afterTerm || last === '\n' || last === '') &&
        /^\s*$/.test(html.slice(token.start, token.end))
      )
        continue;
      afterTerm = false;
      project(html, token.start, token.end, parts, starts, ends, cells > 0);
      last = html.charAt(token.end - 1);
      continue;
    }
    if (token.kind !== HtmlTokenKind.tag) {
      if (token.kind !== HtmlTokenKind.comment) separate('\n', token.start);
      continue;
    }
    const name = token.name!;
    if (INLINE_ELEMENTS.has(name)) continue;
    if (name === 'table') tables = Math.max(0, tables + (token.closing ? -1 : 1));
    if (CELL_ELEMENTS.has(name)) {
      if (token.closing) {
        cells = Math.max(0, cells - 1);
        if (layout.pop()) separate('\n', token.start);
        continue;
      }
      cells++;
      layout.push(layoutCells.has(index));
      if (layout[layout.length - 1]) {
        separate('\n', token.start);
        continue;
      }
      const prefix = prefixes.get(index);
      if (prefix === undefined) separate(CELL_SEPARATOR, token.start);
      else if (prefix !== '') {
        push(prefix, token.start);
        last = prefix.charAt(prefix.length - 1);
      }
      // A responsive table's cell, its label in an attribute (no label cell or header row
      // labels it: the first of its row, or after a separator).
      const unlabelled = prefix === undefined || prefix === '' || prefix === CELL_SEPARATOR;
      const label = unlabelled && token.attributes ? attributeLabel(html, token) : undefined;
      if (label) {
        push(label, token.start);
        last = label.charAt(label.length - 1);
      }
      continue;
    }
    // A term and its <dd> read as one line: the whitespace between them is layout.
    afterTerm = name === 'dt' && token.closing === true;
    if (afterTerm) continue;
    if (name === 'dd' && !token.closing && prefixes.has(index)) {
      const prefix = prefixes.get(index)!;
      push(prefix, token.start);
      last = prefix;
      continue;
    }
    // Inside a cell, a paragraph or a line break keeps the cell on its line; inside a cell
    // that lays out the page (the whole decision in one <td> of an old CMS), it ends a line.
    const inValueCell = cells > 0 && layout[layout.length - 1] === false;
    separate(inValueCell && !TABLE_STRUCTURE.has(name) ? ' ' : '\n', token.start);
    const label = token.closing || !token.attributes ? undefined : attributeLabel(html, token);
    if (label) {
      push(label, token.start);
      last = label.charAt(label.length - 1);
    }
  }
  return { text: parts.join(''), starts, ends };
}

/** A cell this long, broken into lines, is a page's body, not a field's value. */
const LAYOUT_CELL_TEXT = 300;
/** How many line breaks or blocks a page's body in a cell has at least. */
const LAYOUT_CELL_BREAKS = 3;

/**
 * The cells (their opening tags' token indices) that lay out a page: an old CMS puts the
 * whole decision in one `<td>`, its paragraphs as `<div>`s, `<p>`s or `<br>`s, or a table
 * of its own inside. Such a cell's paragraphs are lines, not one value.
 */
function layoutCellsOf(tokens: readonly HtmlToken[]): Set<number> {
  const layoutCells = new Set<number>();
  const open: { index: number; text: number; breaks: number }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === HtmlTokenKind.text) {
      const last = open[open.length - 1];
      if (last) last.text += token.end - token.start;
      continue;
    }
    if (token.kind !== HtmlTokenKind.tag) continue;
    const name = token.name!;
    if (CELL_ELEMENTS.has(name)) {
      if (!token.closing) {
        open.push({ index, text: 0, breaks: 0 });
        continue;
      }
      const cell = open.pop();
      if (cell && cell.text >= LAYOUT_CELL_TEXT && cell.breaks >= LAYOUT_CELL_BREAKS)
        layoutCells.add(cell.index);
      // A cell holding a page's body makes the cells around it layout too.
      if (cell && layoutCells.has(cell.index)) for (const outer of open) outer.breaks++;
    } else if (name === 'table' && !token.closing && open.length > 0) {
      for (const cell of open) layoutCells.add(cell.index);
    } else if (open.length > 0 && !INLINE_ELEMENTS.has(name) && !TABLE_STRUCTURE.has(name)) {
      open[open.length - 1]!.breaks++;
    }
  }
  return layoutCells;
}

/** An edit of the source: replace [start, end) by `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface LocatedFinding {
  readonly finding: Finding;
  /** The finding in its projection (body text or one attribute value). */
  readonly local: Finding;
  readonly projection: TextProjection;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** How much of the visible text before a tag is read as the context of its attributes. */
const ATTRIBUTE_CONTEXT = 60;
/** Joins context and attribute value: breaks numbers, lets labels reach across. */
const CONTEXT_JOINER = '\u2063';

/** Index of the first projected character at or after source offset `offset`. */
function projectionIndex(projection: TextProjection, offset: number): number {
  let low = 0;
  let high = projection.starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (projection.starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function locateAll(html: string, options: ScanOptions | undefined): LocatedFinding[] {
  const compiled = compileScanOptions(options);
  const tokens = tokenizeHtml(html);
  const located: LocatedFinding[] = [];
  const collect = (projection: TextProjection, reading: DocumentReading, from = 0) => {
    const { text } = projection;
    for (const local of scanRange(text, 0, text.length, compiled, [], true, reading)) {
      if (local.start < from) continue;
      const finding: Finding = {
        ...local,
        start: projection.starts[local.start]!,
        end: projection.ends[local.end - 1]!,
      };
      // Text the projection wrote itself (a table's labels) is not in the page.
      if (finding.end <= finding.start) continue;
      located.push({ finding, local, projection });
    }
  };
  const body = projectHtml(html, tokens);
  // The page is read once, as a reviewer reads it; attributes and comments are read in its
  // light (a witness named in the text is replaced in a title attribute too).
  const reading = readDocument(body.text);
  collect(body, reading);
  /** Scans source[from, to) with the visible text before `tagStart` as context. */
  const collectSegment = (tagStart: number, from: number, to: number, blankScheme: boolean) => {
    const index = projectionIndex(body, tagStart);
    let contextStart = Math.max(0, index - ATTRIBUTE_CONTEXT);
    const lineBreak = body.text.lastIndexOf('\n', index - 1);
    if (lineBreak >= contextStart) contextStart = lineBreak + 1;
    const context = body.text.slice(contextStart, index) + CONTEXT_JOINER;
    const parts: string[] = [];
    const starts: number[] = new Array<number>(context.length).fill(-1);
    const ends: number[] = new Array<number>(context.length).fill(-1);
    project(html, from, to, parts, starts, ends);
    let value = parts.join('');
    // tel:, mailto: are not text; %20 is a space in a link (same length keeps offsets).
    if (blankScheme) {
      value = value
        .replace(LINK_SCHEMES, (scheme) => ' '.repeat(scheme.length))
        .replace(/%20/g, '   ');
    }
    collect({ text: context + value, starts, ends }, readingAt(reading, index), context.length);
  };
  for (const token of tokens) {
    if (token.kind === HtmlTokenKind.comment) {
      // Comments are not shown, but they are published: a forgotten note leaks as well.
      collectSegment(token.start, token.start + 4, Math.max(token.start + 4, token.end - 3), false);
      continue;
    }
    if (token.kind !== HtmlTokenKind.tag || !token.attributes) continue;
    for (const attribute of token.attributes) {
      if (attribute.valueEnd <= attribute.valueStart) continue;
      const value = html.slice(attribute.valueStart, attribute.valueEnd);
      const isLink = attribute.name === 'href' && LINK_SCHEMES.test(value);
      if (!isLink && !TEXT_ATTRIBUTES.has(attribute.name)) continue;
      collectSegment(token.start, attribute.valueStart, attribute.valueEnd, isLink);
    }
  }
  located.sort((a, b) => a.finding.start - b.finding.start);
  return located;
}

/**
 * Finds personal data in an HTML document: in its text (never tag names, attributes other
 * than alt/title/value/placeholder/aria-label and tel:/mailto: links, CSS or scripts), with
 * numbers split across inline markup read as one (`5105<span>02…</span>`). Offsets are into
 * the HTML source; a finding split by markup spans the tags, and its `text` is what the
 * reader sees.
 */
export function scanHtml(html: string, options?: ScanOptions): Finding[] {
  return locateAll(html, options).map((located) => located.finding);
}

/**
 * Redacts personal data in an HTML document, editing only text (and the text-carrying
 * attributes): every tag is kept, even inside a number split across tags — the mask goes in
 * the first piece and the other pieces are emptied.
 */
export function redactHtml(html: string, options: RedactOptions = {}): string {
  return scanAndRedactHtml(html, options).html;
}

/** scanHtml and redactHtml in one pass: the findings and the redacted document. */
export function scanAndRedactHtml(
  html: string,
  options: RedactOptions = {},
): { findings: Finding[]; html: string } {
  const style = options.style ?? RedactionStyle.public;
  const edits: Edit[] = [];
  const located = locateAll(html, options);
  const findings = located.map((entry) => entry.finding);
  for (const { local, projection } of located) {
    const replacement = escapeHtml(maskFinding(local, style));
    let first = true;
    let k = local.start;
    while (k < local.end) {
      const segmentStart = projection.starts[k]!;
      let segmentEnd = projection.ends[k]!;
      k++;
      while (k < local.end && projection.starts[k] === segmentEnd) {
        segmentEnd = projection.ends[k]!;
        k++;
      }
      if (segmentEnd <= segmentStart) continue;
      edits.push({ start: segmentStart, end: segmentEnd, text: first ? replacement : '' });
      first = false;
    }
  }
  if (edits.length === 0) return { findings, html };
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    parts.push(html.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(html.slice(cursor));
  return { findings, html: parts.join('') };
}
