// The legacy CMS's own script: TinyMCE on the body field, plus the two other ways old CMSs
// publish (a script calling form.submit(), and an AJAX "save and publish").
/* global tinymce */
(() => {
  const form = document.getElementById('publish-form');

  tinymce.init({
    selector: '#content',
    license_key: 'gpl',
    base_url: '/vendor/tinymce',
    suffix: '.min',
    language: 'en',
    promotion: false,
    branding: false,
    menubar: false,
    height: 360,
    plugins: 'lists table link',
    toolbar: 'undo redo | bold italic underline | bullist numlist | table link',
  });

  function syncEditor() {
    if (window.tinymce) tinymce.triggerSave();
  }

  document.getElementById('publish-script').addEventListener('click', () => {
    syncEditor();
    form.submit();
  });

  document.getElementById('publish-ajax').addEventListener('click', async () => {
    syncEditor();
    const result = document.getElementById('ajax-result');
    const body = Object.fromEntries(new FormData(form));
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      result.textContent = response.ok ? '发布成功（异步）。' : `发布失败：${response.status}`;
    } catch (error) {
      result.textContent = `发布失败：${error.message}`;
    }
  });
})();
