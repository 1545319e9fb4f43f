import type { Problem } from '../diagnostics/problem';
import { escapeHtml } from './html';

/**
 * The portal's page template: the webmaster's own page (header, navigation, footer) with
 * placeholders where each static page goes. `{{content}}` (once) and `{{title}}` are
 * required; `{{head}}` (the pages' stylesheet link) and `{{root}}` (the relative path to the
 * site's root, e.g. `../../`, for the template's own links) are optional.
 *
 * @example parsePageTemplate('<title>{{title}}</title>…<main>{{content}}</main>')
 */
export interface PageTemplate {
  /** The template's text, for the build's fingerprint of every page. */
  readonly source: string;
  render(page: TemplatePage): string;
}

export interface TemplatePage {
  /** Plain text; escaped here. */
  readonly title: string;
  /** Markup (already escaped). */
  readonly content: string;
  /** Relative path from the page to the site root: '' at the root, '../' one folder down. */
  readonly root: string;
  /** Extra markup for the head (stylesheet links), already escaped. */
  readonly head: string;
}

const PLACEHOLDER = /\{\{\s*(title|content|head|root)\s*\}\}/g;

/**
 * A plain, accessible page: language, viewport, a skip link, one main landmark. Used when
 * the webmaster gives no template.
 */
export const DEFAULT_PAGE_TEMPLATE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
{{head}}
</head>
<body>
<a class="gs-skip" href="#gs-main">跳到主要内容</a>
<main id="gs-main">
{{content}}
</main>
</body>
</html>
`;

/**
 * Reads a template. Problems (bilingual) when a required placeholder is missing or
 * `{{content}}` appears more than once; the template is then unusable.
 */
export function parsePageTemplate(source: string): {
  template?: PageTemplate;
  problems: Problem[];
} {
  const counts = { title: 0, content: 0, head: 0, root: 0 };
  for (const match of source.matchAll(PLACEHOLDER)) counts[match[1] as keyof typeof counts]++;
  const problems: Problem[] = [];
  if (counts.content !== 1) {
    problems.push({
      path: '$',
      code: counts.content === 0 ? 'template.content-missing' : 'template.content-repeated',
      message:
        counts.content === 0
          ? '模板中缺少 {{content}} 占位符：请在页面正文位置写上 {{content}}。'
          : `模板中 {{content}} 出现了 ${counts.content} 次，只能有一处。`,
      messageEn:
        counts.content === 0
          ? 'the template has no {{content}} placeholder: put {{content}} where the page body goes.'
          : `{{content}} appears ${counts.content} times in the template; it must appear once.`,
    });
  }
  if (counts.title === 0) {
    problems.push({
      path: '$',
      code: 'template.title-missing',
      message:
        '模板中缺少 {{title}} 占位符：请写在 <title> 中，例如 <title>{{title}} - 本站名称</title>。',
      messageEn:
        'the template has no {{title}} placeholder: put it in <title>, e.g. <title>{{title}} - Site</title>.',
    });
  }
  if (problems.length > 0) return { problems };
  const hasHead = counts.head > 0;
  // Split once at the placeholders: each page is then a few concatenations, not a regular
  // expression over the template and a copy of its content (8,000 pages a build).
  const literals: string[] = [];
  const names: (keyof TemplatePage)[] = [];
  let cursor = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    literals.push(source.slice(cursor, match.index));
    names.push(match[1] as keyof TemplatePage);
    cursor = match.index + match[0].length;
  }
  literals.push(source.slice(cursor));
  return {
    problems,
    template: {
      source,
      render(page) {
        // Joined, not concatenated: a page built with += is a rope of hundreds of pieces
        // (the html`` fragments inside it too) that V8 flattens only when the page is
        // written or posted to the file worker, which cost a build ~0.1 s. A join copies the
        // pieces once into one flat string.
        const parts: string[] = new Array(names.length * 2 + 1);
        parts[0] = literals[0]!;
        for (let index = 0; index < names.length; index++) {
          const name = names[index]!;
          parts[index * 2 + 1] =
            name === 'title' || name === 'root' ? escapeHtml(page[name]) : page[name];
          parts[index * 2 + 2] = literals[index + 1]!;
        }
        const filled = parts.join('');
        if (hasHead || page.head === '') return filled;
        // No {{head}}: the stylesheet goes before </head>, so the pages keep their layout.
        const at = filled.search(/<\/head\s*>/i);
        return at < 0 ? filled : `${filled.slice(0, at)}${page.head}\n${filled.slice(at)}`;
      },
    },
  };
}
