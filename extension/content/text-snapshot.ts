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
  /**
   * The same as a StaticRange: what highlights use. A live Range is updated by the browser on
   * every DOM change until it is garbage-collected, so hundreds of them (one per finding, new
   * ones each keystroke) would make typing slower with each key.
   */
  staticRangeFor(start: number, end: number): StaticRange | undefined;
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

/**
 * Editors' own UI inside the editable area, never published: CKEditor 5 widget handles
 * (aria-hidden), TinyMCE resize bars and caret helpers. Widget content itself (CKEditor 5's
 * contenteditable=false tables) is published text and is read.
 */
function isEditorChrome(element: Element): boolean {
  return (
    element.getAttribute('aria-hidden') === 'true' ||
    element.getAttribute('data-mce-bogus') === 'all'
  );
}

/** Reads `root`'s text in document order. Cost: one pass over its nodes. */
export function snapshotText(root: Node): TextSnapshot {
  let text = '';
  // Parallel arrays: the text node starting at each recorded offset.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  // The last character is tracked, never read back: reading from the text being built
  // (a regex, or even charCodeAt on V8's rope string) flattens it each time, which makes a
  // long document quadratic.
  let lastCode = 10;
  // A block always ends its line (even after a trailing space, so "138 </p><p>1234…" never
  // reads as one number); a cell is set off by a space unless whitespace is already there.
  const separate = (separator: string) => {
    if (text.length === 0 || lastCode === 10) return;
    if (
      separator === ' ' &&
      (lastCode === 32 || lastCode === 9 || lastCode === 0xa0 || lastCode === 0x3000)
    ) {
      return;
    }
    text += separator;
    lastCode = separator.charCodeAt(0);
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        starts.push(text.length);
        lengths.push(data.length);
        text += data;
        lastCode = data.charCodeAt(data.length - 1);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIPPED_TAGS.has(tag)) continue;
        if ((child as Element).attributes.length > 0 && isEditorChrome(child as Element)) continue;
        if (CELL_TAGS.has(tag)) separate(' ');
        else if (BLOCK_TAGS.has(tag)) separate('\n');
        walk(child);
        if (BLOCK_TAGS.has(tag)) separate('\n');
      }
    }
  };
  walk(root);
  return makeSnapshot({ text, nodes, starts, lengths });
}

/** What a snapshot knows about its DOM, kept aside so a later snapshot can patch it. */
interface SnapshotParts {
  readonly text: string;
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly lengths: readonly number[];
  index?: Map<Text, number>;
}

const PARTS = new WeakMap<TextSnapshot, SnapshotParts>();

function makeSnapshot(parts: SnapshotParts): TextSnapshot {
  const { text, nodes, starts } = parts;
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

  const snapshot: TextSnapshot = {
    text,
    staticRangeFor(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to) return undefined;
      return new StaticRange({
        startContainer: from[0],
        startOffset: from[1],
        endContainer: to[0],
        endOffset: to[1],
      });
    },
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
  PARTS.set(snapshot, parts);
  return snapshot;
}

/**
 * The snapshot after typing: only the data of known text nodes changed (the common case of
 * a keystroke: one characterData mutation). Patches the text and shifts the offsets instead
 * of walking the whole document again. Undefined when the change needs a full walk (nodes
 * added or removed, a node emptied or ending in a line break).
 */
export function patchSnapshot(
  previous: TextSnapshot,
  changed: ReadonlySet<Text>,
): TextSnapshot | undefined {
  const parts = PARTS.get(previous);
  if (!parts) return undefined;
  if (!parts.index) parts.index = new Map(parts.nodes.map((node, position) => [node, position]));
  const positions: number[] = [];
  for (const node of changed) {
    const position = parts.index.get(node);
    if (position === undefined || !node.isConnected) return undefined;
    const data = node.data;
    if (data.length === 0 || data.charCodeAt(data.length - 1) === 10) return undefined;
    positions.push(position);
  }
  // From the last node back, so each edit's offsets are still those of the previous text.
  positions.sort((a, b) => b - a);
  let text = parts.text;
  const starts = [...parts.starts];
  const lengths = [...parts.lengths];
  for (const position of positions) {
    const data = parts.nodes[position]!.data;
    const start = starts[position]!;
    const delta = data.length - lengths[position]!;
    text = text.slice(0, start) + data + text.slice(start + lengths[position]!);
    lengths[position] = data.length;
    if (delta !== 0)
      for (let next = position + 1; next < starts.length; next++) starts[next]! += delta;
  }
  return makeSnapshot({ text, nodes: parts.nodes, starts, lengths, index: parts.index });
}
