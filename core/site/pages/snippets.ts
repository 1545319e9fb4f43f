import type { DecisionRecord } from '../../records/decision-record';
import { html, type Markup } from '../html';
import type { SitePublicText } from '../public-text';
import {
  agencyDecisionsPath,
  agencyPagePath,
  annualReportPath,
  recordPagePath,
  SitePath,
} from '../site-paths';
import { chineseDate, PAGE_TEXT } from './page-text';
import { recordTitle } from './record-page';

/** How snippet links are written: against the site's public URL, or relative to its root. */
export interface SnippetLinks {
  /** The site's URL with a trailing slash (`https://…/zfgs-site/`, `/gongshi/`), or '' for relative. */
  readonly base: string;
}

const url = (links: SnippetLinks, path: string) => `${links.base}${path}`;

/**
 * The fallback markup for `<enforcement-disclosure>`: the latest decisions as a table linked
 * to their static pages, and a link to the full listing (docs/WIDGETS.md, recommended
 * fallback). What visitors see when the widget cannot run.
 */
export function disclosureSnippet(
  latest: readonly DecisionRecord[],
  publicText: SitePublicText,
  links: SnippetLinks,
  agency?: { readonly name: string; readonly key: string },
): Markup {
  const rows = latest.map(
    (record) =>
      html`<tr><td><a href="${url(links, recordPagePath(record))}">${recordTitle(record, publicText)}</a></td><td>${
        record.withdrawal ? PAGE_TEXT.withdrawn : publicText(record.party.name)
      }</td><td>${record.category}</td><td>${chineseDate(record.decisionDate)}</td></tr>`,
  );
  const all = agency ? agencyDecisionsPath(agency.key) : SitePath.decisions;
  return html`<enforcement-disclosure src="${url(links, SitePath.feed)}"${agency ? html` agency="${agency.name}"` : ''}>
  <table>
    <caption>最新执法决定</caption>
    <thead><tr>${PAGE_TEXT.listHeaders.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
    <tbody>${rows}</tbody>
  </table>
  <p>请<a href="${url(links, all)}">查看全部执法决定公示</a>。</p>
</enforcement-disclosure>`;
}

export function agencySnippet(
  links: SnippetLinks,
  agency?: { readonly name: string; readonly key: string },
): Markup {
  const page = agency ? agencyPagePath(agency.key) : SitePath.agencies;
  return html`<enforcement-agency src="${url(links, SitePath.feed)}"${agency ? html` agency="${agency.name}"` : ''}>
  <p>请<a href="${url(links, page)}">查看执法主体和执法人员清单</a>；核实执法人员身份请拨打监督电话 12345。</p>
</enforcement-agency>`;
}

export function guideSnippet(links: SnippetLinks): Markup {
  return html`<service-guide src="${url(links, SitePath.feed)}">
  <p><a href="${url(links, SitePath.guides)}">查看办事指南</a>，或拨打 12345 咨询。</p>
</service-guide>`;
}

export function statsSnippet(links: SnippetLinks, year: number | undefined): Markup {
  return html`<enforcement-stats src="${url(links, SitePath.feed)}"${year ? html` year="${String(year)}"` : ''}>
  ${year ? html`<p><a href="${url(links, annualReportPath(year))}">查看 ${String(year)} 年度行政执法统计年报</a>。</p>` : html`<p>${PAGE_TEXT.annualReports}</p>`}
</enforcement-stats>`;
}

/** A sitemap (sitemaps.org 0.9) of the given pages; `base` must end with a slash. */
export function sitemapXml(paths: readonly string[], base: string): string {
  const escapeXml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((path) => `<url><loc>${escapeXml(base + path)}</loc></url>`).join('\n')}
</urlset>
`;
}
