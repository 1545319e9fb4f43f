/** How serious a rule's finding is: errors block publication, warnings need a look, info informs. */
export const Severity = {
  error: 'error',
  warning: 'warning',
  info: 'info',
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/**
 * One finding of the publication rules about one record: a stable code, where (`field`, a
 * path such as `publicationDate` or `amounts.fine`), and what to do, in Chinese with its
 * English variant.
 */
export interface Issue {
  /** Stable identifier, e.g. `deadline.overdue`. Documented in docs/FEED.md. */
  readonly code: string;
  readonly severity: Severity;
  readonly field: string;
  /** zh-CN, written for the clerk who has to fix it. */
  readonly message: string;
  readonly messageEn: string;
  readonly expected?: string;
  readonly received?: string;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
