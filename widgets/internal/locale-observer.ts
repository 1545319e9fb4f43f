import { type Locale, resolveLocale } from '../../core/i18n/index';

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes. Portals' 简/繁
 * toggles rewrite `<html lang>` (or a wrapper's) after load, and widgets must follow.
 * One observer serves every widget on the page.
 */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** The locale of the closest ancestor with a `lang`, crossing shadow roots. */
export function localeOf(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return resolveLocale(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return resolveLocale(null);
}
