import { useSignal } from '@preact/signals';
import {
  approvalChecklistIssues,
  type CaseFacts,
  type ChecklistItemId,
  type LegalReview,
  REVIEW_CHECKLIST,
  REVIEW_OPINIONS,
  type ReviewGateResult,
  ReviewOpinion,
} from '../../core/review/index';
import type { ReviewFile } from '../services/legal-review';
import { REVIEW_STRINGS as t } from './review-strings';

interface Props {
  /** Prefix for element ids: the form appears in the page's dialog and in the side panel. */
  readonly idPrefix: string;
  readonly status: ReviewGateResult;
  readonly file: ReviewFile;
  readonly today: string;
  /** The organisation's reviewers: when not empty, the reviewer is chosen from it, not typed. */
  readonly roster?: readonly string[];
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
export function ReviewForm({ idPrefix, status, file, today, roster = [], onSave }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const facts = useSignal<CaseFacts>(file.facts ?? {});
  const opinion = useSignal<ReviewOpinion | ''>(file.review?.opinion ?? '');
  const reviewer = useSignal(file.review?.reviewer ?? '');
  const date = useSignal(file.review?.date ?? today);
  const checked = useSignal<Partial<Record<ChecklistItemId, boolean>>>(
    file.review?.checklist ?? {},
  );
  const reasons = useSignal<Partial<Record<ChecklistItemId, string>>>(
    file.review?.uncheckedReasons ?? {},
  );
  const submittedOn = useSignal(file.submittedOn ?? '');
  const comments = useSignal(file.review?.comments ?? '');
  const saving = useSignal(false);
  const refusal = useSignal('');
  const approving = opinion.value === ReviewOpinion.approve;

  const save = async (event: Event) => {
    event.preventDefault();
    // 同意 with a point neither ticked nor explained is refused here, before it is stored:
    // the gate would refuse it anyway, and the clerk sees at once which points are open.
    const answers = { checklist: checked.value, uncheckedReasons: reasons.value };
    const [unexplained] = approving ? approvalChecklistIssues(answers) : [];
    if (unexplained?.severity === 'error') {
      refusal.value = unexplained.message;
      return;
    }
    refusal.value = '';
    saving.value = true;
    try {
      const explained = Object.fromEntries(
        Object.entries(reasons.value)
          .map(([key, reason]) => [key, reason?.trim()] as const)
          .filter(([key, reason]) => reason && checked.value[key as ChecklistItemId] !== true),
      );
      const review: LegalReview | undefined = opinion.value
        ? {
            opinion: opinion.value,
            reviewer: reviewer.value.trim(),
            date: date.value,
            checklist: checked.value,
            ...(Object.keys(explained).length > 0 ? { uncheckedReasons: explained } : {}),
            ...(comments.value.trim() ? { comments: comments.value.trim() } : {}),
          }
        : undefined;
      await onSave({
        facts: facts.value,
        ...(submittedOn.value ? { submittedOn: submittedOn.value } : {}),
        ...(review ? { review } : {}),
      });
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
            {roster.length > 0 ? (
              <select
                id={id('reviewer')}
                required
                value={roster.includes(reviewer.value) ? reviewer.value : ''}
                onChange={(event) => {
                  reviewer.value = (event.target as HTMLSelectElement).value;
                }}
              >
                <option value="">{t.chooseReviewer}</option>
                {roster.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id('reviewer')}
                type="text"
                required
                value={reviewer.value}
                onInput={(event) => {
                  reviewer.value = (event.target as HTMLInputElement).value;
                }}
              />
            )}
          </p>
          <p>
            <label for={id('submitted')}>{t.submittedOn}</label>
            <input
              id={id('submitted')}
              type="date"
              value={submittedOn.value}
              onInput={(event) => {
                submittedOn.value = (event.target as HTMLInputElement).value;
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
              <div key={item.id}>
                <label class="check">
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
                {/* A reason is asked only where it matters: an unticked point under 同意. */}
                {approving && checked.value[item.id] !== true ? (
                  <label class="reason">
                    {t.uncheckedReason(item.zh)}
                    <input
                      type="text"
                      value={reasons.value[item.id] ?? ''}
                      onInput={(event) => {
                        reasons.value = {
                          ...reasons.value,
                          [item.id]: (event.target as HTMLInputElement).value,
                        };
                      }}
                    />
                  </label>
                ) : null}
              </div>
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
      {refusal.value ? (
        <p class="error" role="alert">
          {refusal.value}
        </p>
      ) : null}
      <button type="submit" disabled={saving.value}>
        {t.save}
      </button>
    </form>
  );
}
