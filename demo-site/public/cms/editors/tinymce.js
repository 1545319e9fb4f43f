// TinyMCE on the body field, as many county CMSs embed it (srcdoc editing iframe).
/* global tinymce */
document.getElementById('content').value = window.CMS_SAMPLE.html;
tinymce.init({
  selector: '#content',
  license_key: 'gpl',
  base_url: '/vendor/tinymce',
  suffix: '.min',
  language: 'en',
  promotion: false,
  branding: false,
  menubar: false,
  height: 420,
  plugins: 'lists table link',
  toolbar: 'undo redo | bold italic underline | bullist numlist | table link',
});
window.wireCmsPublishButtons(() => tinymce.triggerSave());
