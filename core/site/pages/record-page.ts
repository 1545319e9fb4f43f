import type { DecisionRecord } from '../../records/decision-record';
import type { Money } from '../../records/money';
import { escapeHtml, html, Markup, safeHref } from '../html';
import type { SitePublicText } from '../public-text';
import { chineseDate, PAGE_TEXT } from './page-text';

function field(name: string | undefined, value: string | Markup): Markup | '' {
  if (!value || (typeof value !== 'string' && value.value === '')) return '';
  return html`<dt>${name ?? ''}</dt><dd>${value}</dd>`;
}

function date(iso: string | undefined): Markup | '' {
  return iso ? html`<time datetime="${iso}">${chineseDate(iso)}</time>` : '';
}

/**
 * The field names of a decision's page, escaped once. The page's own fields are written as
 * plain strings (each value escaped here) rather than an html`` fragment per field: a site's
 * 7,000 pages of 28 fields each made 200,000 fragments (some 30 MB of garbage a build).
 */
const FIELD_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PAGE_TEXT.fields).map(([path, name]) => [path, escapeHtml(name)]),
);

/** `<dt>name</dt><dd>text</dd>` for a text (escaped here), or nothing when it is empty. */
function textField(path: string, text: string): string {
  return text ? `<dt>${FIELD_NAMES[path]}</dt><dd>${escapeHtml(text)}</dd>` : '';
}

/**
 * `<dt>name</dt><dd><time…>…</time></dd>` for a date, or nothing without one (chineseDate
 * remembers each date's words).
 */
function dateField(path: string, iso: string | undefined): string {
  return iso ? `<dt>${FIELD_NAMES[path]}</dt><dd>${(date(iso) as Markup).value}</dd>` : '';
}

/**
 * A link from a feed (attachment, platform copy): http(s) as it is, a relative one against
 * the site root (feeds' relative links are relative to the portal's column), anything else
 * (javascript:, data:) not a link at all.
 */
function feedLink(url: string | undefined, root: string): string | undefined {
  const safe = safeHref(url);
  if (!safe) return undefined;
  return /^https?:/i.test(safe) || safe.startsWith('/') ? safe : `${root}${safe}`;
}

/** The record's title as a visitor reads it in a list: its 文号, else its category. */
export function recordTitle(record: DecisionRecord, publicText: SitePublicText): string {
  return publicText(record.documentNumber) || `${publicText(record.party.name)} ${record.category}`;
}

/**
 * One decision's page: every public field (the disclosure widget's detail view, without
 * its buttons), the full text, attachments and the correction history (纠错 stays visible).
 * A withdrawn decision shows only its withdrawal notice and reason.
 */
export function recordPageContent(
  record: DecisionRecord,
  publicText: SitePublicText,
  { root, today }: { root: string; today: string },
): Markup {
  const f = PAGE_TEXT.fields;
  if (record.withdrawal && record.withdrawal.date <= today) {
    return html`<div class="gs-notice" role="note">
<p><strong>${PAGE_TEXT.withdrawnNotice(chineseDate(record.withdrawal.date))}</strong></p>
<p>${PAGE_TEXT.withdrawalReason}：${publicText(record.withdrawal.reason)}</p>
</div>
<dl class="gs-fields">${field(f.agency, publicText(record.agency.name))}${field(f.decisionDate, date(record.decisionDate))}</dl>`;
  }
  const money = (value: Money | undefined) =>
    value
      ? `${publicText(value.value)} ${value.unit === '万元' ? PAGE_TEXT.wanYuan : PAGE_TEXT.yuan}`
      : '';
  const fullText = publicText(record.fullText);
  const platform = feedLink(record.platformUrl, root);
  const corrections = (record.corrections ?? []).filter((correction) => correction.date <= today);
  const fieldName = (path: string) => f[path] ?? publicText(path);
  const { party, amounts, licence } = record;
  const fields = [
    textField('documentTitle', publicText(record.documentTitle)),
    textField('category', record.category),
    textField('party.name', publicText(party.name)),
    textField('party.kind', party.kind),
    textField('party.legalRepresentative', publicText(party.legalRepresentative)),
    textField(
      'party.identifiers.unifiedSocialCreditCode',
      publicText(party.identifiers?.unifiedSocialCreditCode),
    ),
    textField('agency', publicText(record.agency.name)),
    textField('dataSource', publicText(record.dataSource?.name)),
    textField('decisionKind', publicText(record.decisionKind)),
    textField('violationType', publicText(record.violationType)),
    textField('facts', publicText(record.facts)),
    textField('basis', publicText(record.basis)),
    textField('content', publicText(record.content)),
    textField('conclusion', publicText(record.conclusion)),
    textField('amounts.fine', money(amounts?.fine)),
    textField('amounts.confiscation', money(amounts?.confiscation)),
    textField('amounts.levy', money(amounts?.levy)),
    textField('amounts.fee', money(amounts?.fee)),
    textField('licence.certificateName', publicText(licence?.certificateName)),
    textField('licence.number', publicText(licence?.number)),
    textField('licence.status', publicText(licence?.status)),
    textField('suspendedLicence', publicText(record.suspendedLicence)),
    dateField('decisionDate', record.decisionDate),
    dateField('publicationDate', record.publicationDate),
    dateField('validFrom', record.validFrom),
    dateField('validTo', record.validTo),
    dateField('publicityEndDate', record.publicityEndDate),
    textField('remarks', publicText(record.remarks)),
  ];
  // The full text, attachments and corrections: a few records have them.
  const rest = html`${fullText ? html`<h2>${PAGE_TEXT.fullText}</h2><div class="gs-full-text">${fullText}</div>` : ''}
${
  record.attachments?.length
    ? html`<h2>${PAGE_TEXT.attachments}</h2><ul>${record.attachments.map((attachment) => {
        const url = feedLink(attachment.url, root);
        const title = publicText(attachment.title);
        return html`<li>${url ? html`<a href="${url}">${title}</a>` : title}</li>`;
      })}</ul>`
    : ''
}
${
  corrections.length
    ? html`<h2>${PAGE_TEXT.corrections}</h2><ol class="gs-corrections">${corrections.map(
        (correction) => html`<li><dl class="gs-fields">
${field(PAGE_TEXT.correctionDate, date(correction.date))}
${field(PAGE_TEXT.correctionFields, correction.fields.map(fieldName).join('、'))}
${field(PAGE_TEXT.correctionReason, publicText(correction.reason))}
${field(
  PAGE_TEXT.correctionPrevious,
  Object.entries(correction.previous ?? {})
    .map(([path, value]) => `${fieldName(path)}：${publicText(value)}`)
    .join('\n'),
)}
</dl></li>`,
      )}</ol>`
    : ''
}
${platform ? html`<p><a href="${platform}">${PAGE_TEXT.platform}</a></p>` : ''}`;
  return new Markup(`<dl class="gs-fields">\n${fields.join('\n')}\n</dl>\n${rest.value}`);
}
