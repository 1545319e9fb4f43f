import type { ReceivedPublication } from './server';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * The fake CMS's answer to a publish: every field it received, shown as escaped text so a
 * newcomer can see exactly what would have gone onto the portal.
 */
export function renderReceivedPage(publication: ReceivedPublication): string {
  const rows = Object.entries(publication.fields)
    .map(
      ([name, value]) =>
        `<tr><th scope="row">${escapeHtml(name)}</th><td><pre>${escapeHtml(value)}</pre></td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>已收到发布内容 - 示例县政府网站内容管理系统</title>
<link rel="stylesheet" href="/cms/cms.css">
</head>
<body>
<main>
<h1>服务器已收到以下发布内容</h1>
<p>时间：${escapeHtml(publication.at)}　编码：${escapeHtml(publication.contentType || '(无)')}</p>
<table class="received">
<caption>收到的表单字段</caption>
<tbody>
${rows}
</tbody>
</table>
<p><a href="/cms/">返回发布页面</a></p>
</main>
</body>
</html>
`;
}
