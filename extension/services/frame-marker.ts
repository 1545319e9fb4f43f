/** The attribute that tells the page (and tests) the extension runs in this frame. */
export const ACTIVE_ATTRIBUTE = 'data-gongshi-extension';

/**
 * Marks the frame's root element. Content scripts live in an isolated world, so a DOM
 * attribute is the one signal the page, its editors and the e2e tests can all see.
 */
export function markFrameActive(doc: Document): void {
  doc.documentElement.setAttribute(ACTIVE_ATTRIBUTE, 'active');
}
