/** What the clerk did, as kept in the history. */
export const HistoryAction = {
  redacted: 'redacted',
  undone: 'undone',
  ignored: 'ignored',
  markedPublic: 'marked-public',
  blocked: 'blocked',
  publishedAnyway: 'published-anyway',
  publishedClean: 'published-clean',
  /** A legal-review opinion was recorded for the decision. */
  reviewRecorded: 'review-recorded',
} as const;
export type HistoryAction = (typeof HistoryAction)[keyof typeof HistoryAction];
