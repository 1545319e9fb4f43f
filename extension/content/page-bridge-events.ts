/**
 * Events between the content script (isolated world) and the page-world bridge
 * (entrypoints/page-bridge.ts). DOM events are the one channel both worlds share, and
 * dispatchEvent is synchronous, so the bridge gets its answer before it returns.
 */
export const BridgeEvent = {
  /** bridge → content, on the form, cancelable: a script called form.submit(). */
  scriptSubmit: 'gongshi:script-submit',
  /** content → bridge, on the document: copy every editor's content into its form field. */
  syncEditors: 'gongshi:sync-editors',
  /**
   * content → bridge, on the document, before and after each redaction: editors that keep
   * their own undo history (TinyMCE, CKEditor 4, KindEditor) record a level, so Ctrl+Z in
   * the editor undoes the redaction. Model editors record it from beforeinput themselves.
   */
  saveUndoLevel: 'gongshi:save-undo-level',
  /**
   * content → bridge, on an editable root, cancelable (全部脱敏): detail is a JSON list of
   * DomTextEdit (content/model-edits/protocol.ts). A model editor's bridge applies them all
   * to its model as one change (one undo step) and cancels the event; not cancelled, nothing
   * changed and the content script offers the edits as beforeinput instead.
   */
  replaceInModel: 'gongshi:replace-in-model',
} as const;
export type BridgeEvent = (typeof BridgeEvent)[keyof typeof BridgeEvent];
