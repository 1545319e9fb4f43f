import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ReviewForm } from '../../components/ReviewForm';
import { todayInChina } from '../../services/checklist';
import type { PublishGate } from '../gate';
import type { PanelStrings } from './strings';

interface Props {
  readonly gate: PublishGate;
  readonly strings: PanelStrings;
}

/**
 * The modal shown when a publish is stopped. A native <dialog> opened with showModal():
 * focus moves into it and stays there, Esc means 返回修改, and the page behind is inert.
 */
export function GateDialog({ gate, strings: t }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const askingReason = useSignal(false);
  const reason = useSignal('');
  const request = gate.request.value;
  const minor = request?.minor;
  // Redaction and 仍要发布 cover personal data only: never a minor's decision (not published
  // at all) nor a major decision's review.
  const mayRedact = (request?.findings.length ?? 0) > 0 && !minor;
  const mayOverride = mayRedact && !request?.review;

  // Layout effect: the modal opens and closes in the same task as the state change, so the
  // gate can move focus to the editor right after (an open modal makes the page inert).
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (request && !element.open) {
      askingReason.value = false;
      reason.value = '';
      element.showModal();
    } else if (!request && element.open) {
      element.close();
    }
  }, [request, askingReason, reason]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="gongshi-gate-title"
      aria-describedby="gongshi-gate-intro"
      onCancel={(event) => {
        event.preventDefault();
        gate.choose({ type: 'back' });
      }}
    >
      {request ? (
        <>
          <h2 id="gongshi-gate-title">
            {minor
              ? t.gateMinorTitle
              : request.findings.length > 0
                ? t.gateTitle
                : t.gateReviewTitle}
          </h2>
          <p id="gongshi-gate-intro">
            {minor
              ? t.gateMinorIntro(minor)
              : request.findings.length > 0
                ? t.gateIntro(request.findings.length)
                : t.gateReviewIntro}
          </p>
          {request.findings.length > 0 ? (
            <ol>
              {request.findings.map((item) => (
                <li key={item.id}>
                  <span class="kind">{item.kindLabel}</span>
                  <span class="preview">{item.preview}</span>
                  <span class="where">{t.inField(item.surface.label)}</span>
                </li>
              ))}
            </ol>
          ) : null}
          {request.review ? (
            <ReviewForm
              // A new roster (managed settings changed) starts the form afresh.
              key={request.review.roster.join('|')}
              idPrefix="gongshi-gate-review"
              status={request.review.status}
              file={request.review.file}
              today={todayInChina()}
              roster={request.review.roster}
              onSave={(file) => gate.saveReview(file)}
            />
          ) : null}
          {request.error ? (
            <p class="error" role="alert">
              {request.error}
            </p>
          ) : null}
          {askingReason.value ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (reason.value.trim())
                  gate.choose({ type: 'anyway', reason: reason.value.trim() });
              }}
            >
              <label for="gongshi-gate-reason">{t.gateReason}</label>
              <textarea
                id="gongshi-gate-reason"
                rows={3}
                required
                aria-describedby="gongshi-gate-reason-hint"
                value={reason.value}
                onInput={(event) => {
                  reason.value = (event.target as HTMLTextAreaElement).value;
                }}
              />
              <p class="hint" id="gongshi-gate-reason-hint">
                {t.gateReasonHint}
              </p>
              <div class="choices">
                <button type="submit" disabled={reason.value.trim() === ''}>
                  {t.gateConfirmAnyway}
                </button>
                <button type="button" onClick={() => gate.choose({ type: 'back' })}>
                  {t.gateBack}
                </button>
              </div>
            </form>
          ) : (
            <div class="choices">
              {mayRedact ? (
                <button
                  type="button"
                  class="primary"
                  disabled={gate.working.value}
                  onClick={() => gate.choose({ type: 'redact' })}
                >
                  {t.gateRedactAndPublish}
                </button>
              ) : null}
              <button type="button" onClick={() => gate.choose({ type: 'back' })}>
                {t.gateBack}
              </button>
              {mayOverride ? (
                <button
                  type="button"
                  onClick={() => {
                    askingReason.value = true;
                    setTimeout(
                      () =>
                        dialog.current
                          ?.querySelector<HTMLTextAreaElement>('#gongshi-gate-reason')
                          ?.focus(),
                      0,
                    );
                  }}
                >
                  {t.gatePublishAnyway}
                </button>
              ) : null}
            </div>
          )}
        </>
      ) : null}
    </dialog>
  );
}
