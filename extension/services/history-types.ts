/** What the clerk did, as kept in the history. */
export const HistoryAction = {
  redacted: 'redacted',
  undone: 'undone',
  ignored: 'ignored',
  markedPublic: 'marked-public',
  blocked: 'blocked',
  publishedAnyway: 'published-anyway',
  publishedClean: 'published-clean',
} as const;
export type HistoryAction = (typeof HistoryAction)[keyof typeof HistoryAction];

/**
 * One history line. No personal data: the kind, where it was, a salted hash of the value (to
 * tell "the same ID again" apart from a new one) and the masked preview the panel showed.
 */
export interface HistoryEntry {
  readonly id?: number;
  readonly at: string;
  readonly site: string;
  readonly action: HistoryAction;
  readonly kind?: string;
  readonly position?: number;
  readonly hash?: string;
  readonly preview?: string;
  readonly reason?: string;
  /** How many findings were open (blocked, published anyway). */
  readonly count?: number;
}
