/**
 * The legacy CMS's editor pages: one template, one row per editor. Adding an editor to the
 * demo means adding a row here (and its script under public/cms/editors/); every page's
 * editor menu follows.
 */
interface EditorPage {
  /** URL path under the demo server. */
  readonly path: string;
  /** Shown in the title, the menu and the hidden `editor` field the server receives. */
  readonly label: string;
  /** The editor's own assets, loaded before the page scripts. */
  readonly assets: readonly string[];
  /** The script that creates the editor (public/cms/editors/). */
  readonly script: string;
  /** The body field: a textarea the editor takes over, or the editor's own markup. */
  readonly field: string;
}

const textareaField = (rows: number) =>
  `<p><label for="content">正文</label></p>
    <textarea id="content" name="content" rows="${rows}" cols="80"></textarea>`;

// UEditor writes its editing document into a javascript: URL iframe; the extension must
// find editors created that way.
const UEDITOR_DOCUMENT =
  "javascript:void(function(){document.open();document.write('&lt;!doctype html&gt;&lt;html lang=&quot;zh-CN&quot;&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;style&gt;body{font:15px/1.6 sans-serif;margin:8px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}&lt;/style&gt;&lt;/head&gt;&lt;body contenteditable=&quot;true&quot;&gt;&lt;/body&gt;&lt;/html&gt;');document.close()}())";

export const EDITOR_PAGES: readonly EditorPage[] = [
  {
    path: '/cms/',
    label: 'TinyMCE 8',
    assets: ['<script src="/vendor/tinymce/tinymce.min.js"></script>'],
    script: '<script src="/cms/editors/tinymce.js" defer></script>',
    field: textareaField(18),
  },
  {
    path: '/cms/ckeditor4.html',
    label: 'CKEditor 4.22.1',
    assets: ['<script src="/vendor/ckeditor4/ckeditor.js"></script>'],
    script: '<script src="/cms/editors/ckeditor4.js" defer></script>',
    field: textareaField(18),
  },
  {
    path: '/cms/ckeditor5.html',
    label: 'CKEditor 5',
    assets: ['<link rel="stylesheet" href="/vendor/ckeditor5/ckeditor5.css">'],
    script: '<script src="/cms/editors/ckeditor5.js" type="module"></script>',
    field: textareaField(18),
  },
  {
    path: '/cms/kindeditor.html',
    label: 'KindEditor 4.1.10',
    assets: ['<script src="/vendor/kindeditor/kindeditor-all-min.js"></script>'],
    script: '<script src="/cms/editors/kindeditor.js" defer></script>',
    field: textareaField(18),
  },
  {
    path: '/cms/wangeditor.html',
    label: 'wangEditor 5',
    assets: [
      '<link rel="stylesheet" href="/vendor/wangeditor/css/style.css">',
      '<script src="/vendor/wangeditor/index.js"></script>',
    ],
    script: '<script src="/cms/editors/wangeditor.js" defer></script>',
    field: `<p id="content-label">正文</p>
    <div class="wang-editor">
      <div id="toolbar"></div>
      <div id="editor"></div>
    </div>
    <textarea id="content" name="content" hidden></textarea>`,
  },
  {
    path: '/cms/textarea.html',
    label: '纯文本框',
    assets: [],
    script: '<script src="/cms/editors/textarea.js" defer></script>',
    field: textareaField(14),
  },
  {
    path: '/cms/contenteditable.html',
    label: '可编辑区域（contenteditable）',
    assets: [],
    script: '<script src="/cms/editors/contenteditable.js" defer></script>',
    field: `<p id="content-label">正文</p>
    <div id="editor" class="plain-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="content-label"></div>
    <input type="hidden" id="content" name="content">`,
  },
  {
    path: '/cms/ueditor.html',
    label: 'UEditor 式 javascript: 框架编辑器',
    assets: [],
    script: '<script src="/cms/editors/ueditor.js" defer></script>',
    field: `<p id="content-label">正文</p>
    <iframe id="ueditor-frame" class="frame-editor" title="正文编辑器" src="${UEDITOR_DOCUMENT}"></iframe>
    <textarea id="content" name="content" hidden></textarea>`,
  },
  {
    path: '/cms/ueditor143.html',
    label: 'UEditor 1.4.3',
    assets: [
      // Set before ueditor.config.js reads it: themes, language and dialogs load from here.
      '<script>window.UEDITOR_HOME_URL = "/vendor/ueditor/";</script>',
      '<script src="/vendor/ueditor/ueditor.config.js"></script>',
      '<script src="/vendor/ueditor/ueditor.all.js"></script>',
    ],
    script: '<script src="/cms/editors/ueditor143.js" defer></script>',
    // UEditor's own markup: it replaces the holder and submits its content under its name.
    field: `<p id="content-label">正文</p>
    <script id="content" name="content" type="text/plain"></script>`,
  },
];

/** The menu also links the admin shell, a static page that frames an editor page. */
const SHELL_LINK = { path: '/cms/shell.html', label: '后台框架（编辑页在 iframe 中）' };

function menu(current: EditorPage): string {
  return [...EDITOR_PAGES, SHELL_LINK]
    .map(
      (page) =>
        `    <li><a href="${page.path}"${page === current ? ' aria-current="page"' : ''}>${page.label}</a></li>`,
    )
    .join('\n');
}

/** The page for `path`, or undefined when no editor page lives there. */
export function renderCmsPage(path: string): string | undefined {
  const page = EDITOR_PAGES.find((candidate) => candidate.path === path);
  if (!page) return undefined;
  const head = [
    '<link rel="stylesheet" href="/cms/cms.css">',
    ...page.assets,
    '<script src="/cms/sample.js"></script>',
    '<script src="/cms/publish.js"></script>',
    page.script,
  ].join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>信息发布（${page.label}） - 示例县政府网站内容管理系统</title>
${head}
</head>
<body>
<header class="cms-bar">
  <p class="cms-name">示例县政府网站内容管理系统 V3.2（演示）</p>
  <p>当前用户：信息员　|　<a href="/">查看门户网站</a></p>
</header>
<main>
  <h1>信息发布：行政执法决定公示</h1>
  <p class="hint">像真实的旧版内容管理系统一样：把处罚决定书粘贴到编辑器里，然后点“发布”。安装公示助手扩展并在此网站启用后，它会在发布前找出个人信息。示例中的人名、证件号、电话和住址都是虚构的。</p>
  <nav class="editors" aria-label="选择编辑器">
  <ul>
${menu(page)}
  </ul>
</nav>
  <form id="publish-form" method="post" action="/cms/publish">
    <p>
      <label for="title">标题</label>
      <input id="title" name="title" type="text" size="60" value="示例县市场监督管理局行政处罚决定书（示市监罚〔2026〕15号）">
    </p>
    <p>
      <label for="category">栏目</label>
      <select id="category" name="category">
        <option value="行政处罚">行政处罚</option>
        <option value="行政许可">行政许可</option>
        <option value="行政强制">行政强制</option>
        <option value="行政征收">行政征收</option>
        <option value="行政检查">行政检查</option>
      </select>
    </p>
    <input type="hidden" name="editor" value="${page.label}">
    ${page.field}
    <p class="actions">
      <button type="submit" id="publish">发布</button>
      <button type="button" id="publish-script">签发（脚本提交）</button>
      <button type="button" id="publish-ajax">保存并发布（异步）</button>
    </p>
    <p id="ajax-result" role="status"></p>
  </form>
</main>
</body>
</html>
`;
}
