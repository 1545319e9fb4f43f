/**
 * Elements that hold or may hold an editor. Text inputs alone do not count: a search box is
 * not an editor, and every CMS form with a title input also has its body editor.
 */
export const EDITOR_HINT_SELECTOR = 'textarea, [contenteditable], iframe';

/** Whether a document has, or may soon show, something the assistant should check. */
export function mayHoldEditor(doc: Document): boolean {
  return doc.designMode === 'on' || doc.querySelector(EDITOR_HINT_SELECTOR) !== null;
}

function hintIn(nodes: NodeList): boolean {
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.matches(EDITOR_HINT_SELECTOR) || element.querySelector(EDITOR_HINT_SELECTOR)) {
      return true;
    }
  }
  return false;
}

/**
 * Calls `found` once, as soon as the document holds an editor hint: now, or when the page
 * adds one later (a dialog, a single-page CMS route). Costs one querySelector on start and a
 * look at added nodes afterwards; returns the function that stops watching.
 */
export function whenEditorAppears(doc: Document, found: () => void): () => void {
  if (mayHoldEditor(doc)) {
    found();
    return () => {};
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const hinted = record.type === 'attributes' ? true : hintIn(record.addedNodes);
      if (hinted) {
        observer.disconnect();
        found();
        return;
      }
    }
  });
  observer.observe(doc, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  });
  return () => observer.disconnect();
}
