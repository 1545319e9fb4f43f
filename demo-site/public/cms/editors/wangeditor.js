// wangEditor 5: a Slate-based model editor; the form field is filled from editor.getHtml().
const { createEditor, createToolbar } = window.wangEditor;
const field = document.getElementById('content');
const editor = createEditor({
  selector: '#editor',
  html: window.CMS_SAMPLE.html,
  mode: 'default',
  config: {
    placeholder: '请输入正文',
    onChange(current) {
      field.value = current.getHtml();
    },
  },
});
createToolbar({ editor, selector: '#toolbar', mode: 'simple' });
field.value = editor.getHtml();
window.cmsEditor = editor;
window.wireCmsPublishButtons(() => {
  field.value = editor.getHtml();
});
