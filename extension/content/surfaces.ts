import { type DomTextEdit, textNodesOf } from './model-edits/protocol';
import { BridgeEvent } from './page-bridge-events';
import { applyDomEdits, editedText, type TextEdit } from './text-edits';
import { patchSnapshot, snapshotText, type TextSnapshot } from './text-snapshot';

export const SurfaceKind = { field: 'field', editable: 'editable' } as const;
export type SurfaceKind = (typeof SurfaceKind)[keyof typeof SurfaceKind];

/**
 * One place where staff write text that may be published: a textarea or text input, or the
 * root of an editable region (a contenteditable element, or the body of an editor iframe).
 * Model editors (CKEditor 5, Slate/wangEditor, ProseMirror) render into a contenteditable
 * root too, so they are editable surfaces; what differs is only how an edit reaches their
 * model, and `execCommand('insertText')` reaches all of them (see replace()).
 */
export interface Surface {
  readonly id: string;
  readonly kind: SurfaceKind;
  /** What staff call it: the field's label, the editor's name or 正文. */
  readonly label: string;
  readonly element: HTMLElement;
  readonly document: Document;
  /**
   * Calls `changed` after each change of an editable surface's DOM (model editors re-render
   * instead of firing input events). Fields report through their input events instead.
   */
  watch?(changed: () => void): void;
  unwatch?(): void;
  /** False once the element left the document, is hidden or read-only. */
  isActive(): boolean;
  read(): TextSnapshot;
  /** Selects text[start, end) in the surface (focusing it). False if the range is gone. */
  select(start: number, end: number): boolean;
  /**
   * Replaces the selection through the path editors listen to: a trusted `insertText`
   * (beforeinput + input), which their models and undo stacks follow. Model editors read the
   * DOM selection on `selectionchange`, which is asynchronous: select, let a task pass, then
   * insert (PageChecker does). Returns false when the browser refused the command.
   */
  insert(replacement: string): boolean;
  /**
   * Applies many edits (sorted with lastFirst, offsets in read().text) at once, as one step
   * of the editor's undo (全部脱敏): a field gets one setRangeText of the span they cover; a
   * model editor gets them all in one change of its model through the page's world (else
   * every edit as a beforeinput in this one task, which its history merges); any other editable has its text nodes changed in one sweep, between the undo
   * levels its editor takes (PageChecker asks for them) or, with the browser's own undo,
   * with Ctrl+Z answered here. Returns false, having changed nothing, when it cannot.
   */
  replaceAll(edits: readonly TextEdit[]): boolean;
}

let nextId = 1;

function visible(element: HTMLElement): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

function textOfIds(doc: Document, ids: string | null): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

// Editors label their areas in their own UI language (TinyMCE "Rich Text Area"): the panel
// calls every rich-text area 正文 unless the page names it.
const EDITOR_LABEL = '正文';

function fieldLabel(element: HTMLInputElement | HTMLTextAreaElement): string {
  const doc = element.ownerDocument;
  return (
    element.labels?.[0]?.textContent?.trim() ||
    textOfIds(doc, element.getAttribute('aria-labelledby')) ||
    element.getAttribute('aria-label')?.trim() ||
    element.getAttribute('placeholder')?.trim() ||
    element.name ||
    EDITOR_LABEL
  );
}

function editableLabel(root: HTMLElement): string {
  return textOfIds(root.ownerDocument, root.getAttribute('aria-labelledby')) || EDITOR_LABEL;
}

function emptyAware(doc: Document, replacement: string): boolean {
  return replacement === ''
    ? doc.execCommand('delete', false)
    : doc.execCommand('insertText', false, replacement);
}

/**
 * Offers the edit to a model editor as a `beforeinput` event with its target range.
 *
 * `execCommand` fires `input` but no `beforeinput` in Chromium, and model editors (CKEditor 5,
 * Slate/wangEditor, ProseMirror) apply edits from `beforeinput`: a DOM change they did not
 * make is reverted on their next render (CKEditor 5) or silently diverges from the model
 * they save (wangEditor). An editor that handles the event cancels it and updates its model
 * and undo stack; then we are done. DOM editors ignore it and get `execCommand` next.
 */
function offerToModel(range: AbstractRange, replacement: string): boolean {
  const start = range.startContainer;
  const target = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (!target) return false;
  const event = new InputEvent('beforeinput', {
    inputType: replacement === '' ? 'deleteContentBackward' : 'insertText',
    data: replacement === '' ? null : replacement,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [
      new StaticRange({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      }),
    ],
  });
  return !target.dispatchEvent(event);
}

/**
 * Offers every edit at once to a model editor's bridge in the page (BridgeEvent
 * .replaceInModel), as DOM positions: CKEditor 5 and wangEditor apply them to their model in
 * one change. True when the bridge took them; false, with nothing changed, otherwise (no
 * model editor here, or an edit it cannot map).
 */
function offerAllToModel(root: HTMLElement, snapshot: TextSnapshot, edits: readonly TextEdit[]) {
  const indexes = new Map<Node, number>(textNodesOf(root).map((node, index) => [node, index]));
  const positions: DomTextEdit[] = [];
  for (const edit of edits) {
    const range = snapshot.staticRangeFor(edit.start, edit.end);
    const start = range && indexes.get(range.startContainer);
    const end = range && indexes.get(range.endContainer);
    if (!range || start === undefined || end === undefined) return false;
    positions.push([start, range.startOffset, end, range.endOffset, edit.replacement]);
  }
  const event = new CustomEvent(BridgeEvent.replaceInModel, {
    detail: JSON.stringify(positions),
    bubbles: true,
    cancelable: true,
  });
  return !root.dispatchEvent(event);
}

/** A textarea or single-line text input. */
export function fieldSurface(element: HTMLTextAreaElement | HTMLInputElement): Surface {
  const doc = element.ownerDocument;
  return {
    id: `s${nextId++}`,
    kind: SurfaceKind.field,
    label: fieldLabel(element),
    element,
    document: doc,
    isActive: () => visible(element) && !element.disabled && !element.readOnly,
    read: () => ({
      text: element.value,
      rangeFor: () => undefined,
      staticRangeFor: () => undefined,
    }),
    select(start, end) {
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
      return true;
    },
    insert(replacement) {
      // insertText keeps the field's own undo (Ctrl+Z) and fires the input events the CMS
      // may listen to; setRangeText is the fallback where execCommand is unavailable.
      if (emptyAware(doc, replacement)) return true;
      const start = element.selectionStart ?? 0;
      const end = element.selectionEnd ?? start;
      element.setRangeText(replacement, start, end, 'end');
      element.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    replaceAll(edits) {
      const last = edits[0];
      const first = edits.at(-1);
      if (!first || !last) return true;
      const before = element.value;
      const span = editedText(
        before.slice(first.start, last.end),
        edits.map((edit) => ({
          ...edit,
          start: edit.start - first.start,
          end: edit.end - first.start,
        })),
      );
      // One setRangeText of the span from the first edit to the last. Not insertText: the
      // browser lays a multi-line insertText out line by line (25 s for 100,000 characters),
      // and its undo stack would not know setRangeText, so Ctrl+Z is answered here.
      element.setRangeText(span, first.start, last.end, 'end');
      element.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
      );
      const after = element.value;
      let undone = false;
      answerHistory(element, (inputType) => {
        const undo = inputType === 'historyUndo' && !undone;
        const redo = inputType === 'historyRedo' && undone;
        if ((!undo && !redo) || element.value !== (undo ? after : before)) return false;
        element.value = undo ? before : after;
        undone = undo;
        return true;
      });
      return true;
    },
  };
}

/**
 * Whether a mutation only put one text node in place of another, alone in its element: how
 * a model editor re-renders a changed text (wangEditor sets its span's textContent).
 */
function isTextSwap(record: MutationRecord): boolean {
  return (
    record.type === 'childList' &&
    record.removedNodes.length === 1 &&
    record.addedNodes.length === 1 &&
    record.removedNodes[0]!.nodeType === 3 &&
    record.addedNodes[0]!.nodeType === 3 &&
    record.previousSibling === null &&
    record.nextSibling === null
  );
}

/** Which history command a key press or beforeinput asks for ('' for none). */
function historyCommand(event: Event): string {
  if (event.type !== 'keydown') return (event as InputEvent).inputType;
  const key = event as KeyboardEvent;
  if (!(key.ctrlKey || key.metaKey) || key.altKey) return '';
  if (key.code === 'KeyZ') return key.shiftKey ? 'historyRedo' : 'historyUndo';
  return key.code === 'KeyY' ? 'historyRedo' : '';
}

const HISTORY_ANSWERS = new WeakMap<HTMLElement, (event: Event) => void>();

/**
 * Lets `answer` take Ctrl+Z / Ctrl+Y (and the browser's historyUndo / historyRedo) in
 * `element` before the browser does: for an edit its own undo stack never saw. Both the key
 * and beforeinput, because with nothing on its stack (a field filled by script) the browser
 * fires no beforeinput for Ctrl+Z. `answer` returns true when it did the undo or redo.
 */
function answerHistory(element: HTMLElement, answer: (inputType: string) => boolean): void {
  const doc = element.ownerDocument;
  const previous = HISTORY_ANSWERS.get(element);
  // No instanceof: an editor frame's events and nodes come from the frame's own realm.
  const listener = (event: Event) => {
    const target = event.target as Node | null;
    if (!target || !element.contains(target)) return;
    const inputType = historyCommand(event);
    if (inputType === '' || !answer(inputType)) return;
    event.preventDefault();
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
  };
  for (const type of ['keydown', 'beforeinput']) {
    if (previous) doc.removeEventListener(type, previous, true);
    doc.addEventListener(type, listener, true);
  }
  HISTORY_ANSWERS.set(element, listener);
}

/**
 * Editors that keep their own undo history of DOM snapshots and answer Ctrl+Z themselves
 * (TinyMCE, CKEditor 4, KindEditor): an undo level taken before and after a batch of DOM
 * edits (BridgeEvent.saveUndoLevel) makes the batch one step of it.
 */
const EDITORS_WITH_OWN_UNDO = '.mce-content-body, .cke_editable, .ke-content';

/** Editables whose DOM is a view of a model: CKEditor 5, Slate (wangEditor). */
const MODEL_EDITORS = '.ck-editor__editable, [data-slate-editor]';

/** The root of an editable region (contenteditable element or designMode body). */
export function editableSurface(root: HTMLElement): Surface {
  const doc = root.ownerDocument;
  // The last snapshot and the text nodes typed into since: a keystroke then costs a patch of
  // one node, not a walk of the whole document (see patchSnapshot).
  let cached: TextSnapshot | undefined;
  let typedInto: Set<Text> | undefined;
  // Text nodes a model editor put in place of others since the last snapshot: new → known.
  let swapped = new Map<Text, Text>();
  let observer: MutationObserver | undefined;
  const absorb = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'characterData' && record.target.nodeType === 3) {
        typedInto?.add(record.target as Text);
      } else if (typedInto && isTextSwap(record)) {
        const removed = record.removedNodes[0] as Text;
        const added = record.addedNodes[0] as Text;
        swapped.set(added, swapped.get(removed) ?? removed);
        swapped.delete(removed);
        typedInto.delete(removed);
        typedInto.add(added);
      } else {
        typedInto = undefined;
      }
    }
  };
  const currentText = () => snapshotText(root).text;
  return {
    id: `s${nextId++}`,
    kind: SurfaceKind.editable,
    label: editableLabel(root),
    element: root,
    document: doc,
    isActive: () => root.isConnected && (root.isContentEditable || doc.designMode === 'on'),
    watch(changed) {
      const view = doc.defaultView;
      if (!view || observer) return;
      observer = new view.MutationObserver((records) => {
        absorb(records);
        changed();
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
    unwatch() {
      observer?.disconnect();
      observer = undefined;
      cached = undefined;
    },
    read() {
      if (!observer) return snapshotText(root);
      // Changes not yet delivered to the observer's callback (a read inside a click handler).
      absorb(observer.takeRecords());
      if (cached && typedInto) {
        cached =
          typedInto.size === 0
            ? cached
            : (patchSnapshot(cached, typedInto, swapped) ?? snapshotText(root));
      } else {
        cached = snapshotText(root);
      }
      typedInto = new Set();
      swapped = new Map();
      return cached;
    },
    select(start, end) {
      const range = this.read().rangeFor(start, end);
      const win = doc.defaultView;
      if (!range || !win) return false;
      // Focus first: editors ignore input into an unfocused root, and focusing may move the
      // selection, so the range is set after.
      if (win !== win.top) win.focus();
      // A nested editable (a CKEditor 5 table cell) must hold the focus itself.
      const first = range.startContainer;
      const startElement = first.nodeType === 1 ? (first as Element) : first.parentElement;
      const host = startElement?.closest<HTMLElement>(
        '[contenteditable="true"], [contenteditable=""]',
      );
      (host && root.contains(host) ? host : root).focus({ preventScroll: true });
      const selection = win.getSelection();
      if (!selection) return false;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
    insert(replacement) {
      const selection = doc.defaultView?.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      if (range && offerToModel(range, replacement)) return true;
      return emptyAware(doc, replacement);
    },
    replaceAll(edits) {
      // The offsets are in read().text: its snapshot maps them (no second walk of the DOM).
      const snapshot = this.read();
      const lastEdit = edits[0];
      if (!lastEdit) return true;
      const lastRange = snapshot.rangeFor(lastEdit.start, lastEdit.end);
      if (!lastRange) return false;
      // A model editor whose instance the page's world can reach (CKEditor 5, wangEditor
      // held in a global) takes them all into its model, as one change.
      if (root.matches(MODEL_EDITORS) && offerAllToModel(root, snapshot, edits)) return true;
      // An editor known to keep no model needs no offer: selecting first would only make it
      // react to the focus and the caret (TinyMCE lays out its toolbars: a tenth of a second).
      const ownUndo = root.matches(EDITORS_WITH_OWN_UNDO);
      if (!ownUndo) {
        if (!this.select(lastEdit.start, lastEdit.end)) return false;
        // Otherwise a model editor takes the edits from beforeinput; offered all in one
        // task, they are one change of its history (Slate merges operations applied before
        // it flushes), but each is one render of it: seconds for a thousand.
        if (offerToModel(lastRange, lastEdit.replacement)) {
          for (const edit of edits.slice(1)) {
            const range = snapshot.staticRangeFor(edit.start, edit.end);
            if (!range) continue;
            offerToModel(range, edit.replacement);
          }
          return true;
        }
      }
      const log = applyDomEdits(root, snapshot, edits);
      if (!log) return false;
      if (!ownUndo) {
        // The browser's undo stack never saw the batch: while the text is what the batch
        // left, undo is the batch, in one step, exactly (every node put back).
        const before = snapshot.text;
        // What the batch left, read by patching the snapshot (the checker then reads it free).
        const after = this.read().text;
        let undone = false;
        answerHistory(root, (inputType) => {
          const undo = inputType === 'historyUndo' && !undone;
          const redo = inputType === 'historyRedo' && undone;
          if ((!undo && !redo) || currentText() !== (undo ? after : before)) return false;
          if (undo) log.undo();
          else log.redo();
          undone = undo;
          return true;
        });
      }
      root.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
      );
      return true;
    },
  };
}
