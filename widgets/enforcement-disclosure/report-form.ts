import { html, nothing, type TemplateResult } from 'lit';
import { safeReportTarget } from '../internal/safe-url';
import type { DetailMessages } from './disclosure-detail.messages';

/** What a visitor sends when asking for a correction (纠错). */
export interface CorrectionReport {
  readonly recordId: string;
  readonly documentNumber: string;
  readonly description: string;
  readonly contact: string;
  readonly evidence: readonly File[];
}

export type ReportStatus = 'idle' | 'sending' | 'sent' | 'mailto' | 'failed';

export interface ReportFormOptions {
  readonly messages: DetailMessages;
  readonly recordId: string;
  readonly documentNumber: string;
  readonly target: string;
  readonly status: ReportStatus;
  readonly errors: readonly string[];
  readonly onSubmit: (report: CorrectionReport) => void;
  readonly onCancel: () => void;
}

/**
 * The 纠错 form, inline under the record (no pop-up: 适老化 rules forbid them). Errors follow
 * the GOV.UK pattern: a summary that takes focus, and the message next to the field, both
 * announced by screen readers (role=alert on the summary, aria-describedby on the field).
 */
export function renderReportForm(options: ReportFormOptions): TemplateResult {
  const { messages, status, errors } = options;
  const target = safeReportTarget(options.target);
  const mail = target?.kind === 'mailto';
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    options.onSubmit({
      recordId: options.recordId,
      documentNumber: options.documentNumber,
      description: String(data.get('description') ?? ''),
      contact: String(data.get('contact') ?? ''),
      evidence: data
        .getAll('evidence')
        .filter((file): file is File => file instanceof File && file.size > 0),
    });
  };
  const result =
    status === 'sent'
      ? messages.reportSent
      : status === 'mailto'
        ? messages.reportMailOpened
        : status === 'failed'
          ? messages.reportFailed
          : status === 'sending'
            ? messages.reportSending
            : '';
  return html`<section part="report" class="report" aria-labelledby="report-title">
    <h4 id="report-title" tabindex="-1">${messages.reportHeading}</h4>
    <p>${messages.reportIntro}</p>
    ${
      errors.length
        ? html`<div id="report-errors" class="error-summary" part="error" role="alert" tabindex="-1">
            <p><strong>${messages.reportErrorTitle}</strong></p>
            <ul>${errors.map((error) => html`<li><a href="#report-description" @click=${focusField}>${error}</a></li>`)}</ul>
          </div>`
        : nothing
    }
    <form @submit=${submit} novalidate>
      <div class="field">
        <label for="report-record">${messages.reportRecord}</label>
        <input id="report-record" name="recordId" readonly .value=${options.documentNumber || options.recordId}>
      </div>
      <div class="field ${errors.length ? 'has-error' : ''}">
        <label for="report-description">${messages.reportDescription}</label>
        <span class="hint muted" id="report-description-hint">${messages.reportDescriptionHint}</span>
        ${errors.length ? html`<span class="field-error" id="report-description-error">${errors[0]}</span>` : nothing}
        <textarea id="report-description" name="description" rows="5" required
          aria-invalid=${errors.length ? 'true' : 'false'}
          aria-describedby=${errors.length ? 'report-description-hint report-description-error' : 'report-description-hint'}></textarea>
      </div>
      ${
        mail
          ? nothing
          : html`<div class="field">
              <label for="report-evidence">${messages.reportEvidence}</label>
              <span class="hint muted" id="report-evidence-hint">${messages.reportEvidenceHint}</span>
              <input id="report-evidence" name="evidence" type="file" multiple accept="image/*,application/pdf"
                aria-describedby="report-evidence-hint">
            </div>`
      }
      <div class="field">
        <label for="report-contact">${messages.reportContact}</label>
        <span class="hint muted" id="report-contact-hint">${messages.reportContactHint}</span>
        <input id="report-contact" name="contact" type="text" autocomplete="off" aria-describedby="report-contact-hint">
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${status === 'sending'}>${mail ? messages.reportSubmitMail : messages.reportSubmit}</button>
        <button type="button" class="secondary" @click=${options.onCancel}>${messages.reportCancel}</button>
      </div>
    </form>
    <p id="report-result" role="status" tabindex="-1" class=${status === 'failed' ? 'field-error' : ''}>${result}</p>
  </section>`;
}

function focusField(event: Event): void {
  event.preventDefault();
  const root = (event.target as Element).getRootNode() as ShadowRoot | Document;
  root.querySelector<HTMLElement>('#report-description')?.focus();
}

/**
 * Sends the report: an http(s) target gets a multipart POST (fetch, so the portal page stays
 * where it is); a `mailto:` target opens the visitor's mail program with the message filled in.
 */
export async function sendReport(
  targetValue: string,
  report: CorrectionReport,
  context: { subject: string; agency: string },
): Promise<'sent' | 'mailto' | 'failed'> {
  const target = safeReportTarget(targetValue);
  if (!target) return 'failed';
  if (target.kind === 'mailto') {
    const body = [
      `${report.documentNumber || report.recordId} (${report.recordId})`,
      context.agency,
      '',
      report.description,
      '',
      report.contact,
      location.href,
    ].join('\n');
    const separator = target.url.includes('?') ? '&' : '?';
    location.href = `${target.url}${separator}subject=${encodeURIComponent(context.subject)}&body=${encodeURIComponent(body)}`;
    return 'mailto';
  }
  const data = new FormData();
  data.set('recordId', report.recordId);
  data.set('documentNumber', report.documentNumber);
  data.set('agency', context.agency);
  data.set('description', report.description);
  data.set('contact', report.contact);
  data.set('page', location.href);
  for (const file of report.evidence) data.append('evidence', file, file.name);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
    });
    return response.ok ? 'sent' : 'failed';
  } catch {
    return 'failed';
  }
}
