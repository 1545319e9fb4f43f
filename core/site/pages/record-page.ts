import type { DecisionRecord } from '../../records/decision-record';
import type { Money } from '../../records/money';
import { html, type Markup, safeHref } from '../html';
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
  return html`<dl class="gs-fields">
${field(f.documentTitle, publicText(record.documentTitle))}
${field(f.category, record.category)}
${field(f['party.name'], publicText(record.party.name))}
${field(f['party.kind'], record.party.kind)}
${field(f['party.legalRepresentative'], publicText(record.party.legalRepresentative))}
${field(f['party.identifiers.unifiedSocialCreditCode'], publicText(record.party.identifiers?.unifiedSocialCreditCode))}
${field(f.agency, publicText(record.agency.name))}
${field(f.dataSource, publicText(record.dataSource?.name))}
${field(f.decisionKind, publicText(record.decisionKind))}
${field(f.violationType, publicText(record.violationType))}
${field(f.facts, publicText(record.facts))}
${field(f.basis, publicText(record.basis))}
${field(f.content, publicText(record.content))}
${field(f.conclusion, publicText(record.conclusion))}
${field(f['amounts.fine'], money(record.amounts?.fine))}
${field(f['amounts.confiscation'], money(record.amounts?.confiscation))}
${field(f['amounts.levy'], money(record.amounts?.levy))}
${field(f['amounts.fee'], money(record.amounts?.fee))}
${field(f['licence.certificateName'], publicText(record.licence?.certificateName))}
${field(f['licence.number'], publicText(record.licence?.number))}
${field(f['licence.status'], publicText(record.licence?.status))}
${field(f.suspendedLicence, publicText(record.suspendedLicence))}
${field(f.decisionDate, date(record.decisionDate))}
${field(f.publicationDate, date(record.publicationDate))}
${field(f.validFrom, date(record.validFrom))}
${field(f.validTo, date(record.validTo))}
${field(f.publicityEndDate, date(record.publicityEndDate))}
${field(f.remarks, publicText(record.remarks))}
</dl>
${fullText ? html`<h2>${PAGE_TEXT.fullText}</h2><div class="gs-full-text">${fullText}</div>` : ''}
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
}
