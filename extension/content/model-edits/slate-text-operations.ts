/**
 * Text operations applied to a Slate editor in bulk without the two costs Slate pays once per
 * operation for the whole document. Each `editor.apply` copies the editor's children through
 * immer (every top-level block visited to finish the draft) and normalizes, which starts by
 * asking whether the editor itself is an element (every top-level block visited to prove it).
 * On a 100,000-character register of 2,900 blocks that is 0.7 ms an operation: 1.3 s for the
 * 1,938 operations of redacting 969 findings.
 *
 * For the duration of one synchronous batch, and only for `editor`, the page's Slate module
 * (wangEditor's UMD build exposes it as `wangEditor.Slate*`) is given two equivalents:
 *
 * - `Transforms.transform` of `insert_text` and `remove_text`: the same change of the text
 *   and of the selection (Slate's own `Point.transform`), made by copying each node on the
 *   path once for the batch instead of through an immer draft per operation (and copying
 *   again after any operation Slate's own code applied meanwhile, a normalizer's). The new
 *   nodes are frozen at the end where those they replace were, as immer leaves them.
 * - `Element.isElement(editor)`: always false by Slate's own definition (an element is not
 *   an editor), answered without visiting the blocks.
 *
 * Every other operation, editor and caller goes to Slate's own code, and everything else of
 * `apply` runs as it is: history (one batch), the editor's key maps, dirty paths, each
 * block's normalization, the change event. Both are put back when the batch ends, thrown or
 * not. Without the module in reach (a page that bundles its own copy), nothing is replaced:
 * the batch is as correct, only slower.
 */

export type SlatePath = readonly number[];
interface SlatePoint {
  readonly path: SlatePath;
  readonly offset: number;
}
interface SlateRange {
  readonly anchor: SlatePoint;
  readonly focus: SlatePoint;
}
export type SlateTextOperation =
  | { type: 'remove_text'; path: SlatePath; offset: number; text: string }
  | { type: 'insert_text'; path: SlatePath; offset: number; text: string };

/** The editor as far as this module touches it (structural: the page's own build). */
export interface SlateEditorLike {
  children: unknown[];
  selection: SlateRange | null;
  apply(operation: SlateTextOperation): void;
}

/** The parts of the page's Slate module used here. */
interface SlateModule {
  readonly SlateEditor: { isEditor(value: unknown): boolean };
  readonly SlateElement: { isElement(value: unknown): boolean };
  readonly SlateTransforms: { transform(editor: unknown, operation: unknown): void };
  readonly SlatePoint: { transform(point: SlatePoint, operation: unknown): SlatePoint | null };
}

/** wangEditor's UMD build, if the page loaded it, when it is the one `editor` comes from. */
function pageSlate(editor: SlateEditorLike): SlateModule | undefined {
  const candidate = (globalThis as { wangEditor?: Partial<SlateModule> }).wangEditor;
  if (
    typeof candidate?.SlateEditor?.isEditor !== 'function' ||
    typeof candidate.SlateElement?.isElement !== 'function' ||
    typeof candidate.SlateTransforms?.transform !== 'function' ||
    typeof candidate.SlatePoint?.transform !== 'function'
  ) {
    return undefined;
  }
  // The shortcut for isElement holds only for what this module calls an editor.
  return candidate.SlateEditor.isEditor(editor) ? (candidate as SlateModule) : undefined;
}

/** Whether two Slate paths name the same node. */
export const samePath = (a: SlatePath, b: SlatePath): boolean =>
  a.length === b.length && a.every((step, index) => step === b[index]);

interface Branch {
  children?: unknown[];
  text?: string;
}

/**
 * Applies the operations to `editor` in order through its own `apply`, in this task. Throws
 * what Slate throws (an operation whose path is not a text); the operations before it stay
 * applied, as they would one by one.
 */
export function applyTextOperations(
  editor: SlateEditorLike,
  operations: readonly SlateTextOperation[],
): void {
  const slate = pageSlate(editor);
  if (!slate) {
    for (const operation of operations) editor.apply(operation);
    return;
  }
  const { SlateTransforms: transforms, SlateElement: elements, SlatePoint: points } = slate;
  const transform = transforms.transform;
  const isElement = elements.isElement;
  // Nodes and child lists copied in this batch, frozen at its end if what they replaced
  // was (immer freezes what it produces); and those still ours to change: none once Slate's
  // own transform has run on the editor (a normalizer's operation), which may share them.
  const copies = new Map<object, boolean>();
  let owned = new Set<object>();
  const own = <T extends object>(value: T, copy: (value: T) => T): T => {
    if (owned.has(value)) return value;
    const fresh = copy(value);
    copies.set(fresh, Object.isFrozen(value));
    owned.add(fresh);
    return fresh;
  };
  const copyBranch = (original: Branch): Branch => {
    if (!original.children) return { ...original };
    return { ...original, children: own(original.children, (list) => list.slice()) };
  };
  const textTransform = (target: unknown, operation: SlateTextOperation): boolean => {
    if (target !== editor) return false;
    if (operation.type !== 'insert_text' && operation.type !== 'remove_text') return false;
    // Slate's own check that the path leads to a text, before anything changes.
    let probe: Branch = { children: editor.children };
    for (const index of operation.path) {
      const child = probe.children?.[index];
      if (typeof child !== 'object' || child === null) return false;
      probe = child as Branch;
    }
    if (typeof probe.text !== 'string') return false;
    if (operation.text.length === 0) return true;
    const children = own(editor.children, (list) => list.slice());
    let siblings = children;
    operation.path.forEach((index, depth) => {
      const node = own(siblings[index] as Branch, copyBranch);
      siblings[index] = node;
      if (depth < operation.path.length - 1) {
        siblings = node.children!;
        return;
      }
      const text = node.text!;
      node.text =
        operation.type === 'insert_text'
          ? text.slice(0, operation.offset) + operation.text + text.slice(operation.offset)
          : text.slice(0, operation.offset) + text.slice(operation.offset + operation.text.length);
    });
    editor.children = children;
    const selection = editor.selection;
    if (selection) {
      // A text operation moves only the points in its own text (Point.transform).
      const moved = (point: SlatePoint) =>
        samePath(point.path, operation.path) ? points.transform(point, operation) : point;
      const anchor = moved(selection.anchor);
      const focus = moved(selection.focus);
      if (anchor && focus && (anchor !== selection.anchor || focus !== selection.focus)) {
        editor.selection = { ...selection, anchor, focus };
      }
    }
    return true;
  };
  transforms.transform = (target, operation) => {
    if (textTransform(target, operation as SlateTextOperation)) return;
    if (target === editor) owned = new Set();
    transform(target, operation);
  };
  elements.isElement = (value) => value !== editor && isElement(value);
  try {
    for (const operation of operations) editor.apply(operation);
  } finally {
    transforms.transform = transform;
    elements.isElement = isElement;
    for (const [value, frozen] of copies) if (frozen) Object.freeze(value);
  }
}
