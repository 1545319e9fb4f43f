import { html, type Markup } from '../html';
import { relativePath, rootOf, SitePath } from '../site-paths';
import type { PageTemplate } from '../template';
import { PAGE_TEXT } from './page-text';

/** A page's body before the portal's template goes round it. */
export interface PageBody {
  /** Plain text (already through the privacy filter), shown as the h1 and in <title>. */
  readonly title: string;
  /** The trail above the title, site root first (the root itself is added). */
  readonly crumbs: readonly { readonly title: string; readonly path: string }[];
  readonly content: Markup;
}

/**
 * A finished page: breadcrumb navigation, the h1 and the content in a `.gs-page` block,
 * in the portal's template, with the site stylesheet linked relative to the page (so the
 * site can be served from any folder).
 */
export function layoutPage(template: PageTemplate, path: string, body: PageBody): string {
  const link = (to: string) => relativePath(path, to);
  const crumbs = [{ title: PAGE_TEXT.home, path: SitePath.home }, ...body.crumbs];
  const trail =
    path === SitePath.home
      ? ''
      : html`<nav class="gs-breadcrumb" aria-label="${PAGE_TEXT.breadcrumb}"><ol>${crumbs.map(
          (crumb) => html`<li><a href="${link(crumb.path)}">${crumb.title}</a></li>`,
        )}<li aria-current="page">${body.title}</li></ol></nav>`;
  const content = html`<div class="gs-page">
${trail}
<h1>${body.title}</h1>
${body.content}
</div>`;
  return template.render({
    title: body.title,
    content: content.value,
    root: rootOf(path),
    head: `<link rel="stylesheet" href="${link(SitePath.stylesheet)}">`,
  });
}
