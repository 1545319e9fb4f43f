/**
 * A small, tolerant HTML tokenizer (no DOM, so it runs in Node, a page and a service worker).
 * It never throws and never loses a character: every offset of the input belongs to exactly
 * one token, so a redactor can edit text tokens and copy everything else byte for byte.
 *
 * Limits: no full HTML5 tree construction (no implied end tags, no foreign content); a `<`
 * that does not start a tag, or a tag never closed by `>`, is kept as text, so its digits are
 * still scanned.
 */

export const HtmlTokenKind = {
  text: 'text',
  tag: 'tag',
  comment: 'comment',
  /** <!DOCTYPE …>, <?xml …?>, <![CDATA[…]]> */
  declaration: 'declaration',
  /** The content of <script>, <style>: never scanned. */
  rawText: 'raw-text',
} as const;
export type HtmlTokenKind = (typeof HtmlTokenKind)[keyof typeof HtmlTokenKind];

export interface HtmlAttribute {
  /** Lower-cased name. */
  readonly name: string;
  /** Offsets of the value without its quotes (equal when the attribute has no value). */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface HtmlToken {
  readonly kind: HtmlTokenKind;
  readonly start: number;
  readonly end: number;
  /** Lower-cased tag name, for tags. */
  readonly name?: string;
  readonly closing?: boolean;
  readonly attributes?: readonly HtmlAttribute[];
}

/** Elements whose content is not text for the reader (HTML Standard §13.1.2 raw text elements). */
export const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Where the last `>`, `"` and `'` are: a tag or a quote opened after them never closes. */
interface Closers {
  readonly gt: number;
  readonly doubleQuote: number;
  readonly singleQuote: number;
}

function readTag(html: string, start: number, closers: Closers): HtmlToken | undefined {
  // Checked first so that a page full of stray `<` costs a constant per `<`, not a scan.
  if (start > closers.gt) return undefined;
  let i = start + 1;
  const closing = html.charCodeAt(i) === 0x2f;
  if (closing) i++;
  if (!isNameStart(html.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '>' && html[i] !== '/') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attributes: HtmlAttribute[] = [];
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 0x3e)
      return { kind: HtmlTokenKind.tag, start, end: i + 1, name, closing, attributes };
    if (isSpace(code) || code === 0x2f) {
      i++;
      continue;
    }
    const attrStart = i;
    while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '=' && html[i] !== '>')
      i++;
    const attrName = html.slice(attrStart, i).toLowerCase();
    // `<span 138…</p>`: a tag left open by a broken editor; read it as text, as a reviewer would.
    if (attrName.includes('<')) return undefined;
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    if (html[i] !== '=') {
      attributes.push({ name: attrName, valueStart: i, valueEnd: i });
      continue;
    }
    i++;
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    const quote = html[i];
    if (quote === '"' || quote === "'") {
      const last = quote === '"' ? closers.doubleQuote : closers.singleQuote;
      const close = i + 1 > last ? -1 : html.indexOf(quote, i + 1);
      if (close < 0) return undefined;
      attributes.push({ name: attrName, valueStart: i + 1, valueEnd: close });
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i++;
      attributes.push({ name: attrName, valueStart, valueEnd: i });
    }
  }
  return undefined;
}

/** Splits `html` into tokens covering every offset, in order. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const closers: Closers = {
    gt: html.lastIndexOf('>'),
    doubleQuote: html.lastIndexOf('"'),
    singleQuote: html.lastIndexOf("'"),
  };
  let textStart = 0;
  let i = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: HtmlTokenKind.text, start: textStart, end });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    let token: HtmlToken | undefined;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      token = { kind: HtmlTokenKind.comment, start: lt, end: close < 0 ? html.length : close + 3 };
    } else if (next === 0x21 || next === 0x3f) {
      const close = html.startsWith('<![CDATA[', lt)
        ? html.indexOf(']]>', lt)
        : html.indexOf('>', lt);
      const end = close < 0 ? html.length : close + (html.startsWith('<![CDATA[', lt) ? 3 : 1);
      token = { kind: HtmlTokenKind.declaration, start: lt, end };
    } else {
      token = readTag(html, lt, closers);
    }
    if (!token) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    tokens.push(token);
    i = token.end;
    textStart = i;
    if (token.kind === HtmlTokenKind.tag && !token.closing && RAW_TEXT_ELEMENTS.has(token.name!)) {
      const closer = new RegExp(`</${token.name}`, 'gi');
      closer.lastIndex = i;
      const found = closer.exec(html);
      const end = found ? found.index : html.length;
      if (end > i) tokens.push({ kind: HtmlTokenKind.rawText, start: i, end });
      i = end;
      textStart = i;
    }
  }
  flushText(html.length);
  return tokens;
}
