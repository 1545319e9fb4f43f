import { editableSurface, fieldSurface, type Surface } from './surfaces';

export interface DiscoveryListener {
  /** The set of surfaces changed (an editor appeared or went away). */
  surfacesChanged(surfaces: readonly Surface[]): void;
  /** A surface's text may have changed. */
  surfaceEdited(surface: Surface): void;
  surfaceRemoved?(surface: Surface): void;
  /** A same-origin document came into view (the page itself, or a frame's document). */
  documentAdded?(doc: Document): void;
}

// Single-line inputs worth checking; e-mail, tel, number and password fields are the CMS's
// own form metadata, not text that gets published.
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);
const RESCAN_DELAY_MS = 60;
// A backstop for changes no event reports: designMode switched on, a document.write()
// frame replaced after our first look, an editor revealed by a style change in a frame.
const BACKSTOP_RESCAN_MS = 1500;

function insideEditable(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent.isContentEditable) return true;
  }
  return false;
}

/** The same-origin document inside a frame, or undefined (cross-origin or not loaded). */
export function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds every editing surface in a document and in the same-origin frames inside it, at any
 * depth, and keeps finding them as the CMS creates editors later (dialogs, single-page CMSs,
 * editors that replace a textarea after load).
 *
 * Frames are reached from the top frame through `iframe.contentDocument`: that is the one
 * path that works for every editor iframe, including `javascript:`-URL and `document.write`
 * frames (UEditor, CKEditor 4) where content scripts are not reliably injected. Content
 * scripts that do start inside such a frame stand down (see entrypoints/content.ts), so each
 * surface is handled once.
 */
export class SurfaceDiscovery {
  readonly #top: Document;
  readonly #listener: DiscoveryListener;
  readonly #surfaces = new Map<Element, Surface>();
  readonly #documents = new Map<Document, MutationObserver>();
  readonly #framesWatched = new WeakSet<Element>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #backstop: ReturnType<typeof setInterval> | undefined;

  constructor(top: Document, listener: DiscoveryListener) {
    this.#top = top;
    this.#listener = listener;
  }

  get surfaces(): Surface[] {
    return [...this.#surfaces.values()];
  }

  /** The page's document and every same-origin frame document found in it. */
  get documents(): Document[] {
    return [...this.#documents.keys()];
  }

  start(): void {
    this.rescan();
    this.#backstop = setInterval(() => {
      if (this.#top.visibilityState !== 'hidden') this.rescan();
    }, BACKSTOP_RESCAN_MS);
  }

  stop(): void {
    clearTimeout(this.#timer);
    clearInterval(this.#backstop);
    for (const observer of this.#documents.values()) observer.disconnect();
    for (const surface of this.#surfaces.values()) surface.unwatch?.();
    this.#documents.clear();
    this.#surfaces.clear();
  }

  /** Asks for a rescan soon; several requests in a burst make one scan. */
  schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.rescan();
    }, RESCAN_DELAY_MS);
  }

  /** Looks for surfaces now. */
  rescan(): void {
    const found = new Set<Element>();
    const documents = new Set<Document>();
    this.#collect(this.#top, found, documents);
    let changed = false;
    for (const [element, surface] of this.#surfaces) {
      if (!found.has(element)) {
        this.#surfaces.delete(element);
        surface.unwatch?.();
        this.#listener.surfaceRemoved?.(surface);
        changed = true;
      }
    }
    for (const element of found) {
      if (this.#surfaces.has(element)) continue;
      this.#add(element as HTMLElement);
      changed = true;
    }
    for (const [doc, observer] of this.#documents) {
      if (!documents.has(doc)) {
        observer.disconnect();
        this.#documents.delete(doc);
      }
    }
    if (changed) this.#listener.surfacesChanged(this.surfaces);
  }

  #collect(doc: Document, found: Set<Element>, documents: Set<Document>): void {
    documents.add(doc);
    this.#watchDocument(doc);
    for (const field of doc.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
      'textarea, input',
    )) {
      if (field.tagName === 'INPUT') {
        const type = (field.getAttribute('type') ?? '').toLowerCase();
        if (!TEXT_INPUT_TYPES.has(type)) continue;
      }
      found.add(field);
    }
    // Only the outermost editable: CKEditor 5 tables nest editable cells inside a
    // contenteditable=false widget inside the root. In document order, those come right
    // after their root: skipped without asking each of them (a long register has thousands,
    // and isContentEditable reads styles that an edit has just made stale).
    let outermost: HTMLElement | undefined;
    for (const element of doc.querySelectorAll<HTMLElement>('[contenteditable]')) {
      if (outermost?.contains(element)) continue;
      if (!element.isContentEditable || doc.designMode === 'on') continue;
      if (insideEditable(element)) continue;
      found.add(element);
      outermost = element;
    }
    // designMode makes the whole document editable (KindEditor): its body is the surface.
    if (doc.designMode === 'on' && doc.body) found.add(doc.body);
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe')) {
      if (!this.#framesWatched.has(frame)) {
        this.#framesWatched.add(frame);
        // A frame's document is replaced when it (re)loads: look again then.
        frame.addEventListener('load', () => this.schedule());
      }
      const inner = frameDocument(frame);
      if (inner?.documentElement) this.#collect(inner, found, documents);
    }
  }

  #watchDocument(doc: Document): void {
    if (this.#documents.has(doc) || !doc.documentElement) return;
    const view = doc.defaultView;
    if (!view) return;
    const observer = new view.MutationObserver((records) => {
      for (const record of records) {
        // Typing inside a known surface is not a reason to look for new ones, nor is a model
        // editor re-rendering its content (CKEditor 5 sets classes on its widgets): nothing
        // inside a surface becomes a surface of its own. Its root's own attributes count.
        if (record.type === 'childList' && this.#insideSurface(record.target)) continue;
        const parent = record.target.parentNode;
        if (record.type === 'attributes' && parent && this.#insideSurface(parent)) continue;
        this.schedule();
        return;
      }
    });
    // The document itself, not its root element: document.open()/write() (KindEditor,
    // UEditor) replaces the root element, and an observer on the old one would go deaf.
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'type', 'style', 'class', 'hidden'],
    });
    this.#documents.set(doc, observer);
    this.#listener.documentAdded?.(doc);
    // designMode is not an attribute: a focus into the frame is the cue to look again.
    doc.addEventListener('focusin', () => this.schedule(), { capture: true, passive: true });
  }

  #insideSurface(node: Node): boolean {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (this.#surfaces.has(current as Element)) return true;
    }
    return false;
  }

  #add(element: HTMLElement): void {
    const isField = element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
    const surface = isField
      ? fieldSurface(element as HTMLTextAreaElement | HTMLInputElement)
      : editableSurface(element);
    this.#surfaces.set(element, surface);
    if (isField) {
      element.addEventListener('input', () => this.#listener.surfaceEdited(surface), {
        passive: true,
      });
      // Scripts set values without input events; a focus change is a cheap time to look.
      element.addEventListener('blur', () => this.#listener.surfaceEdited(surface), {
        passive: true,
      });
      return;
    }
    // Model editors re-render instead of firing input events: the surface watches its DOM.
    surface.watch?.(() => this.#listener.surfaceEdited(surface));
  }
}
