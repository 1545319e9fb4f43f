import { type DomTextEdit, textNodesOf } from './protocol';

/** The few parts of a CKEditor 5 editor this uses (structural: the page's own build). */
interface ModelNode {
  is(type: string): boolean;
  getAttributes(): Iterable<[string, unknown]>;
}
interface ModelPosition {
  readonly parent: unknown;
  readonly textNode: ModelNode | null;
  readonly nodeAfter: ModelNode | null;
}
interface ModelWriter {
  createRange(start: ModelPosition, end: ModelPosition): unknown;
  createSelection(range: unknown): unknown;
  remove(range: unknown): void;
  insertText(text: string, attributes: Map<string, unknown>, position: ModelPosition): void;
}
interface Ckeditor5 {
  readonly isReadOnly?: boolean;
  readonly model: {
    change(callback: (writer: ModelWriter) => void): void;
    deleteContent(selection: unknown): void;
  };
  readonly editing: {
    readonly view: {
      readonly domConverter: { domPositionToView(node: Node, offset: number): unknown };
    };
    readonly mapper: { toModelPosition(viewPosition: unknown): ModelPosition };
  };
}

function editorOf(root: Element): Ckeditor5 | undefined {
  // CKEditor 5 keeps its instance on the editable element (`ckeditorInstance`).
  const editor = (root as { ckeditorInstance?: Partial<Ckeditor5> }).ckeditorInstance;
  if (
    typeof editor?.model?.change !== 'function' ||
    typeof editor.editing?.mapper?.toModelPosition !== 'function' ||
    typeof editor.editing.view?.domConverter?.domPositionToView !== 'function'
  ) {
    return undefined;
  }
  return editor as Ckeditor5;
}

/**
 * Applies the edits (last in the text first) to a CKEditor 5 editable's model in one
 * `model.change`: one batch, so one step of its undo, and one render of its view. Each
 * replacement keeps the attributes (bold…) of the first character it replaces, as typing
 * over a selection does; an edit across blocks (a cell's paragraphs) is deleted the way
 * typing deletes it, merging them. Returns false, having changed nothing, when `root` is
 * not a CKEditor 5 editable or a position maps to nothing in its model.
 */
export function replaceInCkeditor5(root: Element, edits: readonly DomTextEdit[]): boolean {
  const editor = editorOf(root);
  if (!editor || editor.isReadOnly) return false;
  const nodes = textNodesOf(root);
  const { domConverter } = editor.editing.view;
  const { mapper } = editor.editing;
  const toModel = (index: number, offset: number): ModelPosition | undefined => {
    const node = nodes[index];
    if (!node || offset > node.data.length) return undefined;
    const viewPosition = domConverter.domPositionToView(node, offset);
    return viewPosition ? mapper.toModelPosition(viewPosition) : undefined;
  };
  // Every position is mapped before anything changes (the view is the unchanged DOM's).
  const ranges: Array<{ start: ModelPosition; end: ModelPosition; replacement: string }> = [];
  for (const [startNode, startOffset, endNode, endOffset, replacement] of edits) {
    const start = toModel(startNode, startOffset);
    const end = toModel(endNode, endOffset);
    if (!start || !end) return false;
    ranges.push({ start, end, replacement });
  }
  editor.model.change((writer) => {
    // Last first: what is still to do lies before, and its positions stay valid.
    for (const { start, end, replacement } of ranges) {
      const first = start.textNode ?? start.nodeAfter;
      const attributes = new Map(first?.is('$text') ? first.getAttributes() : []);
      const range = writer.createRange(start, end);
      if (start.parent === end.parent) writer.remove(range);
      else editor.model.deleteContent(writer.createSelection(range));
      if (replacement !== '') writer.insertText(replacement, attributes, start);
    }
  });
  return true;
}
