import { CELL_SEPARATOR, termPrefix } from '../services/privacy';
import { BOLD_TAGS, CELL_TAGS, tableLayout } from './table-layout';
import { isUnpublished } from './unpublished';

/**
 * The text of an editable region as the privacy engine reads it, with a map back from text
 * offsets to DOM positions, so a finding becomes a DOM Range without touching the editor.
 *
 * It reads the DOM as the engine reads the HTML the CMS saves (core/privacy/html.ts
 * projectHtml): blocks (paragraphs, list items, line breaks) become line breaks, so a number
 * never runs on from one paragraph into the next; text split by inline markup
 * (`5105<span>02…</span>`) stays one run; whitespace between blocks is layout, not text.
 * Tables read as fields (content/table-layout.ts): each row is a line, a label cell and its
 * value read `住址：泸州市…`, a header row labels the cells under it, other cells are set off
 * by U+2063 (never a space: the digits of two cells never join into one number), and inside
 * a cell paragraphs and `<br>` become spaces, so a cell stays on its line. A `<dt>` label
 * and its `<dd>` read `label：value`.
 *
 * The line breaks, separators and labels written for that are in no DOM node: offsets in
 * them map to no text, and a range never starts or ends inside them (see rangeFor).
 */
export interface TextSnapshot {
  readonly text: string;
  /**
   * The DOM range covering text[start, end), or undefined if the DOM changed since or the
   * span is only text the snapshot wrote itself (a table's label). A span that starts or
   * ends in such text is narrowed to the DOM text inside it.
   */
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
/** What holds a table's rows and cells: a line break even inside a cell (a nested table). */
const TABLE_STRUCTURE = new Set([
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'COLGROUP',
  'COL',
  'CAPTION',
]);
const LINE_BREAK = 10;
const SPACE = 32;
const CELL_SEPARATOR_CODE = CELL_SEPARATOR.charCodeAt(0);
const BLANK = /^\s*$/;
/** Inside a cell, the source's line breaks and tabs show as spaces (one line per row). */
const CELL_WHITESPACE = /[\n\r\t]/g;

/** Reads `root`'s text in document order. Cost: one pass over its nodes (two in tables). */
export function snapshotText(root: Node): TextSnapshot {
  let text = '';
  // Parallel arrays: the text node starting at each recorded offset.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  // Nodes whose reading depends on other nodes (a <dt> term, text in a table outside its
  // cells): typing in them needs a full walk (patchSnapshot).
  const structured = new Set<Text>();
  // Nodes in a table's cells, with their table (the innermost), and each table's layout:
  // typing in them needs a walk only if it changes that layout.
  const cellTables = new Map<Text, Element>();
  const layouts = new Map<Element, TableLayout>();
  let table: Element | undefined;
  // The last character is tracked, never read back: reading from the text being built
  // (a regex, or even charCodeAt on V8's rope string) flattens it each time, which makes a
  // long document quadratic. It starts as a line break: nothing separates the first line.
  let lastCode = LINE_BREAK;
  const write = (synthetic: string) => {
    text += synthetic;
    lastCode = synthetic.charCodeAt(synthetic.length - 1);
  };
  // As projectHtml separates: a block always ends its line (even after a trailing space, so
  // "138 </p><p>1234…" never reads as one number); never two of a kind, no space at the
  // start of a line or after a cell separator.
  const separate = (separator: string) => {
    const code = separator.charCodeAt(0);
    if (lastCode === code) return;
    if (code === SPACE && (lastCode === LINE_BREAK || lastCode === CELL_SEPARATOR_CODE)) return;
    write(separator);
  };
  const prefixes = new Map<Element, string>();
  let tables = 0;
  let cells = 0;
  let bold = 0;
  // The text of the last <dt>, until a <dd> takes it as its label.
  let term: string | undefined;
  let inTerm = 0;
  let afterTerm = false;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        if (inTerm > 0) term = (term ?? '') + data;
        // Between a table's cells and after a line break, whitespace is layout (a browser
        // shows none): no blank cells, no empty line between two paragraphs.
        if ((tables > cells || afterTerm || lastCode === LINE_BREAK) && BLANK.test(data)) continue;
        afterTerm = false;
        nodes.push(child as Text);
        starts.push(text.length);
        lengths.push(data.length);
        if (inTerm > 0 || (tables > 0 && cells === 0)) structured.add(child as Text);
        else if (table) cellTables.set(child as Text, table);
        // Same length: the offsets still map one to one onto the node's data.
        text += cells > 0 ? data.replace(CELL_WHITESPACE, ' ') : data;
        lastCode = data.charCodeAt(data.length - 1);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isUnpublished(element)) continue;
        const tag = element.tagName;
        if (CELL_TAGS.has(tag)) {
          const prefix = prefixes.get(element);
          if (prefix === undefined) separate(CELL_SEPARATOR);
          else if (prefix !== '') write(prefix);
          cells++;
          walk(element);
          cells--;
          continue;
        }
        const outerTable = table;
        if (tag === 'TABLE') {
          const layout = tableLayout(element, bold);
          for (const [cell, prefix] of layout) prefixes.set(cell, prefix);
          layouts.set(element, { bold, prefixes: layout });
          table = element;
          tables++;
        }
        const isBold = BOLD_TAGS.has(tag);
        const isBlock = BLOCK_TAGS.has(tag) || TABLE_STRUCTURE.has(tag);
        // Inside a cell, a paragraph or a line break keeps the cell on its line.
        const separator = cells > 0 && !TABLE_STRUCTURE.has(tag) ? ' ' : '\n';
        const prefix = tag === 'DD' && term !== undefined ? termPrefix(term) : undefined;
        afterTerm = false;
        if (prefix !== undefined) {
          write(prefix);
        } else if (isBlock) {
          separate(separator);
        }
        if (tag === 'DD') term = undefined;
        if (tag === 'DT') {
          term = '';
          inTerm++;
        }
        if (isBold) bold++;
        walk(element);
        if (isBold) bold--;
        if (tag === 'TABLE') {
          table = outerTable;
          tables--;
        }
        if (tag === 'DT') {
          // The term and its <dd> read as one line (`label：value`): the whitespace
          // between them is layout.
          inTerm--;
          afterTerm = true;
          continue;
        }
        if (isBlock) separate(separator);
      }
    }
  };
  walk(root);
  return makeSnapshot({ text, nodes, starts, lengths, structured, cellTables, layouts });
}

/** A table's layout as a snapshot read it, and the bold elements around it then. */
interface TableLayout {
  readonly bold: number;
  readonly prefixes: ReadonlyMap<Element, string>;
}

/** What a snapshot knows about its DOM, kept aside so a later snapshot can patch it. */
interface SnapshotParts {
  readonly text: string;
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly lengths: readonly number[];
  /**
   * Nodes in a <dt> or in a table outside its cells: their text changes what is written
   * around them.
   */
  readonly structured: ReadonlySet<Text>;
  /** Nodes in a table's cells: their text can change the table's layout. */
  readonly cellTables: ReadonlyMap<Text, Element>;
  readonly layouts: ReadonlyMap<Element, TableLayout>;
  index?: Map<Text, number>;
}

/** A DOM position for a text offset, with the index of its node in the snapshot. */
interface Point {
  readonly position: number;
  readonly node: Text;
  readonly offset: number;
}

const PARTS = new WeakMap<TextSnapshot, SnapshotParts>();

function makeSnapshot(parts: SnapshotParts): TextSnapshot {
  const { text, nodes, starts, lengths } = parts;
  const point = (position: number, offset: number): Point => {
    const node = nodes[position]!;
    // Clamped to the node's current data: a node shortened since still gives a valid range.
    return { position, node, offset: Math.min(offset, node.data.length) };
  };
  /**
   * Where a range starting at `offset` starts: in the node holding that character, or, when
   * the offset is in text the snapshot wrote (a line break, a cell's label), at the start
   * of the next node.
   */
  const locateStart = (offset: number, caret = false): Point | undefined => {
    const found = lastStartingBefore(offset, true);
    const within = found >= 0 ? offset - starts[found]! : -1;
    if (within >= 0 && (within < lengths[found]! || (caret && within === lengths[found]!))) {
      return point(found, within);
    }
    if (found + 1 < nodes.length) return point(found + 1, 0);
    return caret && found >= 0 ? point(found, lengths[found]!) : undefined;
  };
  /**
   * Where a range ending at `offset` ends: after the character before it, or, when that is
   * written text, at the end of the node before.
   */
  const locateEnd = (offset: number): Point | undefined => {
    const found = lastStartingBefore(offset, false);
    if (found < 0) return undefined;
    return point(found, Math.min(offset - starts[found]!, lengths[found]!));
  };
  /** The last node starting before `offset` (or at it, with `orAt`); -1 if none. */
  const lastStartingBefore = (offset: number, orAt: boolean): number => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = starts[middle]!;
      if (start < offset || (orAt && start === offset)) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };
  const bounds = (start: number, end: number): [Point, Point] | undefined => {
    if (start >= end) {
      // A caret: in the node at the offset, or right after the text before it.
      const at = locateStart(start, true);
      return at ? [at, at] : undefined;
    }
    const from = locateStart(start);
    const to = locateEnd(end);
    // Only written text (a label the snapshot wrote before a cell) is in no node at all.
    if (!from || !to || from.position > to.position) return undefined;
    return [from, to];
  };

  const snapshot: TextSnapshot = {
    text,
    staticRangeFor(start, end) {
      const found = bounds(start, end);
      if (!found) return undefined;
      const [from, to] = found;
      return new StaticRange({
        startContainer: from.node,
        startOffset: from.offset,
        endContainer: to.node,
        endOffset: to.offset,
      });
    },
    rangeFor(start, end) {
      const found = bounds(start, end);
      if (!found) return undefined;
      const [from, to] = found;
      if (!from.node.isConnected || !to.node.isConnected) return undefined;
      const range = from.node.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
  PARTS.set(snapshot, parts);
  return snapshot;
}

/**
 * The snapshot after typing: only the data of known text nodes changed (the common case of
 * a keystroke: one characterData mutation), or a known text node was swapped for a new one
 * in its place (`replaced`: new node → the one it replaced; how a model editor re-renders a
 * text, setting its element's textContent). Patches the text and shifts the offsets instead
 * of walking the whole document again. Undefined when the change needs a full walk: nodes
 * otherwise added or removed, a node emptied, left blank or ending (or having ended) in a line break
 * (what separates the next line depends on it), a node in a <dt> (its text is the label of
 * its <dd>), or a node in a table cell whose text changes the table's layout (turns a cell
 * into a label: what is written before the cells around it changes) or that ends (or ended)
 * in a space or a cell separator (what separates it from the next block of the cell).
 */
export function patchSnapshot(
  previous: TextSnapshot,
  changed: ReadonlySet<Text>,
  replaced: ReadonlyMap<Text, Text> = new Map(),
): TextSnapshot | undefined {
  const parts = PARTS.get(previous);
  if (!parts) return undefined;
  if (!parts.index) parts.index = new Map(parts.nodes.map((node, position) => [node, position]));
  const positions: number[] = [];
  const tables = new Set<Element>();
  let nodes = parts.nodes;
  let cellTables = parts.cellTables;
  for (const node of changed) {
    const known = replaced.get(node) ?? node;
    const position = parts.index.get(known);
    if (position === undefined || !node.isConnected || parts.structured.has(known)) {
      return undefined;
    }
    if (known !== node) {
      // The new node stands where the known one stood: the snapshot maps to it from now on.
      if (nodes === parts.nodes) nodes = [...nodes];
      (nodes as Text[])[position] = node;
      const table = cellTables.get(known);
      if (table) {
        if (cellTables === parts.cellTables) cellTables = new Map(cellTables);
        (cellTables as Map<Text, Element>).set(node, table);
      }
    }
    const data = node.data;
    if (data.length === 0 || data.charCodeAt(data.length - 1) === LINE_BREAK) return undefined;
    if (BLANK.test(data)) return undefined;
    const oldEnd = parts.starts[position]! + parts.lengths[position]! - 1;
    if (parts.text.charCodeAt(oldEnd) === LINE_BREAK) return undefined;
    const table = cellTables.get(node);
    if (table) {
      if (endsCellText(data.charCodeAt(data.length - 1))) return undefined;
      // The text has the cell's whitespace as spaces: a space there may have been any of it.
      if (endsCellText(parts.text.charCodeAt(oldEnd))) return undefined;
      tables.add(table);
    }
    positions.push(position);
  }
  for (const table of tables) {
    const before = parts.layouts.get(table);
    if (!before || !table.isConnected) return undefined;
    const after = tableLayout(table, before.bold);
    if (after.size !== before.prefixes.size) return undefined;
    for (const [cell, prefix] of after) if (before.prefixes.get(cell) !== prefix) return undefined;
  }
  // In one pass from the first changed node: the text is rebuilt from its unchanged pieces
  // and the new data, and every later start shifts by what changed before it. 全部脱敏
  // changes a thousand nodes at once; patching them one by one copied the whole text and
  // shifted every later offset a thousand times.
  positions.sort((a, b) => a - b);
  const old = parts.text;
  const starts = [...parts.starts];
  const lengths = [...parts.lengths];
  const pieces: string[] = [];
  let copied = 0;
  let shift = 0;
  let next = positions[0] ?? starts.length;
  for (const position of positions) {
    for (; next < position; next++) starts[next]! += shift;
    const node = nodes[position]!;
    const data = cellTables.has(node) ? node.data.replace(CELL_WHITESPACE, ' ') : node.data;
    const oldStart = parts.starts[position]!;
    pieces.push(old.slice(copied, oldStart), data);
    copied = oldStart + parts.lengths[position]!;
    starts[position] = oldStart + shift;
    shift += data.length - parts.lengths[position]!;
    lengths[position] = data.length;
    next = position + 1;
  }
  for (; next < starts.length; next++) starts[next]! += shift;
  pieces.push(old.slice(copied));
  const text = pieces.join('');
  if (nodes === parts.nodes) return makeSnapshot({ ...parts, text, starts, lengths });
  // New nodes: the index is made again when the next patch needs it.
  return makeSnapshot({ ...parts, text, starts, lengths, nodes, cellTables, index: undefined });
}

/**
 * Whether a cell's text ending in this character changes what the snapshot writes after it
 * (no space after a space, a line break or a cell separator).
 */
function endsCellText(code: number): boolean {
  return code === SPACE || code === LINE_BREAK || code === CELL_SEPARATOR_CODE;
}
