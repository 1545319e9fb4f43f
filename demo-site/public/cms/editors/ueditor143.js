// Baidu UEditor 1.4.3 (the full build most county CMSs embed), served from /vendor/ueditor/.
// It writes its editing document into a javascript: URL iframe and copies its content into a
// form field named after its holder (`content`) when the form is submitted.
/* global UE */
const editor = UE.getEditor('content', {
  lang: 'zh-cn',
  initialFrameHeight: 360,
  autoHeightEnabled: false,
  // No server-side controller here: no config request, no uploads, no remote images.
  serverUrl: '',
  catchRemoteImageEnable: false,
  enableAutoSave: false,
  // UEditor's own sync on submit (its default syncs on every blur of the editing window).
  autoSyncData: false,
  // The text tools a clerk uses; upload, map, video and music buttons need the controller.
  toolbars: [
    [
      'source | undo redo | bold italic underline strikethrough removeformat formatmatch |',
      'forecolor backcolor insertorderedlist insertunorderedlist | paragraph fontfamily fontsize |',
      'justifyleft justifycenter justifyright justifyjustify |',
      'link unlink horizontal inserttable deletetable | searchreplace pasteplain selectall cleardoc',
    ]
      .join(' ')
      .split(' '),
  ],
});
editor.ready(() => {
  editor.setContent(window.CMS_SAMPLE.html);
  editor.iframe.title = '正文编辑器';
  document.getElementById('content').dataset.ready = 'true';
});
// The script and AJAX publish paths call UEditor's own sync first, as CMSs built on it do.
window.wireCmsPublishButtons(() => editor.sync());
