/**
 * The static pages' own stylesheet (served as assets/gongshi-site.css, never inline, so the
 * pages work under `style-src 'self'`). Sizes in em: an elderly mode that scales the root
 * scales the pages; line height 1.6 (适老化 asks ≥ 1.3). Classes are prefixed `gs-` so they do
 * not meet the portal template's own.
 */
export const SITE_CSS = `.gs-page{font-size:1em;line-height:1.6;color:#1a1a1a;max-width:60em}
.gs-skip{position:absolute;left:-999em}
.gs-skip:focus{position:static}
.gs-page a{color:#0b4f9c}
.gs-page a:visited{color:#5a2d82}
.gs-page a:focus,.gs-page button:focus{outline:3px solid #ffbf47;outline-offset:2px}
.gs-breadcrumb{margin:0 0 1em;font-size:.95em}
.gs-breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25em .5em}
.gs-breadcrumb li+li::before{content:"›";margin-right:.5em;color:#595959}
.gs-fields{display:grid;grid-template-columns:minmax(8em,max-content) 1fr;gap:.4em 1em;margin:0 0 1em}
.gs-fields dt{font-weight:bold}
.gs-fields dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.gs-page table{border-collapse:collapse;width:100%;margin:0 0 1.25em}
.gs-page caption{text-align:left;font-weight:bold;padding:.25em 0}
.gs-page th,.gs-page td{border:1px solid #6f6f6f;padding:.35em .5em;text-align:left;vertical-align:top}
.gs-page thead th{background:#f3f3f3}
.gs-badge{display:inline-block;border:1px solid currentColor;padding:0 .3em;font-size:.9em;margin-left:.25em}
.gs-notice{border-left:4px solid #6f6f6f;background:#f7f7f7;padding:.5em 1em;margin:0 0 1em}
.gs-full-text{white-space:pre-wrap;border:1px solid #6f6f6f;padding:1em;overflow-wrap:anywhere}
.gs-muted{color:#595959}
.gs-months{display:flex;flex-wrap:wrap;gap:.5em 1em;list-style:none;padding:0}
.gs-steps{padding-left:1.5em}
.gs-steps li{margin:0 0 .5em}
.gs-chart{max-width:100%;height:auto}
.gs-chart text{font-size:12px;fill:#1a1a1a}
.gs-chart rect{fill:#0b4f9c}
@media (prefers-contrast:more){.gs-muted{color:#1a1a1a}.gs-page th,.gs-page td{border-color:#000}}
@media (forced-colors:active){.gs-chart rect{fill:CanvasText}.gs-chart text{fill:CanvasText}}
@media print{.gs-skip,.gs-breadcrumb{display:none}.gs-page a{color:inherit;text-decoration:none}.gs-page tr,.gs-fields{break-inside:avoid}}
`;
