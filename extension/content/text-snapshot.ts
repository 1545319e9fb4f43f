/**
 * The text of an editable region as the privacy engine reads it, with a map back from text
 * offsets to DOM positions, so a finding becomes a DOM Range without touching the editor.
 *
 * Blocks (paragraphs, list items, table rows, line breaks) become line breaks and table
 * cells in a row are joined by a space, so "住址 | 四川省…" in a table reads "住址 四川省…"
 * and a number never runs on from one paragraph into the next. Text split by inline markup
 * (`5105<span>02…</span>`) stays one run, as the engine expects.
 */
export interface TextSnapshot {
  readonly text: string;
  /** The DOM range covering text[start, end), or undefined if the DOM changed since. */
  rangeFor(start: number, end: number): Range | undefined;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
// Never part of the published text: editors' own widgets and scripts.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** Reads `root`'s text in document order. Cost: one pass over its nodes. */
export function snapshotText(root: Node): TextSnapshot {
  let text = '';
  // Parallel arrays: the text node starting at each recorded offset.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const separate = (separator: string) => {
    if (text.length > 0 && !/\s$/.test(text)) text += separator;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        starts.push(text.length);
        text += data;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIPPED_TAGS.has(tag)) continue;
        // Editors' own UI inside the editable area (CKEditor 5 widget handles) is marked so;
        // widget content itself (contenteditable=false tables) is still published text.
        if ((child as Element).getAttribute('aria-hidden') === 'true') continue;
        // TinyMCE's resize bars and caret helpers: never saved, sometimes full of stray input.
        if ((child as Element).getAttribute('data-mce-bogus') === 'all') continue;
        if (CELL_TAGS.has(tag)) separate(' ');
        else if (BLOCK_TAGS.has(tag)) separate('\n');
        walk(child);
        if (BLOCK_TAGS.has(tag)) separate('\n');
      }
    }
  };
  walk(root);

  const locate = (offset: number, isEnd: boolean): [Text, number] | undefined => {
    // The last node starting at or before the offset (for an end, strictly before).
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = starts[middle]!;
      if (start < offset || (!isEnd && start === offset)) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found < 0) return undefined;
    const node = nodes[found]!;
    const within = offset - starts[found]!;
    if (within > node.data.length) {
      // The offset is in a separator after the node: clamp to the node's end.
      return [node, node.data.length];
    }
    return [node, within];
  };

  return {
    text,
    rangeFor(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to) return undefined;
      if (!from[0].isConnected || !to[0].isConnected) return undefined;
      const range = from[0].ownerDocument.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      return range;
    },
  };
}
