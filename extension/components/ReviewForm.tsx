import { useSignal } from '@preact/signals';
import {
  type CaseFacts,
  type ChecklistItemId,
  type LegalReview,
  REVIEW_CHECKLIST,
  REVIEW_OPINIONS,
  type ReviewGateResult,
  type ReviewOpinion,
} from '../../core/review/index';
import type { ReviewFile } from '../services/legal-review';
import { REVIEW_STRINGS as t } from './review-strings';

interface Props {
  /** Prefix for element ids: the form appears in the page's dialog and in the side panel. */
  readonly idPrefix: string;
  readonly status: ReviewGateResult;
  readonly file: ReviewFile;
  readonly today: string;
  readonly onSave: (file: ReviewFile) => void | Promise<void>;
}

const FACTS: readonly [keyof CaseFacts, string][] = [
  ['hearingHeld', t.hearingHeld],
  ['markedMajor', t.markedMajor],
  ['simplifiedProcedure', t.simplifiedProcedure],
];

/**
 * The legal-review step (法制审核): why the decision is major, the case facts that make it so,
 * and the reviewer's opinion with the eight-point checklist. Plain labelled controls in a
 * form, so it works by keyboard and screen reader in the page dialog and the side panel.
 */
export function ReviewForm({ idPrefix, status, file, today, onSave }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const facts = useSignal<CaseFacts>(file.facts ?? {});
  const opinion = useSignal<ReviewOpinion | ''>(file.review?.opinion ?? '');
  const reviewer = useSignal(file.review?.reviewer ?? '');
  const date = useSignal(file.review?.date ?? today);
  const checked = useSignal<Partial<Record<ChecklistItemId, boolean>>>(
    file.review?.checklist ?? {},
  );
  const comments = useSignal(file.review?.comments ?? '');
  const saving = useSignal(false);

  const save = async (event: Event) => {
    event.preventDefault();
    saving.value = true;
    try {
      const review: LegalReview | undefined = opinion.value
        ? {
            opinion: opinion.value,
            reviewer: reviewer.value.trim(),
            date: date.value,
            checklist: checked.value,
            ...(comments.value.trim() ? { comments: comments.value.trim() } : {}),
          }
        : undefined;
      await onSave({ facts: facts.value, ...(review ? { review } : {}) });
    } finally {
      saving.value = false;
    }
  };

  return (
    <form class="review-form" aria-labelledby={id('title')} onSubmit={save}>
      <h3 id={id('title')}>{t.title}</h3>
      {status.major ? (
        <>
          <p>{t.majorBecause}</p>
          <ul>
            {status.reasons.map((reason) => (
              <li key={reason.code}>{reason.message}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.notMajor}</p>
      )}
      {status.issues.length > 0 ? (
        <ul class="review-issues">
          {status.issues.map((issue) => (
            <li key={`${issue.code}:${issue.field}`} class={`severity-${issue.severity}`}>
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset>
        <legend>{t.facts}</legend>
        {FACTS.map(([name, label]) => (
          <label key={name} class="check">
            <input
              type="checkbox"
              checked={facts.value[name] === true}
              onChange={(event) => {
                facts.value = {
                  ...facts.value,
                  [name]: (event.target as HTMLInputElement).checked,
                };
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {status.major ? (
        <>
          <p>
            <label for={id('opinion')}>{t.opinion}</label>
            <select
              id={id('opinion')}
              required
              value={opinion.value}
              onChange={(event) => {
                opinion.value = (event.target as HTMLSelectElement).value as ReviewOpinion;
              }}
            >
              <option value="">{t.choose}</option>
              {REVIEW_OPINIONS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label for={id('reviewer')}>{t.reviewer}</label>
            <input
              id={id('reviewer')}
              type="text"
              required
              value={reviewer.value}
              onInput={(event) => {
                reviewer.value = (event.target as HTMLInputElement).value;
              }}
            />
          </p>
          <p>
            <label for={id('date')}>{t.date}</label>
            <input
              id={id('date')}
              type="date"
              required
              value={date.value}
              onInput={(event) => {
                date.value = (event.target as HTMLInputElement).value;
              }}
            />
          </p>
          <fieldset>
            <legend>{t.checklist}</legend>
            {REVIEW_CHECKLIST.map((item) => (
              <label key={item.id} class="check">
                <input
                  type="checkbox"
                  checked={checked.value[item.id] === true}
                  onChange={(event) => {
                    checked.value = {
                      ...checked.value,
                      [item.id]: (event.target as HTMLInputElement).checked,
                    };
                  }}
                />
                {item.zh}
              </label>
            ))}
          </fieldset>
          <p>
            <label for={id('comments')}>{t.comments}</label>
            <textarea
              id={id('comments')}
              rows={2}
              value={comments.value}
              onInput={(event) => {
                comments.value = (event.target as HTMLTextAreaElement).value;
              }}
            />
          </p>
        </>
      ) : null}
      <button type="submit" disabled={saving.value}>
        {t.save}
      </button>
    </form>
  );
}
