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
function offerToModel(range: Range, replacement: string): boolean {
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
  };
}

/** The root of an editable region (contenteditable element or designMode body). */
export function editableSurface(root: HTMLElement): Surface {
  const doc = root.ownerDocument;
  // The last snapshot and the text nodes typed into since: a keystroke then costs a patch of
  // one node, not a walk of the whole document (see patchSnapshot).
  let cached: TextSnapshot | undefined;
  let typedInto: Set<Text> | undefined;
  let observer: MutationObserver | undefined;
  const absorb = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'characterData' && record.target.nodeType === 3) {
        typedInto?.add(record.target as Text);
      } else {
        typedInto = undefined;
      }
    }
  };
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
          typedInto.size === 0 ? cached : (patchSnapshot(cached, typedInto) ?? snapshotText(root));
      } else {
        cached = snapshotText(root);
      }
      typedInto = new Set();
      return cached;
    },
    select(start, end) {
      const range = snapshotText(root).rangeFor(start, end);
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
  };
}
