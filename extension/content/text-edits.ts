import type { TextSnapshot } from './text-snapshot';

/** Replace text[start, end) with `replacement`, offsets in a surface's snapshot text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/**
 * The edits from the last in the text to the first: each edit then leaves the offsets of
 * those still to do unchanged. Overlapping edits are dropped (the later one wins).
 */
export function lastFirst(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const next = kept.at(-1);
    if (!next || edit.end <= next.start) kept.push(edit);
  }
  return kept;
}

/** The text after the edits (sorted with lastFirst): what the surface must read after. */
export function editedText(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let cursor = text.length;
  for (const edit of edits) {
    parts.push(text.slice(edit.end, cursor), edit.replacement);
    cursor = edit.start;
  }
  parts.push(text.slice(0, cursor));
  return parts.reverse().join('');
}

/** One change of the DOM, kept to undo it exactly (and redo it). */
type DomChange =
  | { readonly type: 'data'; readonly node: Text; readonly before: string; readonly after: string }
  | {
      readonly type: 'removed';
      readonly node: Node;
      readonly parent: Node;
      readonly next: Node | null;
    };

/** What applyDomEdits changed, in order: undo() puts every node back as it was. */
export interface DomEditLog {
  undo(): void;
  redo(): void;
}

/** Elements an emptied text node never takes with it: blocks, cells, the editable itself. */
const KEEP_EMPTY = new Set(['BODY', 'DIV', 'P', 'LI', 'TD', 'TH', 'DT', 'DD', 'H1', 'H2', 'H3']);

/**
 * Applies the edits (sorted with lastFirst) to the text nodes the snapshot maps them to, in
 * one synchronous sweep: the fast path of 全部脱敏 for editors that keep no model of their
 * own (their undo manager, when they have one, snapshots the DOM before and after).
 *
 * An edit inside one text node changes only that node's data. An edit across inline markup
 * (`5105<b>02…</b>`) puts the replacement in the first node and deletes the covered text of
 * the others, removing inline elements it leaves empty, as the browser's insertText does.
 * Markup is otherwise untouched. Returns undefined, having changed nothing, when an edit maps
 * to no DOM text (the snapshot is stale).
 */
export function applyDomEdits(
  root: Node,
  snapshot: TextSnapshot,
  edits: readonly TextEdit[],
): DomEditLog | undefined {
  const ranges = edits.map((edit) => snapshot.staticRangeFor(edit.start, edit.end));
  if (ranges.some((range) => range?.startContainer.nodeType !== 3)) return undefined;
  const log: DomChange[] = [];
  const setData = (node: Text, data: string) => {
    if (node.data === data) return;
    log.push({ type: 'data', node, before: node.data, after: data });
    node.data = data;
  };
  const remove = (node: Node) => {
    const parent = node.parentNode;
    if (!parent) return;
    log.push({ type: 'removed', node, parent, next: node.nextSibling });
    parent.removeChild(node);
  };
  edits.forEach((edit, index) => {
    const range = ranges[index]!;
    const first = range.startContainer as Text;
    if (range.startContainer === range.endContainer) {
      const data = first.data;
      setData(
        first,
        data.slice(0, range.startOffset) + edit.replacement + data.slice(range.endOffset),
      );
      return;
    }
    setData(first, first.data.slice(0, range.startOffset) + edit.replacement);
    const last = range.endContainer;
    const doc = first.ownerDocument;
    const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
    walker.currentNode = first;
    const emptied: Text[] = [];
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (node === last) {
        setData(node, node.data.slice(range.endOffset));
        if (node.data === '') emptied.push(node);
        break;
      }
      setData(node, '');
      emptied.push(node);
    }
    // Empty nodes and the inline elements they leave empty go, up to the first that holds
    // something else (never a block, a cell or a line break).
    for (const node of emptied) {
      let target: Node = node;
      for (let parent = target.parentNode; parent && parent !== root; parent = parent.parentNode) {
        if (parent.childNodes.length !== 1 || KEEP_EMPTY.has((parent as Element).tagName)) break;
        target = parent;
      }
      remove(target);
    }
  });
  return {
    undo() {
      for (let index = log.length - 1; index >= 0; index--) {
        const change = log[index]!;
        if (change.type === 'data') change.node.data = change.before;
        else change.parent.insertBefore(change.node, change.next);
      }
    },
    redo() {
      for (const change of log) {
        if (change.type === 'data') change.node.data = change.after;
        else change.parent.removeChild(change.node);
      }
    },
  };
}
