import { type DomTextEdit, textNodesOf } from './protocol';
import {
  applyTextOperations,
  type SlateEditorLike,
  type SlatePath,
  type SlateTextOperation,
  samePath,
} from './slate-text-operations';

interface SlateText {
  readonly text: string;
}
interface SlateElement {
  readonly children: ReadonlyArray<SlateElement | SlateText>;
}
/** A wangEditor 5 editor: Slate's editor with its DOM plugin (structural). */
interface WangEditor extends SlateEditorLike {
  children: Array<SlateElement | SlateText>;
  normalizeNode(entry: [unknown, SlatePath]): void;
  getEditableContainer(): Element | null;
  isDisabled?(): boolean;
}

function isWangEditorOf(value: unknown, root: Element): value is WangEditor {
  if (typeof value !== 'object' || value === null) return false;
  const editor = value as Partial<WangEditor>;
  if (
    !Array.isArray(editor.children) ||
    typeof editor.apply !== 'function' ||
    typeof editor.getEditableContainer !== 'function'
  ) {
    return false;
  }
  return editor.getEditableContainer()?.contains(root) === true;
}

const FOUND = new WeakMap<Element, WangEditor>();

/**
 * The wangEditor instance behind `root`, if the page keeps it in a global (its examples and
 * most CMS integrations do: `window.editor = createEditor(…)`). wangEditor keeps no
 * reference on its DOM, so a page that holds it only in a closure or a module gives none.
 */
function findWangEditor(root: Element): WangEditor | undefined {
  const known = FOUND.get(root);
  if (known && isWangEditorOf(known, root)) return known;
  if (!root.matches('[data-slate-editor]')) return undefined;
  const page = globalThis as unknown as Record<string, unknown>;
  for (const key of Object.keys(page)) {
    let value: unknown;
    try {
      value = page[key];
      if (!isWangEditorOf(value, root)) continue;
    } catch {
      continue; // a cross-origin frame, a getter that throws
    }
    FOUND.set(root, value);
    return value;
  }
  return undefined;
}

/** Slate's text nodes in document order, with their paths. */
function slateTexts(editor: SlateElement): Array<{ node: SlateText; path: number[] }> {
  const texts: Array<{ node: SlateText; path: number[] }> = [];
  const walk = (element: SlateElement, path: number[]) => {
    element.children.forEach((child, index) => {
      if ('children' in child && Array.isArray(child.children)) walk(child, [...path, index]);
      else if (typeof (child as SlateText).text === 'string')
        texts.push({ node: child as SlateText, path: [...path, index] });
    });
  };
  walk(editor, []);
  return texts;
}

/** Where each DOM text node of the editable lies in Slate's text nodes. */
interface SlateLocation {
  readonly text: number;
  /** Offset in the Slate text of the DOM node's first character. */
  readonly base: number;
  /** A zero-width placeholder (`\uFEFF`): no Slate text at all. */
  readonly empty: boolean;
}

/**
 * Maps the DOM text nodes of `root` to Slate's text nodes: each `[data-slate-node="text"]`
 * renders one Slate text, in order, its strings in `[data-slate-string]` (a trailing line
 * break gets an extra `\n` there) and empty ones as a zero-width `\uFEFF`. Undefined when
 * the DOM is not exactly that rendering of the model (not rendered yet, or not Slate's).
 */
function locate(
  root: Element,
  texts: ReadonlyArray<{ node: SlateText }>,
): Map<Text, SlateLocation> | undefined {
  const elements = root.querySelectorAll('[data-slate-node="text"]');
  if (elements.length !== texts.length) return undefined;
  const located = new Map<Text, SlateLocation>();
  for (let index = 0; index < elements.length; index++) {
    const expected = texts[index]!.node.text;
    let read = '';
    for (const node of textNodesOf(elements[index]!)) {
      const empty = node.parentElement?.closest('[data-slate-zero-width]') != null;
      located.set(node, { text: index, base: read.length, empty });
      if (!empty) read += node.data;
    }
    if (read !== expected && read !== `${expected}\n`) return undefined;
  }
  return located;
}

/**
 * Applies the edits (last in the text first) to a wangEditor (Slate) editor's model as
 * text operations in this one task: Slate's history puts every operation applied before it
 * flushes (a microtask) into one batch, so one Ctrl+Z undoes them all, and the editor
 * renders once. The replacement goes into the text node of the edit's first character, so
 * it keeps its marks, as typing over a selection does. Returns false, having changed
 * nothing, when no editor is found, a position maps to no Slate text, or an edit spans two
 * blocks or inlines (typing would merge them: left to the one-by-one path).
 */
export function replaceInWangEditor(root: Element, edits: readonly DomTextEdit[]): boolean {
  const editor = findWangEditor(root);
  if (!editor || editor.isDisabled?.()) return false;
  const texts = slateTexts(editor);
  const located = locate(root, texts);
  if (!located) return false;
  const nodes = textNodesOf(root);
  const point = (index: number, offset: number) => {
    const node = nodes[index];
    const location = node && located.get(node);
    if (!location || offset > node.data.length) return undefined;
    const length = texts[location.text]!.node.text.length;
    return {
      text: location.text,
      offset: location.empty ? 0 : Math.min(location.base + offset, length),
    };
  };
  const operations: SlateTextOperation[] = [];
  for (const [startNode, startOffset, endNode, endOffset, replacement] of edits) {
    const start = point(startNode, startOffset);
    const end = point(endNode, endOffset);
    if (!start || !end || end.text < start.text) return false;
    const startPath = texts[start.text]!.path;
    if (!samePath(startPath.slice(0, -1), texts[end.text]!.path.slice(0, -1))) return false;
    // From the end back: each removal leaves the offsets before it as they were.
    for (let index = end.text; index >= start.text; index--) {
      const { node, path } = texts[index]!;
      const from = index === start.text ? start.offset : 0;
      const to = index === end.text ? end.offset : node.text.length;
      if (to > from) {
        operations.push({
          type: 'remove_text',
          path,
          offset: from,
          text: node.text.slice(from, to),
        });
      }
    }
    if (replacement !== '') {
      operations.push({
        type: 'insert_text',
        path: startPath,
        offset: start.offset,
        text: replacement,
      });
    }
  }
  // Slate normalizes after each operation (an emptied text node merges away), which only
  // ever touches nodes at or after the one changed: the operations still to apply, all
  // before it, keep their paths. It normalizes every ancestor, the editor too, whose
  // children these text operations never change: walking them all each time is half of the
  // cost on a long document, so the editor itself is left out while they apply (and
  // applyTextOperations spares the other whole-document walks of each operation).
  const normalizeNode = editor.normalizeNode;
  const ownNormalize = Object.hasOwn(editor, 'normalizeNode');
  editor.normalizeNode = (entry) => {
    if (entry[1].length > 0) normalizeNode.call(editor, entry);
  };
  try {
    applyTextOperations(editor, operations);
  } finally {
    if (ownNormalize) editor.normalizeNode = normalizeNode;
    else delete (editor as Partial<WangEditor>).normalizeNode;
  }
  return true;
}
