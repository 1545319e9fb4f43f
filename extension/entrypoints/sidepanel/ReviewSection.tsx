import { computed, signal } from '@preact/signals';
import { ReviewForm } from '../../components/ReviewForm';
import { REVIEW_STRINGS } from '../../components/review-strings';
import { todayInChina } from '../../services/checklist';
import {
  legalReviewsItem,
  type ReviewFile,
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

const review = computed(() => {
  const record = pageRecord.value;
  const summary = page.value;
  if (!record || !summary) return undefined;
  const key = reviewKey(summary.host, record);
  const file = reviewFiles.value[key] ?? {};
  return {
    key,
    record,
    host: summary.host,
    file,
    status: reviewStatus(record, file, settings.value.policyProfile),
  };
});

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
      <ReviewForm
        key={current.key}
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
