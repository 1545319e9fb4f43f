import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { replaceInCkeditor5 } from '../content/model-edits/ckeditor5';
import { parseDomTextEdits } from '../content/model-edits/protocol';
import { replaceInWangEditor } from '../content/model-edits/slate';
import { BridgeEvent } from '../content/page-bridge-events';

/**
 * Runs in the page's own world (registered with `world: 'MAIN'` at document_start), where
 * the CMS's scripts and editors live. It does two things the isolated content script cannot:
 *
 * 1. `form.submit()` fires no event, so the content script would never see a script publish.
 *    The prototype method is wrapped to ask first (a cancelable event the content script
 *    answers synchronously) and to submit only if nobody objected.
 * 2. Editors with their own model copy it into the form field through their API; before a
 *    replayed publish the content script asks for that copy (BridgeEvent.syncEditors).
 * 3. 全部脱敏 in a model editor (CKEditor 5, wangEditor) goes into its model as one change
 *    (BridgeEvent.replaceInModel): one undo step, one render, instead of one beforeinput
 *    (one render) per finding.
 *
 * Kept tiny and defensive: this code shares the page's globals, so it defines none.
 */
export default defineUnlistedScript(() => {
  // Once per document: the background also injects this into tabs that were already loading
  // when it registered (first load), and a second wrapper would ask the gate twice.
  const installed = Symbol.for('gongshi.page-bridge');
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[installed]) return;
  scope[installed] = true;
  const proto = HTMLFormElement.prototype;
  const nativeSubmit = proto.submit;
  Object.defineProperty(proto, 'submit', {
    configurable: true,
    writable: true,
    value: function submit(this: HTMLFormElement) {
      const allowed = this.dispatchEvent(
        new CustomEvent(BridgeEvent.scriptSubmit, { bubbles: true, cancelable: true }),
      );
      if (allowed) nativeSubmit.call(this);
    },
  });

  type Page = typeof globalThis & {
    tinymce?: {
      triggerSave?: () => void;
      get?: () => Array<{
        undoManager?: { add?: () => void };
        setDirty?: (dirty: boolean) => void;
      }>;
    };
    CKEDITOR?: {
      instances?: Record<string, { updateElement?: () => void; fire?: (name: string) => void }>;
    };
    KindEditor?: { instances?: Array<{ sync?: () => void; addBookmark?: () => void }> };
    // Baidu UEditor 1.x: `undoManger` is its own spelling.
    UE?: {
      instants?: Record<string, { sync?: () => void; undoManger?: { save?: () => void } }>;
    };
  };
  document.addEventListener(BridgeEvent.saveUndoLevel, () => {
    const page = globalThis as Page;
    try {
      for (const editor of page.tinymce?.get?.() ?? []) {
        editor.undoManager?.add?.();
        editor.setDirty?.(true);
      }
      for (const editor of Object.values(page.CKEDITOR?.instances ?? {})) {
        editor.fire?.('saveSnapshot');
        editor.fire?.('change');
      }
      for (const editor of page.KindEditor?.instances ?? []) editor.addBookmark?.();
      for (const editor of Object.values(page.UE?.instants ?? {})) editor.undoManger?.save?.();
    } catch (error) {
      console.warn('Gongshi: an editor refused an undo level', error);
    }
  });
  document.addEventListener(BridgeEvent.replaceInModel, (event) => {
    const root = event.target;
    const edits = parseDomTextEdits((event as CustomEvent).detail);
    // No instanceof: the root may come from another frame's realm.
    if (!edits || !root || (root as Node).nodeType !== 1) return;
    let applied = false;
    try {
      applied =
        replaceInCkeditor5(root as Element, edits) || replaceInWangEditor(root as Element, edits);
    } catch (error) {
      // Part of it may be in the model: the content script compares the text and finishes
      // finding by finding; offering the same edits again as beforeinput would not be safe.
      applied = true;
      console.warn('Gongshi: an editor refused a batch of redactions', error);
    }
    if (applied) event.preventDefault();
  });
  document.addEventListener(BridgeEvent.syncEditors, () => {
    const page = globalThis as Page;
    const attempts: Array<() => void> = [
      () => page.tinymce?.triggerSave?.(),
      () => {
        for (const editor of Object.values(page.CKEDITOR?.instances ?? {}))
          editor.updateElement?.();
      },
      () => {
        for (const editor of page.KindEditor?.instances ?? []) editor.sync?.();
      },
      () => {
        // UEditor copies into its form field only on blur or submit by default.
        for (const editor of Object.values(page.UE?.instants ?? {})) editor.sync?.();
      },
      () => {
        // CKEditor 5 keeps a reference on its editable element.
        for (const element of document.querySelectorAll('.ck-editor__editable')) {
          const editor = (element as { ckeditorInstance?: { updateSourceElement?: () => void } })
            .ckeditorInstance;
          editor?.updateSourceElement?.();
        }
      },
    ];
    for (const attempt of attempts) {
      try {
        attempt();
      } catch (error) {
        console.warn('Gongshi: an editor refused to save its content', error);
      }
    }
  });
});
