// biome-ignore-all lint/complexity/useOptionalChain: the loader is written in ES5 so that IE-era engines parse it.
/**
 * `gongshi-loader.js`: the one script tag for portals that must also serve old browsers.
 * Written in ES5 on purpose (built with target es5) so that even an engine that cannot run
 * the widgets parses it, decides, and leaves the fallback markup alone:
 *
 * 1. engines without the ES2019 built-ins the widgets need (IE, the IE mode of 360 and
 *    other dual-core browsers): load nothing, the markup inside each tag serves;
 * 2. engines without custom elements or shadow DOM: load @webcomponents/webcomponentsjs
 *    from the same site first (never a CDN: 安全检测 forbids third-party requests);
 * 3. then the ES module build where modules work, else the classic-script build.
 *
 * Options, as attributes of the loader's own <script> tag:
 * `data-polyfill` (URL of webcomponents-bundle.js, default /vendor/webcomponentsjs/…) and
 * `data-base` (folder of the widget builds, default: the loader's own folder).
 */
(function loadGongshiWidgets(): void {
  var scope = window as unknown as Record<string, unknown>;
  if (scope.__gongshiLoader) return;
  scope.__gongshiLoader = true;

  var current = document.currentScript as HTMLScriptElement | null;
  var base =
    (current && current.getAttribute('data-base')) ||
    (current && current.src ? current.src.replace(/[^/]*$/, '') : '/widgets/');
  var polyfill =
    (current && current.getAttribute('data-polyfill')) ||
    '/vendor/webcomponentsjs/webcomponents-bundle.js';

  function add(src: string, module: boolean, onload?: () => void): void {
    var script = document.createElement('script');
    if (module) script.type = 'module';
    script.src = src;
    if (onload) script.onload = onload;
    (document.head || document.documentElement).appendChild(script);
  }

  function loadWidgets(): void {
    var modules = 'noModule' in document.createElement('script');
    add(base + (modules ? 'gongshi-widgets.js' : 'gongshi-widgets.classic.js'), modules);
  }

  // ES2019 built-ins stand in for the syntax the builds use (no eval: CSP forbids it).
  var capable =
    typeof Promise === 'function' &&
    typeof fetch === 'function' &&
    typeof (Object as unknown as Record<string, unknown>).fromEntries === 'function' &&
    typeof (Array.prototype as unknown as Record<string, unknown>).flat === 'function';
  if (!capable) return;

  var native = Boolean(scope.customElements) && 'attachShadow' in Element.prototype;
  if (native) {
    loadWidgets();
    return;
  }
  window.addEventListener('WebComponentsReady', loadWidgets);
  add(polyfill, false);
})();
