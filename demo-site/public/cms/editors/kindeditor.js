// KindEditor 4.1.10: a designMode iframe editor still found in many county CMSs.
/* global KindEditor */
document.getElementById('content').value = window.CMS_SAMPLE.html;
const editor = KindEditor.create('#content', {
  basePath: '/vendor/kindeditor/',
  langType: 'zh-CN',
  width: '100%',
  height: '380px',
  items: ['undo', 'redo', '|', 'bold', 'italic', 'underline', '|', 'table', 'link'],
});
window.cmsEditor = editor;
window.wireCmsPublishButtons(() => editor.sync());
