// A bare contenteditable div, copied into a hidden field when the form is sent.
const editor = document.getElementById('editor');
const field = document.getElementById('content');
editor.innerHTML = window.CMS_SAMPLE.html;
const sync = () => {
  field.value = editor.innerHTML;
};
document.getElementById('publish-form').addEventListener('submit', sync);
window.wireCmsPublishButtons(sync);
