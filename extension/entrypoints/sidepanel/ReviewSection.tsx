import { computed, signal } from '@preact/signals';
import type { AgencyProfile } from '../../../core/records/index';
import { LUZHOU_2018_MAJOR, MAJOR_DECISION_POLICIES } from '../../../core/review/index';
import { ReviewForm } from '../../components/ReviewForm';
import { REVIEW_STRINGS } from '../../components/review-strings';
import { todayInChina } from '../../services/checklist';
import {
  agencyProfilesItem,
  legalReviewsItem,
  type ReviewFile,
  reviewDeadlineStatus,
  reviewKey,
  reviewStatus,
  saveReviewFile,
} from '../../services/legal-review';
import { sendMessage } from '../../services/protocol';
import { notice, page, pageRecord, settings } from './state';

const reviewFiles = signal<Record<string, ReviewFile>>({});
void legalReviewsItem.getValue().then((files) => {
  reviewFiles.value = files;
});
legalReviewsItem.watch((files) => {
  reviewFiles.value = files ?? {};
});
const agencies = signal<readonly AgencyProfile[]>([]);
void agencyProfilesItem.getValue().then((profiles) => {
  agencies.value = profiles;
});
agencyProfilesItem.watch((profiles) => {
  agencies.value = profiles ?? [];
});

const review = computed(() => {
  const record = pageRecord.value;
  const summary = page.value;
  if (!record || !summary) return undefined;
  const key = reviewKey(summary.host, record);
  const file = reviewFiles.value[key] ?? {};
  const { policyProfile, reviewerRoster = [] } = settings.value;
  return {
    key,
    record,
    host: summary.host,
    file,
    roster: reviewerRoster,
    status: reviewStatus(record, file, policyProfile, reviewerRoster, agencies.value),
    workingDays: (MAJOR_DECISION_POLICIES[policyProfile ?? ''] ?? LUZHOU_2018_MAJOR)
      .reviewWorkingDays,
    deadline: reviewDeadlineStatus(file, policyProfile, todayInChina()),
  };
});

/**
 * 审核时限 of the active profile, with the due date once the 送审日期 is known, and a flag
 * when the review is (or was finished) late. The flag is text, not only a colour.
 */
function ReviewTimeLimit({
  workingDays,
  deadline,
}: {
  readonly workingDays: number;
  readonly deadline: ReturnType<typeof reviewDeadlineStatus>;
}) {
  if (!deadline) return <p class="muted">{REVIEW_STRINGS.timeLimitUnknown(workingDays)}</p>;
  return (
    <>
      <p data-overdue={String(deadline.overdue)}>
        {REVIEW_STRINGS.timeLimit(deadline.workingDays, deadline.dueDate)}
        {deadline.overdue ? (
          <strong class="severity-warning"> {REVIEW_STRINGS.overdue}</strong>
        ) : null}
      </p>
      {deadline.issues.map((issue) => (
        <p key={issue.code} class="severity-warning" role="status">
          {issue.message}
        </p>
      ))}
    </>
  );
}

/**
 * The legal-review step for the record on the page (重大执法决定法制审核): whether the active
 * profile makes it major, the case facts, and the reviewer's opinion with the eight points.
 * The publish gate reads the same stored review.
 */
export function ReviewSection() {
  const current = review.value;
  if (!current) return null;
  return (
    <section aria-labelledby="review-section-title">
      <h2 id="review-section-title">法制审核</h2>
      {current.status.major && current.status.allowed ? <p>{REVIEW_STRINGS.approved}</p> : null}
      {current.status.major ? <ReviewTimeLimit {...current} /> : null}
      <ReviewForm
        key={`${current.key}|${current.roster.join('|')}`}
        roster={current.roster}
        idPrefix="panel-review"
        status={current.status}
        file={current.file}
        today={todayInChina()}
        onSave={async (file) => {
          await saveReviewFile(current.host, current.record, file);
          if (file.review) {
            await sendMessage('history.record', {
              site: current.host,
              action: 'review-recorded',
              ...(current.record.documentNumber
                ? { documentNumber: current.record.documentNumber }
                : {}),
              ...(current.record.agency.name ? { agency: current.record.agency.name } : {}),
              details: {
                opinion: file.review.opinion,
                reviewer: file.review.reviewer,
                date: file.review.date,
              },
            }).catch(() => {});
          }
          notice.value = REVIEW_STRINGS.saved;
        }}
      />
    </section>
  );
}
