// UEditor-style editor: an iframe whose src is a javascript: URL that document.write()s an
// editable body, synced into a hidden textarea on submit, as UEditor does.
const frame = document.getElementById('ueditor-frame');
const field = document.getElementById('content');
function body() {
  return frame.contentDocument?.body;
}
let filled = false;
function fill() {
  const target = body();
  // Only the written document: before the javascript: URL has run, the frame holds an
  // empty about:blank document that the write then replaces.
  if (!target || filled || !target.isContentEditable) return;
  filled = true;
  target.innerHTML = window.CMS_SAMPLE.html;
  frame.dataset.ready = 'true';
}
// The javascript: document may already be written, or arrive with the load event.
if (frame.contentDocument?.readyState === 'complete' && body()) fill();
frame.addEventListener('load', fill);
const sync = () => {
  field.value = body()?.innerHTML ?? '';
};
document.getElementById('publish-form').addEventListener('submit', sync);
window.wireCmsPublishButtons(sync);
