/**
 * Attribute checks with messages a webmaster can act on (Chinese first, then English): a
 * wrong value is reported once in the console and replaced by the default, never thrown,
 * so a typo in a CMS template costs one setting, not the widget.
 */
const reported = new WeakMap<Element, Set<string>>();

function report(element: Element, attribute: string, message: string): void {
  const seen = reported.get(element) ?? new Set<string>();
  if (seen.has(`${attribute}:${message}`)) return;
  seen.add(`${attribute}:${message}`);
  reported.set(element, seen);
  console.warn(`<${element.localName} ${attribute}>: ${message}`);
}

/** An integer in [min, max], else `fallback` (reported). */
export function integerAttribute(
  element: Element,
  attribute: string,
  value: unknown,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  if (value === undefined || value === null) return fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  report(
    element,
    attribute,
    `“${String(value)}”不是 ${min}–${max} 之间的整数，已按 ${fallback} 处理。/ "${String(value)}" is not an integer from ${min} to ${max}; using ${fallback}.`,
  );
  return fallback;
}

/** A `YYYY-MM-DD` date, else undefined (reported when a value was given). */
export function dateAttribute(
  element: Element,
  attribute: string,
  value: unknown,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  report(
    element,
    attribute,
    `“${String(value)}”不是 YYYY-MM-DD 格式的日期，已忽略。/ "${String(value)}" is not a YYYY-MM-DD date; ignored.`,
  );
  return undefined;
}

/** Reports a value that failed its own check (e.g. a report-url that is not http(s) or mailto). */
export function rejectAttribute(
  element: Element,
  attribute: string,
  value: string,
  expected: string,
): void {
  report(
    element,
    attribute,
    `“${value}”无效，应为${expected}，已忽略。/ "${value}" is not valid (expected ${expected}); ignored.`,
  );
}
