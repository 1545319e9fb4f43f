/**
 * The panel's own styles, inside its shadow root: nothing leaks into the CMS page and the
 * CMS's styles do not reach in. Sizes in rem so the page's elderly mode (larger root font)
 * scales the panel too; high-contrast system colours where the browser forces colours.
 */
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483646;
  width: min(24rem, calc(100vw - 2rem)); max-height: min(70vh, 36rem);
  display: flex; flex-direction: column;
  background: #fff; color: #1a1a1a; border: 2px solid #1f3d66; border-radius: 6px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
}
.panel header { display: flex; align-items: center; justify-content: space-between;
  gap: 0.5rem; padding: 0.4rem 0.75rem; background: #1f3d66; color: #fff; }
.panel h2 { font-size: 1rem; margin: 0; }
.body { padding: 0.5rem 0.75rem; overflow: auto; }
.status { margin: 0 0 0.5rem; font-weight: bold; }
.toolbar { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-bottom: 0.5rem; }
ol { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid #c5ccd6; padding: 0.4rem 0; }
.kind { font-weight: bold; margin-right: 0.5rem; }
.preview { font-family: ui-monospace, Consolas, monospace; background: #f1f3f6; padding: 0 0.25rem; }
.where { display: block; color: #4a5360; font-size: 0.85em; }
.reason { display: block; color: #b3261e; font-size: 0.9em; }
.blocked { margin: 0 0 0.5rem; padding: 0.4rem 0.5rem; border-left: 4px solid #b3261e;
  background: #fdf0ef; color: #b3261e; font-weight: bold; }
.row-actions { display: flex; gap: 0.4rem; flex-wrap: wrap; margin-top: 0.25rem; }
button { font: inherit; padding: 0.2rem 0.7rem; min-height: 2rem; cursor: pointer;
  border: 1px solid #1f3d66; border-radius: 4px; background: #fff; color: #1f3d66; }
button.primary { background: #b3261e; border-color: #b3261e; color: #fff; font-weight: bold; }
header button { background: transparent; color: #fff; border-color: #fff; }
button:disabled { opacity: 0.6; cursor: not-allowed; }
button:focus-visible, input:focus-visible, textarea:focus-visible {
  outline: 3px solid #e0a800; outline-offset: 2px; }
label { display: block; font-weight: bold; margin: 0.25rem 0; }
input, textarea { font: inherit; width: 100%; padding: 0.25rem; border: 1px solid #6b7480; }
dialog { max-width: min(36rem, calc(100vw - 2rem)); border: 2px solid #b3261e; border-radius: 6px;
  padding: 1rem 1.25rem; color: #1a1a1a; background: #fff;
  font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
dialog::backdrop { background: rgb(0 0 0 / 0.45); }
dialog h2 { font-size: 1.1rem; margin: 0 0 0.5rem; color: #b3261e; }
dialog ol { margin: 0.5rem 0; max-height: 40vh; overflow: auto; }
.choices { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.75rem; }
.error { color: #b3261e; font-weight: bold; }
.hint { color: #4a5360; font-size: 0.9em; margin: 0.25rem 0; }
.review-form h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
.review-form ul { margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }
.review-form ul li { border: 0; padding: 0.1rem 0; }
.review-form fieldset { border: 1px solid #c5ccd6; margin: 0.5rem 0; padding: 0.25rem 0.75rem; }
.review-form label.check { display: flex; gap: 0.5rem; align-items: flex-start; font-weight: normal; }
.review-form label.check input { width: auto; margin: 0.35rem 0 0; }
.review-form select { font: inherit; padding: 0.25rem; }
.review-issues .severity-error { color: #b3261e; font-weight: bold; }
@media (forced-colors: active) {
  .panel, dialog, button { border-color: CanvasText; }
  button.primary { background: Highlight; color: HighlightText; }
}
`;
