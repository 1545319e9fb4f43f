import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/index';
import type { DecisionRecord, Money } from '../../core/records/index';
import { type CommonMessages, label } from '../internal/common.messages';
import { rejectAttribute } from '../internal/config-check';
import { formatDate } from '../internal/format-date';
import { safeHttpUrl, safeReportTarget } from '../internal/safe-url';
import type { PublicText } from '../internal/sanitize';
import { DETAIL_MESSAGES, type DetailMessages } from './disclosure-detail.messages';
import {
  type CorrectionReport,
  type ReportStatus,
  renderReportForm,
  sendReport,
} from './report-form';

export { DETAIL_MESSAGES };

/**
 * The widget's `report-url` when it is an http(s) URL or a `mailto:` address; anything else
 * is reported to the webmaster once and the 纠错 button is left out. Checked here, in the
 * detail chunk, because only the detail view offers the form.
 */
export function reportTarget(host: Element, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (safeReportTarget(value)) return value;
  rejectAttribute(
    host,
    'report-url',
    value,
    ' http(s) 网址或 mailto: 地址 / an http(s) URL or a mailto: address',
  );
  return undefined;
}

/** Sends a 纠错 report about `record` to `target`, with the record's public identification. */
export function sendCorrection(
  target: string,
  report: CorrectionReport,
  record: DecisionRecord,
  messages: DetailMessages,
  publicText: PublicText,
): Promise<'sent' | 'mailto' | 'failed'> {
  return sendReport(target, report, {
    subject: messages.reportSubject(publicText(record.documentNumber) || record.id),
    agency: publicText(record.agency.name),
  });
}

/** What the detail view needs from the widget: strings, state and the actions it offers. */
export interface DetailContext {
  readonly locale: Locale;
  readonly today: string;
  /** More shards are still loading, so a missing record may yet arrive. */
  readonly pending: boolean;
  readonly messages: DetailMessages;
  readonly common: CommonMessages;
  readonly publicText: PublicText;
  readonly reportUrl: string | undefined;
  readonly report: {
    readonly open: boolean;
    readonly status: ReportStatus;
    readonly errors: readonly string[];
  };
  back(): void;
  openReport(): void;
  closeReport(): void;
  submitReport(report: CorrectionReport, record: DecisionRecord): void;
}

function field(
  name: string | undefined,
  value: string,
  long = false,
): TemplateResult | typeof nothing {
  if (!value) return nothing;
  return html`<dt>${name}</dt><dd class=${long ? 'pre' : ''}>${value}</dd>`;
}

/**
 * One decision: every public field, the full text (licences and levies are published in
 * full), attachments, the correction history (纠错 stays visible), the provincial platform
 * link and the 纠错 form. A withdrawn decision shows only the withdrawal notice and reason.
 */
export function renderDetail(
  record: DecisionRecord | undefined,
  context: DetailContext,
): TemplateResult {
  const { messages, common, publicText, locale } = context;
  const back = html`<p><button type="button" class="secondary" part="back" @click=${context.back}>
    <span aria-hidden="true">←</span> ${messages.back}</button></p>`;
  if (!record) {
    return html`<article part="detail">
      ${back}
      <h3 id="detail-title" tabindex="-1">${context.pending ? common.loading : messages.notFound}</h3>
    </article>`;
  }
  const category = label(common.categories, record.category);
  const heading = html`<h3 id="detail-title" tabindex="-1">
    ${publicText(record.documentTitle) || category}<br>
    <span class="document-number">${publicText(record.documentNumber) || category}</span>
  </h3>`;
  const f = messages.fields;
  if (record.withdrawal) {
    return html`<article part="detail" aria-labelledby="detail-title">
      ${back} ${heading}
      <div class="notice withdrawn-notice" role="note">
        <p><strong>${messages.withdrawnNotice(formatDate(record.withdrawal.date, locale))}</strong></p>
        <p>${messages.withdrawalReason}：${publicText(record.withdrawal.reason)}</p>
      </div>
      <dl class="fields">
        ${field(f.agency, publicText(record.agency.name))}
        ${field(f.decisionDate, formatDate(record.decisionDate, locale))}
      </dl>
    </article>`;
  }
  const money = (value: Money | undefined) =>
    value
      ? `${publicText(value.value)} ${value.unit === '万元' ? common.wanYuan : common.yuan}`
      : '';
  const platform = safeHttpUrl(record.platformUrl);
  const fullText = publicText(record.fullText);
  return html`<article part="detail" aria-labelledby="detail-title">
    ${back} ${heading}
    <dl class="fields">
      ${field(f.category, category)}
      ${field(f['party.name'], publicText(record.party.name))}
      ${field(f['party.kind'], label(common.partyKinds, record.party.kind))}
      ${field(f['party.legalRepresentative'], publicText(record.party.legalRepresentative))}
      ${field(
        f['party.identifiers.unifiedSocialCreditCode'],
        publicText(record.party.identifiers?.unifiedSocialCreditCode),
      )}
      ${field(f.agency, publicText(record.agency.name))}
      ${field(f.dataSource, publicText(record.dataSource?.name))}
      ${field(f.decisionKind, publicText(record.decisionKind))}
      ${field(f.violationType, publicText(record.violationType))}
      ${field(f.facts, publicText(record.facts), true)}
      ${field(f.basis, publicText(record.basis), true)}
      ${field(f.content, publicText(record.content), true)}
      ${field(f.conclusion, publicText(record.conclusion), true)}
      ${field(f['amounts.fine'], money(record.amounts?.fine))}
      ${field(f['amounts.confiscation'], money(record.amounts?.confiscation))}
      ${field(f['amounts.levy'], money(record.amounts?.levy))}
      ${field(f['amounts.fee'], money(record.amounts?.fee))}
      ${field(f['licence.certificateName'], publicText(record.licence?.certificateName))}
      ${field(f['licence.number'], publicText(record.licence?.number))}
      ${field(f['licence.status'], publicText(record.licence?.status))}
      ${field(f.suspendedLicence, publicText(record.suspendedLicence))}
      ${field(f.decisionDate, formatDate(record.decisionDate, locale))}
      ${field(f.publicationDate, formatDate(record.publicationDate, locale))}
      ${field(f.validFrom, formatDate(record.validFrom, locale))}
      ${field(f.validTo, formatDate(record.validTo, locale))}
      ${field(f.publicityEndDate, formatDate(record.publicityEndDate, locale))}
      ${field(f.remarks, publicText(record.remarks), true)}
    </dl>
    ${fullText ? html`<h4>${messages.fullText}</h4><div class="full-text pre" part="full-text">${fullText}</div>` : nothing}
    ${renderAttachments(record, messages, publicText)}
    ${renderCorrections(record, context)}
    ${platform ? html`<p><a href=${platform} rel="noopener noreferrer">${messages.platform}</a></p>` : nothing}
    ${renderReport(record, context)}
  </article>`;
}

function renderAttachments(
  record: DecisionRecord,
  messages: DetailMessages,
  publicText: PublicText,
): TemplateResult | typeof nothing {
  if (!record.attachments?.length) return nothing;
  return html`<h4>${messages.attachments}</h4>
    <ul>
      ${record.attachments.map((attachment) => {
        const url = safeHttpUrl(attachment.url);
        const title = publicText(attachment.title);
        // A non-web link is shown as plain text: never a javascript: or data: href.
        return html`<li>${url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : title}</li>`;
      })}
    </ul>`;
}

function renderCorrections(
  record: DecisionRecord,
  context: DetailContext,
): TemplateResult | typeof nothing {
  const { messages, publicText, locale } = context;
  const corrections = (record.corrections ?? []).filter(
    (correction) => correction.date <= context.today,
  );
  if (!corrections.length) return nothing;
  const fieldName = (path: string) => messages.fields[path] ?? publicText(path);
  return html`<h4>${messages.corrections}</h4>
    <ol class="corrections">
      ${corrections.map(
        (correction) => html`<li>
          <p><time datetime=${correction.date}>${formatDate(correction.date, locale)}</time></p>
          <dl class="fields">
            ${field(messages.correctionFields, correction.fields.map(fieldName).join('、'))}
            ${field(messages.correctionReason, publicText(correction.reason))}
            ${field(
              messages.correctionPrevious,
              Object.entries(correction.previous ?? {})
                .map(([path, value]) => `${fieldName(path)}：${publicText(value)}`)
                .join('\n'),
              true,
            )}
          </dl>
        </li>`,
      )}
    </ol>`;
}

function renderReport(
  record: DecisionRecord,
  context: DetailContext,
): TemplateResult | typeof nothing {
  if (!context.reportUrl) return nothing;
  if (!context.report.open) {
    return html`<p><button type="button" class="secondary" id="report-open" @click=${context.openReport}>
      ${context.messages.report}</button></p>`;
  }
  return renderReportForm({
    messages: context.messages,
    recordId: context.publicText(record.id),
    documentNumber: context.publicText(record.documentNumber),
    target: context.reportUrl,
    status: context.report.status,
    errors: context.report.errors,
    onCancel: context.closeReport,
    onSubmit: (report) => context.submitReport(report, record),
  });
}
