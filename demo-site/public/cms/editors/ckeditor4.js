// CKEditor 4.22.1 (the last open-source 4.x): a document.write iframe editor.
/* global CKEDITOR */
document.getElementById('content').value = window.CMS_SAMPLE.html;
CKEDITOR.replace('content', {
  // The version check would fetch from cdn.ckeditor.com: government sites load nothing outside.
  versionCheck: false,
  language: 'zh-cn',
  height: 360,
  removePlugins: 'exportpdf,easyimage,cloudservices,scayt,wsc',
});
window.wireCmsPublishButtons(() => {
  for (const name of Object.keys(CKEDITOR.instances)) CKEDITOR.instances[name].updateElement();
});
