// The two publish paths old CMSs use besides a plain submit button: a script calling
// form.submit() (签发) and an AJAX "save and publish". `sync` copies the editor's content
// into the form field first, as each CMS does for its editor.
window.wireCmsPublishButtons = (sync) => {
  const form = document.getElementById('publish-form');
  const result = document.getElementById('ajax-result');

  document.getElementById('publish-script').addEventListener('click', () => {
    sync();
    form.submit();
  });

  document.getElementById('publish-ajax').addEventListener('click', async () => {
    sync();
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
};
