// Never part of the published text: scripts and styles, and editors' own widgets.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/**
 * Whether an element inside an editable area is left out of its text: scripts, styles, and
 * editors' own UI, never published (CKEditor 5 widget handles are aria-hidden, TinyMCE
 * marks resize bars and caret helpers data-mce-bogus="all"). Widget content itself
 * (CKEditor 5's contenteditable=false tables) is published text and is read.
 */
export function isUnpublished(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.attributes.length === 0) return false;
  return (
    element.getAttribute('aria-hidden') === 'true' ||
    element.getAttribute('data-mce-bogus') === 'all'
  );
}
