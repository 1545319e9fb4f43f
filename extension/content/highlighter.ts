/** The name pages see in `CSS.highlights`; the style below paints it. */
export const HIGHLIGHT_NAME = 'gongshi-personal-data';

// Colour is never the only signal (适老化, WCAG 1.4.1): a wavy underline marks it too.
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgb(255 214 0 / 0.55);
  color: inherit;
  text-decoration: underline wavy rgb(200 0 0);
  text-decoration-thickness: 2px;
}`;

type HighlightView = Window & {
  CSS: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: AbstractRange[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
};

type WrappedView = HighlightView & { wrappedJSObject?: HighlightView };

/**
 * The window whose `CSS.highlights` and `Highlight` paint `doc`. Firefox shows a content
 * script the windows of other frames through Xray wrappers, and `CSS.highlights` read through
 * one of them sometimes answers with the top page's registry: the ranges of an editor iframe
 * (TinyMCE's, in Firefox 153, about one page load in three under load) went there, and
 * nothing was painted. So a frame's registry is read from the frame's own window, with the
 * wrapper waived (`wrappedJSObject`, Firefox only). That window is the CMS's, as the ranges'
 * text is; our own window and every window in Chromium are read as they are.
 */
function highlightView(doc: Document): HighlightView | null {
  const view = doc.defaultView as WrappedView | null;
  const own = typeof window === 'undefined' ? undefined : window;
  if (view?.wrappedJSObject && view !== own) return view.wrappedJSObject;
  return view;
}

/**
 * Paints findings with the CSS Custom Highlight API: ranges registered in the editor's own
 * document, so the editor's DOM (and what the CMS saves) never changes. The style goes into
 * `adoptedStyleSheets`, which is not part of the DOM either. Without the API (old browsers)
 * nothing is painted and the panel still lists every finding.
 */
export class FindingHighlighter {
  readonly #rangesBySurface = new Map<string, { doc: Document; ranges: AbstractRange[] }>();
  readonly #styled = new WeakSet<Document>();

  static supported(doc: Document): boolean {
    const view = highlightView(doc);
    return Boolean(view?.CSS?.highlights && view.Highlight);
  }

  /** Sets the ranges painted for one surface and repaints its document. */
  show(surfaceId: string, doc: Document, ranges: AbstractRange[]): void {
    this.#rangesBySurface.set(surfaceId, { doc, ranges });
    this.#paint(doc);
  }

  clear(surfaceId: string): void {
    const entry = this.#rangesBySurface.get(surfaceId);
    if (!entry) return;
    this.#rangesBySurface.delete(surfaceId);
    this.#paint(entry.doc);
  }

  #paint(doc: Document): void {
    if (!FindingHighlighter.supported(doc)) return;
    this.#style(doc, doc.defaultView as HighlightView);
    const view = highlightView(doc)!;
    const ranges: AbstractRange[] = [];
    for (const entry of this.#rangesBySurface.values()) {
      if (entry.doc === doc) ranges.push(...entry.ranges);
    }
    const registry = view.CSS.highlights!;
    if (ranges.length === 0) registry.delete(HIGHLIGHT_NAME);
    else registry.set(HIGHLIGHT_NAME, new view.Highlight!(...ranges));
  }

  #style(doc: Document, view: HighlightView): void {
    if (this.#styled.has(doc)) return;
    this.#styled.add(doc);
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch (error) {
      console.warn('Gongshi: cannot style highlights in this document', error);
    }
  }
}
