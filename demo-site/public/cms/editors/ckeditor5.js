// CKEditor 5 (GPL): a model-based editor; its DOM is a view of its model.
import {
  Bold,
  ClassicEditor,
  Essentials,
  Italic,
  Paragraph,
  Table,
  TableToolbar,
  Undo,
} from '/vendor/ckeditor5/ckeditor5.js';

const field = document.getElementById('content');
field.value = window.CMS_SAMPLE.html;
const editor = await ClassicEditor.create(field, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Table, TableToolbar, Undo],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic', '|', 'insertTable'],
  language: 'zh-cn',
});
window.cmsEditor = editor;
window.wireCmsPublishButtons(() => editor.updateSourceElement());
