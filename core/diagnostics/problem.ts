/**
 * A problem found while reading data (a feed, a calendar file, a spreadsheet): where it is,
 * a stable code, and a message a clerk can act on in Chinese with its English variant.
 * Readers collect problems and carry on; they never throw on bad data.
 */
export interface Problem {
  /** Where in the input, as a JSON-style path: `records[12].decisionDate`, `$` for the root. */
  readonly path: string;
  /** Stable identifier for programs and translations, e.g. `feed.invalid-date`. */
  readonly code: string;
  /** zh-CN, for clerks and webmasters. */
  readonly message: string;
  readonly messageEn: string;
}

/** Joins a path and a key or index the way problems print them: `a.b[3].c`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '$' || path === '' ? key : `${path}.${key}`;
}
