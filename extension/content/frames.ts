/**
 * Whether a frame is looked after by the content script of the page that contains it: an
 * iframe whose parent we can reach (same origin) is scanned from there, through
 * `contentDocument`. Frames of a <frameset> (old CMS layouts) and cross-origin iframes run
 * their own assistant.
 */
export function handledByParentFrame(view: Window): boolean {
  try {
    const frame = view.frameElement;
    return frame !== null && frame.tagName === 'IFRAME';
  } catch {
    return false;
  }
}
