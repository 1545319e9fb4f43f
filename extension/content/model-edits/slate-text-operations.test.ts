import { fc, test } from '@fast-check/vitest';
import {
  createEditor,
  type Descendant,
  Editor,
  Element,
  type Operation,
  Point,
  Transforms,
} from 'slate';
import { withHistory } from 'slate-history';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyTextOperations,
  type SlateEditorLike,
  type SlateTextOperation,
} from './slate-text-operations';

// The Slate that wangEditor 5 bundles (0.72), exposed as its UMD build exposes it.
const page = globalThis as { wangEditor?: unknown };
const SLATE = {
  SlateEditor: Editor,
  SlateElement: Element,
  SlateTransforms: Transforms,
  SlatePoint: Point,
};

/** A register: paragraphs and a table whose cells hold one text each, as the demo's. */
function documentOf(copies: number): Descendant[] {
  const blocks: Descendant[] = [];
  for (let copy = 0; copy < copies; copy++) {
    blocks.push({ type: 'paragraph', children: [{ text: `第${copy}号 当事人：王某明` }] } as never);
    blocks.push({
      type: 'table',
      children: [
        {
          type: 'table-row',
          children: [
            { type: 'table-cell', children: [{ text: '身份证号' }] },
            { type: 'table-cell', children: [{ text: '510521198503121230' }] },
          ],
        },
        {
          type: 'table-row',
          children: [
            { type: 'table-cell', children: [{ text: '联系电话' }] },
            { type: 'table-cell', children: [{ text: '13908301234', bold: true }] },
          ],
        },
      ],
    } as never);
  }
  return blocks;
}

/** Frozen, as the tree of a Slate editor that has applied an operation is (immer). */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

function editorWith(children: Descendant[]) {
  const editor = withHistory(createEditor());
  editor.children = frozen(structuredClone(children));
  editor.selection = {
    anchor: { path: [1, 1, 1, 0], offset: 11 },
    focus: { path: [1, 1, 1, 0], offset: 11 },
  };
  return editor;
}

/** Every redaction as Slate text operations, last in the document first (as slate.ts makes them). */
function redactions(copies: number): SlateTextOperation[] {
  const operations: SlateTextOperation[] = [];
  for (let copy = copies - 1; copy >= 0; copy--) {
    const table = copy * 2 + 1;
    for (const [row, value] of [
      [1, '13908301234'],
      [0, '510521198503121230'],
    ] as const) {
      const path = [table, row, 1, 0];
      operations.push({ type: 'remove_text', path, offset: 0, text: value });
      operations.push({ type: 'insert_text', path, offset: 0, text: '【已脱敏】' });
    }
  }
  return operations;
}

/** What Slate itself makes of the operations, one `apply` at a time. */
function bySlate(children: Descendant[], operations: readonly SlateTextOperation[]) {
  const editor = editorWith(children);
  for (const operation of operations) editor.apply(operation as Operation);
  return editor;
}

describe('applyTextOperations', () => {
  beforeEach(() => {
    page.wangEditor = SLATE;
  });
  afterEach(() => {
    delete page.wangEditor;
  });

  it("leaves the editor as Slate's own apply does: text, selection, one undo batch", async () => {
    const children = documentOf(20);
    const operations = redactions(20);
    const expected = bySlate(children, operations);
    const editor = editorWith(children);
    // Slate's own immer transform is not what changes the text here.
    const { transform } = Transforms;
    const immerTransform = vi.fn(transform);
    Transforms.transform = immerTransform;
    try {
      applyTextOperations(editor as unknown as SlateEditorLike, operations);
    } finally {
      Transforms.transform = transform;
    }
    expect(immerTransform).not.toHaveBeenCalled();
    expect(editor.children).toEqual(expected.children);
    expect(editor.selection).toEqual(expected.selection);
    expect(editor.history.undos).toHaveLength(1);
    expect(editor.history.undos[0]).toEqual(operations);
    // The tree is immutable, as immer leaves it.
    expect(Object.isFrozen(editor.children)).toBe(true);
    expect(Object.isFrozen(editor.children[1])).toBe(true);
    // One undo brings every value back.
    await Promise.resolve();
    editor.undo();
    expect(editor.children).toEqual(children);
  });

  it('keeps Slate’s functions when the batch throws, the operations before applied', () => {
    const children = documentOf(2);
    const { transform } = Transforms;
    const { isElement } = Element;
    const editor = editorWith(children);
    const operations: SlateTextOperation[] = [
      ...redactions(2).slice(0, 2),
      // A path that leads to a table, not a text: Slate's own error.
      { type: 'insert_text', path: [1], offset: 0, text: 'x' },
    ];
    expect(() => applyTextOperations(editor as unknown as SlateEditorLike, operations)).toThrow();
    expect(Transforms.transform).toBe(transform);
    expect(Element.isElement).toBe(isElement);
    expect(editor.children).toEqual(bySlate(children, operations.slice(0, 2)).children);
  });

  it("still gives Slate's result when a normalizer changes the editor through Slate itself", () => {
    // A plugin that marks each table it sees changed (a set_node through Slate's own
    // transform, which then shares the nodes this batch copied).
    const withMarks = (editor: ReturnType<typeof editorWith>) => {
      const { normalizeNode } = editor;
      editor.normalizeNode = (entry) => {
        const [node, path] = entry;
        if (path.length === 1 && (node as { type?: string }).type === 'table') {
          const seen = ((node as { seen?: number }).seen ?? 0) + 1;
          if (seen < 3) Transforms.setNodes(editor, { seen } as never, { at: path });
        }
        normalizeNode(entry);
      };
      return editor;
    };
    const children = documentOf(4);
    const operations = redactions(4);
    const reference = withMarks(editorWith(children));
    for (const operation of operations) reference.apply(operation as Operation);
    const editor = withMarks(editorWith(children));
    applyTextOperations(editor as unknown as SlateEditorLike, operations);
    expect(editor.children).toEqual(reference.children);
  });

  it("applies through the editor's own apply when the page's Slate is out of reach", () => {
    delete page.wangEditor;
    const children = documentOf(3);
    const editor = editorWith(children);
    applyTextOperations(editor as unknown as SlateEditorLike, redactions(3));
    expect(editor.children).toEqual(bySlate(children, redactions(3)).children);
  });

  test.prop([
    fc.array(
      fc.record({
        copy: fc.nat(4),
        row: fc.nat(1),
        cell: fc.nat(1),
        at: fc.nat(30),
        insert: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
        length: fc.nat(6),
      }),
      { maxLength: 40 },
    ),
  ])('any text operations give what Slate gives', (changes) => {
    const children = documentOf(5);
    // The operations are made against the text as it stands after those before them.
    const reference = editorWith(children);
    const operations: SlateTextOperation[] = [];
    for (const change of changes) {
      const path = [change.copy * 2 + 1, change.row, change.cell, 0];
      const [leaf] = Editor.leaf(reference, path);
      const offset = Math.min(change.at, leaf.text.length);
      const operation: SlateTextOperation =
        change.insert === undefined
          ? {
              type: 'remove_text',
              path,
              offset,
              text: leaf.text.slice(offset, offset + change.length),
            }
          : { type: 'insert_text', path, offset, text: change.insert };
      reference.apply(operation as Operation);
      operations.push(operation);
    }
    const editor = editorWith(children);
    applyTextOperations(editor as unknown as SlateEditorLike, operations);
    expect(editor.children).toEqual(reference.children);
    expect(editor.selection).toEqual(reference.selection);
  });
});
