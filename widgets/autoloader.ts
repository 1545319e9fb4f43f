/**
 * The ES-module entry portals load (`gongshi-widgets.js`): a few hundred bytes that watch the
 * page for Gongshi tags and fetch each component's chunk only when its tag appears, so a page
 * with a listing never downloads the charts. Elements already in the page upgrade when their
 * definition arrives; the fallback markup inside them shows until then.
 *
 * Bundlers that want everything at once import `widgets/index.ts` instead.
 */
const COMPONENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'enforcement-disclosure': () => import('./enforcement-disclosure/enforcement-disclosure'),
  'service-guide': () => import('./service-guide/service-guide'),
  'enforcement-agency': () => import('./enforcement-agency/enforcement-agency'),
  'enforcement-stats': () => import('./enforcement-stats/enforcement-stats'),
};

const requested = new Set<string>();

function discover(root: ParentNode): void {
  for (const [tag, load] of Object.entries(COMPONENTS)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    // A chunk that fails to load (network, blocked) leaves that widget's fallback markup in
    // place and never throws into the portal's page.
    load().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`Gongshi: <${tag}> could not be loaded`, error);
    });
  }
}

// Guarded: a template may include the script twice; one watcher is enough.
const flag = '__gongshiAutoloader';
const scope = globalThis as typeof globalThis & Record<string, unknown>;
if (!scope[flag] && typeof customElements !== 'undefined') {
  scope[flag] = true;
  discover(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element) {
          if (node.localName in COMPONENTS) discover(node.parentNode ?? document);
          else if (node.firstElementChild) discover(node);
        }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
