import type { DecisionRecord } from '../../records/decision-record';
import { html, type Markup } from '../html';
import type { SitePublicText } from '../public-text';
import { listingPagePath, recordPagePath, relativePath } from '../site-paths';
import { chineseDate, PAGE_TEXT } from './page-text';
import { recordTitle } from './record-page';

/**
 * A table of decisions, newest first, each linked to its own page. A withdrawn decision
 * shows its number and 已撤回 only (as the widget lists it).
 */
export function decisionTable(
  records: readonly DecisionRecord[],
  from: string,
  publicText: SitePublicText,
  caption: string,
): Markup {
  if (records.length === 0) return html`<p>${PAGE_TEXT.noDecisions}</p>`;
  return html`<table>
<caption>${caption}</caption>
<thead><tr>${PAGE_TEXT.listHeaders.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>
${records.map((record) => {
  const withdrawn = record.withdrawal !== undefined;
  const corrected = !withdrawn && (record.corrections?.length ?? 0) > 0;
  return html`<tr><th scope="row"><a href="${relativePath(from, recordPagePath(record))}">${recordTitle(record, publicText)}</a>${
    withdrawn ? html`<span class="gs-badge">${PAGE_TEXT.withdrawn}</span>` : ''
  }${corrected ? html`<span class="gs-badge">${PAGE_TEXT.corrected}</span>` : ''}</th><td>${
    withdrawn ? '' : publicText(record.party.name)
  }</td><td>${record.category}</td><td><time datetime="${record.decisionDate}">${chineseDate(record.decisionDate)}</time></td></tr>
`;
})}</tbody>
</table>`;
}

/** Newest decision first, then by id (a stable order between builds). */
export function newestFirst(a: DecisionRecord, b: DecisionRecord): number {
  if (a.decisionDate !== b.decisionDate) return a.decisionDate < b.decisionDate ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The months of one agency, newest first, each linked to its listing page with its count. */
export function monthLinks(
  agencyKey: string,
  months: readonly { readonly month: string; readonly count: number }[],
  from: string,
): Markup {
  return html`<ul class="gs-months">${months.map(
    ({ month, count }) =>
      html`<li><a href="${relativePath(from, listingPagePath(agencyKey, month))}">${month.slice(0, 4)}年${Number(month.slice(5, 7))}月</a> <span class="gs-muted">（${PAGE_TEXT.count(count)}）</span></li>`,
  )}</ul>`;
}
